import { GRADE_BANDS, GRADE_CAPS, SEVERITY_POINTS } from "@/lib/dashboard/posture";
import { SEVERITIES, SEVERITY_LABELS } from "@/lib/dashboard/severity";

/** The grading rules, printed from the same constants the score is computed with. */
export function PostureRules() {
  const caps = SEVERITIES.flatMap((severity) => (GRADE_CAPS[severity] ? [`${SEVERITY_LABELS[severity].toLowerCase()}: ${GRADE_CAPS[severity]}`] : []));
  return (
    <details className="rounded-md bg-white px-4 py-3 text-sm ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800">
      <summary className="cursor-pointer font-medium">How the grade is worked out</summary>
      <div className="mt-3 space-y-2 text-slate-700 dark:text-slate-300">
        <p>
          Each system starts at 100. Every check with <strong>open</strong> findings takes points off once, at its most severe open finding:{" "}
          {SEVERITIES.map((severity) => `${SEVERITY_LABELS[severity].toLowerCase()} ${SEVERITY_POINTS[severity]}`).join(", ")}. Forty untrusted connections are one
          problem to fix, not forty. The score never goes below 0.
        </p>
        <p>
          The letter follows the score: {GRADE_BANDS.map((band) => `${band.grade} from ${band.minScore}`).join(", ")}. While a finding of a given severity is
          open the letter can be no better than its cap ({caps.join("; ")}), so one open relay cannot hide behind an otherwise tidy system.
        </p>
        <p>
          Accepted risks cost no points (someone signed for them until a date) and are counted apart. Checks that could not look are not passes: the panels say
          &ldquo;could not assess&rdquo; and name what is missing.
        </p>
      </div>
    </details>
  );
}
