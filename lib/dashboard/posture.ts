import type { Severity } from "@/lib/checks/check-types";
import { SEVERITIES, type SeverityCounts } from "@/lib/dashboard/severity";

/**
 * A system's posture as a score an officer can recompute by hand (the fleet page prints these
 * rules): 100 minus points per open finding, floored at 0, then a letter from the score. The
 * worst open finding caps the letter, so a single open relay can never hide behind a tidy
 * system. Accepted risks cost nothing (someone signed for them) and are shown apart; checks
 * that could not be assessed are reported as coverage, because a blind spot is not a pass.
 */

export const SEVERITY_POINTS: Record<Severity, number> = { critical: 25, high: 10, medium: 4, low: 1, info: 0 };

export type Grade = "A" | "B" | "C" | "D" | "F";

/** Lowest score for each letter, best first. */
export const GRADE_BANDS: ReadonlyArray<{ grade: Grade; minScore: number }> = [
  { grade: "A", minScore: 90 },
  { grade: "B", minScore: 75 },
  { grade: "C", minScore: 60 },
  { grade: "D", minScore: 40 },
  { grade: "F", minScore: 0 },
];

/** The best letter a system can get while it has an open finding of this severity. */
export const GRADE_CAPS: Partial<Record<Severity, Grade>> = { critical: "D", high: "C" };

export interface PostureLine {
  severity: Severity;
  count: number;
  points: number;
}

export interface Posture {
  score: number;
  grade: Grade;
  /** Points taken off, per severity with open findings. */
  lines: PostureLine[];
  /** Set when the worst open finding lowered the letter below what the score gives. */
  cappedBy: Severity | null;
}

const GRADE_ORDER: readonly Grade[] = GRADE_BANDS.map((band) => band.grade);

const gradeForScore = (score: number): Grade => GRADE_BANDS.find((band) => score >= band.minScore)?.grade ?? "F";

export function postureOf(open: SeverityCounts): Posture {
  const lines = SEVERITIES.filter((severity) => open[severity] > 0).map((severity) => ({
    severity,
    count: open[severity],
    points: open[severity] * SEVERITY_POINTS[severity],
  }));
  const score = Math.max(0, 100 - lines.reduce((sum, line) => sum + line.points, 0));
  let grade = gradeForScore(score);
  let cappedBy: Severity | null = null;
  for (const severity of SEVERITIES) {
    const cap = GRADE_CAPS[severity];
    if (cap === undefined || open[severity] === 0) continue;
    if (GRADE_ORDER.indexOf(cap) > GRADE_ORDER.indexOf(grade)) {
      grade = cap;
      cappedBy = severity;
    }
    break;
  }
  return { score, grade, lines, cappedBy };
}
