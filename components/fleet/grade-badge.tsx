import type { Grade, Posture } from "@/lib/dashboard/posture";

const GRADE_STYLE: Record<Grade, string> = {
  A: "bg-emerald-600 text-white",
  B: "bg-emerald-200 text-emerald-950 dark:bg-emerald-800 dark:text-emerald-50",
  C: "bg-amber-300 text-amber-950",
  D: "bg-orange-600 text-white",
  F: "bg-red-700 text-white",
};

/** The letter and the score it comes from; "not graded" until a scan succeeded. */
export function GradeBadge({ posture, size = "md" }: { posture: Posture | null; size?: "md" | "lg" }) {
  const box = size === "lg" ? "h-14 w-14 text-3xl" : "h-9 w-9 text-lg";
  if (posture === null) {
    return (
      <span className="inline-flex items-center gap-2">
        <span className={`inline-flex ${box} items-center justify-center rounded-md bg-slate-200 font-bold text-slate-500 dark:bg-slate-800 dark:text-slate-400`} aria-hidden="true">
          –
        </span>
        <span className="text-xs text-slate-600 dark:text-slate-400">Not graded yet</span>
      </span>
    );
  }
  return (
    <span className="inline-flex items-center gap-2" title={posture.cappedBy ? `Capped at ${posture.grade} while a ${posture.cappedBy} finding is open` : undefined}>
      <span className={`inline-flex ${box} items-center justify-center rounded-md font-bold ${GRADE_STYLE[posture.grade]}`} aria-label={`Grade ${posture.grade}`}>
        {posture.grade}
      </span>
      <span className="text-xs leading-tight text-slate-600 dark:text-slate-400">
        <span className="font-semibold text-slate-900 dark:text-slate-100">{posture.score}</span>/100
        {posture.cappedBy ? <span className="block">capped ({posture.cappedBy})</span> : null}
      </span>
    </span>
  );
}
