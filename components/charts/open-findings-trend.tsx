"use client";

import { Area, AreaChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { TrendPoint } from "@/lib/dashboard/trend-series";
import { SEVERITIES, SEVERITY_LABELS } from "@/lib/dashboard/severity";
import { SEVERITY_COLORS } from "./severity-colors";

const day = (iso: string) => iso.slice(5, 10);

/** Open findings by severity, stacked, one point per day (replayed from finding history). */
export function OpenFindingsTrend({ points, label }: { points: TrendPoint[]; label: string }) {
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
            <XAxis dataKey="at" tickFormatter={day} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" />
            <YAxis allowDecimals={false} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" width={32} />
            <Tooltip labelFormatter={(value) => `End of ${String(value).slice(0, 10)} (UTC)`} />
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
        Replayed from each finding&rsquo;s history (opened, resolved, reopened, risk accepted); a finding counts with its current severity.
      </figcaption>
    </figure>
  );
}
