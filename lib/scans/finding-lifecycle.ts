import type { CheckEvaluation, FindingDraft } from "@/lib/checks/check-types";

/**
 * How one scan's evaluations change the stored findings. Pure: given what is stored and what the
 * scan saw, it returns the operations to apply.
 *
 * - seen for the first time → open
 * - seen again → lastSeen moves (and severity/detail/evidence follow the latest sighting)
 * - resolved but seen again → reopened
 * - accepted risk and seen again → stays accepted until the acceptance expires, then reopens
 * - open or accepted and no longer seen by a check that was assessed → resolved
 * - a check that could not be assessed changes nothing: absence of evidence is not a fix
 * Findings are never deleted.
 */

export type StoredStatus = "open" | "resolved" | "accepted_risk";

export interface StoredFinding {
  id: string;
  checkId: string;
  key: string;
  status: StoredStatus;
  acceptedUntil: Date | null;
}

export interface EvaluatedCheck {
  checkId: string;
  panel: string;
  evaluation: CheckEvaluation;
}

export type FindingOperation =
  | { kind: "open"; checkId: string; panel: string; draft: FindingDraft }
  | { kind: "seen"; id: string; draft: FindingDraft }
  | { kind: "reopen"; id: string; draft: FindingDraft; reason: "seen_again" | "acceptance_expired" }
  | { kind: "resolve"; id: string };

export function planFindingChanges(stored: readonly StoredFinding[], evaluated: readonly EvaluatedCheck[], now: Date): FindingOperation[] {
  const operations: FindingOperation[] = [];
  const storedByCheck = new Map<string, Map<string, StoredFinding>>();
  for (const finding of stored) {
    const byKey = storedByCheck.get(finding.checkId) ?? new Map<string, StoredFinding>();
    byKey.set(finding.key, finding);
    storedByCheck.set(finding.checkId, byKey);
  }

  for (const { checkId, panel, evaluation } of evaluated) {
    if (evaluation.outcome === "not_assessed") continue;
    const existing = storedByCheck.get(checkId) ?? new Map<string, StoredFinding>();
    const seenKeys = new Set<string>();
    for (const draft of evaluation.findings) {
      if (seenKeys.has(draft.key)) continue;
      seenKeys.add(draft.key);
      const finding = existing.get(draft.key);
      if (!finding) operations.push({ kind: "open", checkId, panel, draft });
      else if (finding.status === "resolved") operations.push({ kind: "reopen", id: finding.id, draft, reason: "seen_again" });
      else if (finding.status === "accepted_risk" && finding.acceptedUntil && finding.acceptedUntil <= now) {
        operations.push({ kind: "reopen", id: finding.id, draft, reason: "acceptance_expired" });
      } else operations.push({ kind: "seen", id: finding.id, draft });
    }
    // A partial inventory only proves what it saw; it cannot prove something is gone.
    if (evaluation.outcome === "partial") continue;
    for (const finding of existing.values()) {
      if (!seenKeys.has(finding.key) && finding.status !== "resolved") operations.push({ kind: "resolve", id: finding.id });
    }
  }
  return operations;
}
