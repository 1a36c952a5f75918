import { describe, expect, test } from "vitest";
import type { CheckEvaluation, FindingDraft } from "@/lib/checks/check-types";
import { planFindingChanges, type StoredFinding } from "./finding-lifecycle";

const now = new Date("2026-11-22T12:00:00Z");

function draft(key: string): FindingDraft {
  return { key, severity: "high", title: `t ${key}`, detail: "d", evidence: { statementIds: [], rows: [], determinedBy: "x", confidence: "high" } };
}

function evaluation(outcome: CheckEvaluation["outcome"], keys: string[]): CheckEvaluation {
  return { outcome, detail: "", findings: keys.map(draft) };
}

function stored(id: string, key: string, status: StoredFinding["status"], acceptedUntil: Date | null = null): StoredFinding {
  return { id, checkId: "NET-01", key, status, acceptedUntil };
}

describe("finding lifecycle", () => {
  test("opens new findings and marks known ones as seen", () => {
    const ops = planFindingChanges([stored("f1", "203.0.113.7", "open")], [{ checkId: "NET-01", panel: "connections", evaluation: evaluation("fail", ["203.0.113.7", "198.51.100.2"]) }], now);
    expect(ops.map((op) => op.kind)).toEqual(["seen", "open"]);
    expect(ops[1]).toMatchObject({ kind: "open", checkId: "NET-01", panel: "connections", draft: { key: "198.51.100.2" } });
  });

  test("resolves what a passing or failing check no longer sees, and reopens what comes back", () => {
    const ops = planFindingChanges(
      [stored("gone", "a", "open"), stored("back", "b", "resolved"), stored("accepted", "c", "accepted_risk", new Date("2027-01-01"))],
      [{ checkId: "NET-01", panel: "connections", evaluation: evaluation("fail", ["b"]) }],
      now,
    );
    expect(ops).toEqual([
      { kind: "reopen", id: "back", draft: draft("b"), reason: "seen_again" },
      { kind: "resolve", id: "gone" },
      { kind: "resolve", id: "accepted" },
    ]);
  });

  test("an accepted risk stays accepted until its acceptance expires", () => {
    const current = planFindingChanges([stored("f", "k", "accepted_risk", new Date("2026-12-31"))], [{ checkId: "NET-01", panel: "connections", evaluation: evaluation("fail", ["k"]) }], now);
    expect(current).toEqual([{ kind: "seen", id: "f", draft: draft("k") }]);
    const expired = planFindingChanges([stored("f", "k", "accepted_risk", new Date("2026-11-01"))], [{ checkId: "NET-01", panel: "connections", evaluation: evaluation("fail", ["k"]) }], now);
    expect(expired).toEqual([{ kind: "reopen", id: "f", draft: draft("k"), reason: "acceptance_expired" }]);
  });

  test("a check that could not be assessed changes nothing; a partial one resolves nothing", () => {
    expect(planFindingChanges([stored("f", "k", "open")], [{ checkId: "NET-01", panel: "connections", evaluation: evaluation("not_assessed", []) }], now)).toEqual([]);
    expect(planFindingChanges([stored("f", "k", "open")], [{ checkId: "NET-01", panel: "connections", evaluation: evaluation("partial", ["z"]) }], now)).toEqual([
      { kind: "open", checkId: "NET-01", panel: "connections", draft: draft("z") },
    ]);
  });

  test("findings of checks that did not run in this scan are left alone", () => {
    expect(planFindingChanges([stored("f", "k", "open")], [{ checkId: "FTP-01", panel: "ftp", evaluation: evaluation("pass", []) }], now)).toEqual([]);
  });
});
