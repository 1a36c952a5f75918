import type { Severity } from "@/lib/checks/check-types";
import { SEVERITIES, type SeverityCounts } from "@/lib/dashboard/severity";

/**
 * A system's posture as a score an officer can recompute by hand (the fleet page prints these
 * rules): 100 minus points per problem, floored at 0, then a letter from the score. A problem is
 * a check with open findings, counted once at its most severe open finding: forty untrusted
 * connections are one thing to fix, and counting them forty times would grade every busy
 * system F. The worst open finding caps the letter, so a single open relay can never hide
 * behind a tidy system. Accepted risks cost nothing (someone signed for them) and are shown
 * apart; checks that could not look are reported by the panels, because a blind spot is not a pass.
 */

export const SEVERITY_POINTS: Record<Severity, number> = { critical: 20, high: 6, medium: 2, low: 1, info: 0 };

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
  /** Checks whose most severe open finding has this severity. */
  checks: number;
  points: number;
}

export interface Posture {
  score: number;
  grade: Grade;
  /** Points taken off, per severity with failing checks. */
  lines: PostureLine[];
  /** Set when the worst open finding lowered the letter below what the score gives. */
  cappedBy: Severity | null;
}

const GRADE_ORDER: readonly Grade[] = GRADE_BANDS.map((band) => band.grade);

const gradeForScore = (score: number): Grade => GRADE_BANDS.find((band) => score >= band.minScore)?.grade ?? "F";

/** Each check with open findings, by the severity of its most severe open finding. */
export function worstSeverityPerCheck(openFindings: ReadonlyArray<{ checkId: string; severity: Severity }>): SeverityCounts {
  const worst = new Map<string, Severity>();
  for (const finding of openFindings) {
    const current = worst.get(finding.checkId);
    if (current === undefined || SEVERITIES.indexOf(finding.severity) < SEVERITIES.indexOf(current)) worst.set(finding.checkId, finding.severity);
  }
  const counts: SeverityCounts = { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
  for (const severity of worst.values()) counts[severity] += 1;
  return counts;
}

/** `problems`: checks with open findings by their worst severity (see worstSeverityPerCheck). */
export function postureOf(problems: SeverityCounts): Posture {
  const lines = SEVERITIES.filter((severity) => problems[severity] > 0).map((severity) => ({
    severity,
    checks: problems[severity],
    points: problems[severity] * SEVERITY_POINTS[severity],
  }));
  const score = Math.max(0, 100 - lines.reduce((sum, line) => sum + line.points, 0));
  let grade = gradeForScore(score);
  let cappedBy: Severity | null = null;
  for (const severity of SEVERITIES) {
    const cap = GRADE_CAPS[severity];
    if (cap === undefined || problems[severity] === 0) continue;
    if (GRADE_ORDER.indexOf(cap) > GRADE_ORDER.indexOf(grade)) {
      grade = cap;
      cappedBy = severity;
    }
    break;
  }
  return { score, grade, lines, cappedBy };
}
