import { evaluateChecks } from "@/lib/checks/catalogue";
import type { CheckContext, CheckOutcome } from "@/lib/checks/check-types";
import { withFtpSample } from "@/lib/checks/server-activity";
import { toErrorInfo } from "@/lib/ibmi/errors";
import type { IbmiExecutor } from "@/lib/ibmi/transport/types";
import type { AnyRemediationDefinition, Plan, StateExpectation } from "../types";
import type { EngineDeps } from "./deps";
import { loadContexts, type SystemRow } from "./plan-context";
import { readState, type StateStatements } from "./read-state";
import type { TargetFinding } from "./target";

export interface CheckVerdict {
  checkId: string;
  title: string;
  outcome: CheckOutcome;
  detail: string;
  findingKeys: string[];
}

export interface Verification {
  /** The state after the run is what the plan said it would be. */
  verified: boolean;
  expectations: StateExpectation[];
  checks: CheckVerdict[];
  /** The finding the run started from: still reported by its check, or gone. */
  finding: { id: string; checkId: string; key: string; stillReported: boolean | null; explanation: string } | null;
  /** How many times the state was read after the commands. */
  attempts: number;
  readError: string | null;
  summary: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function findingVerdict(finding: TargetFinding, checks: readonly CheckVerdict[]): NonNullable<Verification["finding"]> {
  const check = checks.find((candidate) => candidate.checkId === finding.checkId);
  const base = { id: finding.id, checkId: finding.checkId, key: finding.key };
  if (!check || check.outcome === "not_assessed") {
    return { ...base, stillReported: null, explanation: `${finding.checkId} could not assess the system after the run: ${check?.detail ?? "its reads did not answer"}` };
  }
  if (check.findingKeys.includes(finding.key)) {
    return { ...base, stillReported: true, explanation: `${finding.checkId} still reports it: ${check.detail}` };
  }
  if (check.outcome === "partial") {
    return { ...base, stillReported: null, explanation: `${finding.checkId} no longer shows it, but could see the system only in part, so it stays open until a full scan confirms: ${check.detail}` };
  }
  return { ...base, stillReported: false, explanation: `${finding.checkId} no longer reports it: ${check.detail}` };
}

/**
 * Reads the state again (one exec each time) and checks the plan's expectations; servers end
 * asynchronously, so a failed expectation is re-read a few times before the run counts as not
 * verified. Then the checks the action fixes are re-run on that state with the value just applied
 * in their context, which decides whether the finding is resolved.
 */
export async function verifyRun(
  deps: EngineDeps,
  conn: IbmiExecutor,
  options: {
    system: SystemRow;
    definition: AnyRemediationDefinition;
    params: Record<string, unknown>;
    plan: Plan;
    purpose: "fix" | "undo";
    statements: StateStatements;
    checkIds: readonly string[];
    finding: TargetFinding | null;
  },
): Promise<Verification> {
  let attempts = 0;
  let expectations: StateExpectation[] = [];
  let checks: CheckVerdict[] = [];
  try {
    for (;;) {
      attempts += 1;
      const [{ state }, contexts] = await Promise.all([readState(conn, options.statements), loadContexts(deps.db, options.system, options.purpose, deps.now())]);
      expectations = options.definition.verifyState(state, options.params, contexts.plan, options.plan);
      if (expectations.every((e) => e.ok) || attempts >= deps.verifyAttempts) {
        const applied = options.definition.applied?.(options.params) ?? {};
        const at = deps.now();
        const context: CheckContext = withFtpSample(
          { ...contexts.check, applied: { ...contexts.check.applied, ...Object.fromEntries(Object.entries(applied).map(([key, value]) => [key, { value, at }])) } },
          state.observations,
          at,
        );
        checks = evaluateChecks(state.observations, contexts.policy, context, "full")
          .filter((result) => options.checkIds.includes(result.checkId))
          .map((result) => ({ checkId: result.checkId, title: result.title, outcome: result.outcome, detail: result.detail, findingKeys: result.findings.map((f) => f.key) }));
        break;
      }
      await sleep(deps.verifyDelayMs);
    }
  } catch (error) {
    const info = toErrorInfo(error);
    return { verified: false, expectations, checks, finding: null, attempts, readError: info.userMessage, summary: `The state could not be read after the run: ${info.userMessage}` };
  }
  const verified = expectations.every((e) => e.ok);
  const finding = options.finding ? findingVerdict(options.finding, checks) : null;
  const failed = expectations.filter((e) => !e.ok);
  const summary = verified
    ? `Verified: ${expectations.map((e) => e.description).join("; ")}.${finding ? ` ${finding.explanation}` : ""}`
    : `Not verified: ${failed.map((e) => `${e.description} (seen: ${e.observed})`).join("; ")}.`;
  return { verified, expectations, checks, finding, attempts, readError: null, summary };
}
