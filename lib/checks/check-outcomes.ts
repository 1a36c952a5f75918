import type { CheckEvaluation, Confidence, FindingDraft, FindingEvidence } from "@/lib/checks/check-types";
import type { Incompleteness, Read, ReadFailed } from "@/lib/checks/observation-types";
import type { StatementId } from "@/lib/checks/read-batch";
import type { Row } from "@/lib/checks/statement-result";

/** Small builders shared by the check files, so every check words its outcomes the same way. */

export const pass = (detail: string): CheckEvaluation => ({ outcome: "pass", detail, findings: [] });

export const fail = (detail: string, findings: FindingDraft[]): CheckEvaluation => ({ outcome: "fail", detail, findings });

/** Findings from a view that could only show part of the system: never presented as complete. */
export const partial = (detail: string, findings: FindingDraft[] = []): CheckEvaluation => ({
  outcome: "partial",
  detail,
  findings,
});

/** Not assessed, with the reason of every read given that failed (missing service, missing authority + grant CL). */
export function notAssessed(lead: string, reads: readonly Read<unknown>[] = []): CheckEvaluation {
  const failures = reads.filter((read): read is ReadFailed => !read.ok);
  const reasons = [...new Set(failures.map((read) => read.failure.explanation))];
  return { outcome: "not_assessed", detail: [lead, ...reasons].join(" "), findings: [] };
}

export function evidence(
  statementIds: readonly StatementId[],
  rows: readonly Row[],
  determinedBy: string,
  confidence: Confidence,
): FindingEvidence {
  return { statementIds: [...new Set(statementIds)], rows: [...rows], determinedBy, confidence };
}

/** "1 connection", "3 connections". */
export const plural = (count: number, noun: string, pluralNoun = `${noun}s`) => `${count} ${count === 1 ? noun : pluralNoun}`;

/**
 * The outcome of a check over an inventory: `partial` whenever an input could be seen only in
 * part (findings still reported, and the fix for the blind spot named), else fail or pass.
 */
export function conclude(
  summary: string,
  findings: FindingDraft[],
  incompleteness: ReadonlyArray<Incompleteness | null>,
): CheckEvaluation {
  const gaps = [...new Map(incompleteness.filter((i) => i !== null).map((i) => [i.reason, i])).values()];
  if (gaps.length > 0) {
    const blind = gaps.map((gap) => (gap.grantCl === null ? gap.reason : `${gap.reason} Grant it with ${gap.grantCl}`)).join(" ");
    return partial(`${summary} This answer is incomplete: ${blind}`, findings);
  }
  return findings.length > 0 ? fail(summary, findings) : pass(summary);
}
