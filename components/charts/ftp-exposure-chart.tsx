"use client";

import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ExposureWeek } from "@/lib/dashboard/ftp-exposure-weeks";

const BAR_ORDER = ["exposureHours", "allowedHours", "unobservedHours"];
const weekLabel = (iso: string) => `to ${iso.slice(5, 10)}`;

/** Hours per week FTP listened outside its window, inside it, and hours no scan covered. */
export function FtpExposureChart({ weeks }: { weeks: ExposureWeek[] }) {
  const latest = weeks.at(-1);
  return (
    <figure className="text-slate-600 dark:text-slate-400">
      <div
        className="h-56"
        role="img"
        aria-label={
          latest
            ? `FTP exposure hours per week. Last 7 days: ${latest.exposureHours} h outside the window, ${latest.allowedHours} h inside, ${latest.unobservedHours} h not observed.`
            : "No FTP history."
        }
      >
        <ResponsiveContainer width="100%" height="100%">
          <BarChart data={weeks} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
            <CartesianGrid strokeDasharray="3 3" stroke="currentColor" strokeOpacity={0.15} />
            <XAxis dataKey="weekEnding" tickFormatter={weekLabel} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" />
            <YAxis domain={[0, 168]} ticks={[0, 48, 96, 144, 168]} tick={{ fill: "currentColor", fontSize: 12 }} stroke="currentColor" width={48} unit=" h" />
            <Tooltip labelFormatter={(value) => `Week ending ${String(value).slice(0, 16).replace("T", " ")} UTC`} />
            <Legend itemSorter={(item) => BAR_ORDER.indexOf(String(item.dataKey))} />
            <Bar dataKey="exposureHours" name="Listening outside the window" stackId="h" fill="#b91c1c" isAnimationActive={false} />
            <Bar dataKey="allowedHours" name="Listening inside the window" stackId="h" fill="#a16207" isAnimationActive={false} />
            <Bar dataKey="unobservedHours" name="Not observed (no scan)" stackId="h" fill="#94a3b8" fillOpacity={0.4} isAnimationActive={false} />
          </BarChart>
        </ResponsiveContainer>
      </div>
      <figcaption className="mt-2 text-xs">
        From the listening sample each full scan records (a listener on 21/990 or QTFTP* jobs). Hours between scans take the state of the scan before; gaps longer than two scan
        intervals count as not observed.
      </figcaption>
    </figure>
  );
}
