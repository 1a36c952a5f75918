"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { OpenFindingsTrend as Trend } from "@/lib/dashboard/trend";
import { SEVERITIES, SEVERITY_LABELS } from "@/lib/dashboard/severity";
import { SEVERITY_COLORS } from "./severity-colors";

const DAY_MS = 86_400_000;

/** Open findings by severity, stacked, one point per step (replayed from finding history). */
export function OpenFindingsTrend({ trend, label }: { trend: Trend; label: string }) {
  const { points, stepMs } = trend;
  const tick = (iso: string) => (stepMs >= DAY_MS ? iso.slice(5, 10) : `${iso.slice(5, 10)} ${iso.slice(11, 16)}`);
  const latest = points.at(-1);
  const summary = latest
    ? SEVERITIES.map((severity) => `${latest[severity]} ${SEVERITY_LABELS[severity].toLowerCase()}`).join(", ")
    : "no data";
  return (
    <figure className="text-slate-600 dark:text-slate-400">
      <div className="h-64" role="img" aria-label={`${label}. Now: ${summary}.`}>
        <ResponsiveContainer width="100%" height="100%">
          <AreaChart data={points} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
            <XAxis dataKey="at" tickFormatter={tick} minTickGap={24} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" />
            <YAxis allowDecimals={false} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" width={32} />
            <Tooltip labelFormatter={(value) => `${String(value).slice(0, 16).replace("T", " ")} UTC`} />
            <Legend itemSorter={(item) => SEVERITIES.indexOf(item.dataKey as (typeof SEVERITIES)[number])} />
            {[...SEVERITIES].reverse().map((severity) => (
              <Area
                key={severity}
                type="stepAfter"
                dataKey={severity}
                name={SEVERITY_LABELS[severity]}
                stackId="open"
                stroke={SEVERITY_COLORS[severity]}
                fill={SEVERITY_COLORS[severity]}
                fillOpacity={0.55}
                isAnimationActive={false}
              />
            ))}
          </AreaChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs">
        Open findings at each moment, {stepMs >= DAY_MS ? `${Math.round(stepMs / DAY_MS)} day(s)` : stepMs >= 3_600_000 ? `${Math.round(stepMs / 3_600_000)} h` : `${Math.round(stepMs / 60_000)} min`} apart (UTC), replayed from each finding&rsquo;s
        history (opened, resolved, reopened, risk accepted); a finding counts with its current severity.
      </figcaption>
    </figure>
  );
}
