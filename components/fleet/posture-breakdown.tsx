import type { Posture } from "@/lib/dashboard/posture";
import { SEVERITY_LABELS } from "@/lib/dashboard/severity";

/** How this system's score was reached, line by line. */
export function PostureBreakdown({ posture }: { posture: Posture | null }) {
  if (posture === null) return <p className="text-sm text-slate-600 dark:text-slate-400">Not graded: no scan of this system has succeeded yet.</p>;
  return (
    <div className="text-sm">
      <table className="w-full max-w-md">
        <caption className="sr-only">Score calculation</caption>
        <tbody>
          <tr>
            <th scope="row" className="py-0.5 text-left font-normal">
              Start
            </th>
            <td className="text-right tabular-nums">100</td>
          </tr>
          {posture.lines.map((line) => (
            <tr key={line.severity}>
              <th scope="row" className="py-0.5 text-left font-normal">
                {line.checks} check{line.checks === 1 ? "" : "s"} with {SEVERITY_LABELS[line.severity].toLowerCase()} findings
              </th>
              <td className="text-right tabular-nums">−{line.points}</td>
            </tr>
          ))}
          <tr className="border-t border-slate-200 font-semibold dark:border-slate-700">
            <th scope="row" className="py-0.5 text-left">
              Score
            </th>
            <td className="text-right tabular-nums">{posture.score}</td>
          </tr>
        </tbody>
      </table>
      <p className="mt-2 text-slate-600 dark:text-slate-400">
        Grade {posture.grade}
        {posture.cappedBy ? `, capped there while a ${posture.cappedBy} finding is open` : ""}.
      </p>
    </div>
  );
}
