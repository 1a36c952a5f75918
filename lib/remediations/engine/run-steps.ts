import type { AuditActor } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { isAppError } from "@/lib/errors";
import { ClCommandError, NotAuthorized, toErrorInfo, type ClMessage, type JsonValue } from "@/lib/ibmi/errors";
import { runCl } from "@/lib/ibmi/run-cl";
import type { IbmiExecutor } from "@/lib/ibmi/transport/types";
import { createTrustedNetwork, deleteTrustedNetwork } from "@/lib/trust/trusted-networks";
import type { DashboardChange, PlannedStep } from "../types";
import { endOfUtcDay } from "@/lib/utc-day";

export interface StepError {
  type: string;
  code: string;
  /** What went wrong in plain words, with the message id and text or the grant that fixes it. */
  userMessage: string;
  messageId: string | null;
  grantCl: string | null;
}

export interface StepResult {
  kind: "cl" | "dashboard";
  text: string;
  ok: boolean;
  exitCode: number | null;
  messages: ClMessage[];
  error: StepError | null;
  output: Record<string, JsonValue>;
  startedAt: string;
  finishedAt: string;
}

/**
 * A failed step in plain words. lib/ibmi turns IBM i's authority messages (TCP8050, CPD0032,
 * CPF222E …) into NotAuthorized with the grant that fixes it; any other escape message is kept
 * with its id and text.
 */
function describeFailure(error: unknown): StepError {
  if (error instanceof NotAuthorized) {
    const userMessage = error.messageId ? `${error.userMessage} (IBM i message ${error.messageId})` : error.userMessage;
    return { type: error.name, code: error.code, userMessage, messageId: error.messageId, grantCl: error.grantCl };
  }
  if (error instanceof ClCommandError) {
    return { type: error.name, code: error.code, userMessage: error.userMessage, messageId: error.messages.at(-1)?.id ?? null, grantCl: null };
  }
  const info = toErrorInfo(error);
  return { type: info.type, code: info.code, userMessage: isAppError(error) ? error.message : info.userMessage, messageId: null, grantCl: null };
}

async function applyDashboardChange(db: Db, change: DashboardChange, audit: { actor: AuditActor; ip: string | null; systemId: string; now: Date }): Promise<Record<string, JsonValue>> {
  switch (change.kind) {
    case "add-trusted-network": {
      const created = await createTrustedNetwork(
        db,
        {
          cidr: change.cidr,
          label: change.label,
          owner: change.owner,
          localPorts: change.localPorts,
          expiresAt: change.expiresAt ? endOfUtcDay(change.expiresAt) : null,
          systemId: change.thisSystemOnly ? audit.systemId : null,
        },
        { actor: audit.actor, ip: audit.ip, now: audit.now },
      );
      return { trustedNetworkId: created.id };
    }
    case "remove-trusted-network":
      await deleteTrustedNetwork(db, change.trustedNetworkId, { actor: audit.actor, ip: audit.ip });
      return { trustedNetworkId: change.trustedNetworkId };
  }
}

/**
 * Runs the plan's steps in order and stops at the first failure: each CL command in its own
 * exec through PASE `system`, its exit code and messages kept; Portcullis-side changes through
 * their audited services.
 */
export async function runSteps(
  steps: readonly PlannedStep[],
  options: { conn: IbmiExecutor; db: Db; actor: AuditActor; ip: string | null; systemId: string; now: () => Date },
): Promise<StepResult[]> {
  const results: StepResult[] = [];
  for (const step of steps) {
    const startedAt = options.now().toISOString();
    const text = step.kind === "cl" ? step.command.text : step.description;
    try {
      if (step.kind === "cl") {
        const result = await runCl(options.conn, step.command);
        results.push({ kind: "cl", text, ok: true, exitCode: 0, messages: result.messages, error: null, output: {}, startedAt, finishedAt: options.now().toISOString() });
      } else {
        const output = await applyDashboardChange(options.db, step.change, { actor: options.actor, ip: options.ip, systemId: options.systemId, now: options.now() });
        results.push({ kind: "dashboard", text, ok: true, exitCode: null, messages: [], error: null, output, startedAt, finishedAt: options.now().toISOString() });
      }
    } catch (error) {
      const failure = describeFailure(error);
      results.push({
        kind: step.kind,
        text,
        ok: false,
        exitCode: error instanceof ClCommandError ? error.exitCode : null,
        messages: error instanceof ClCommandError ? error.messages : [],
        error: failure,
        output: {},
        startedAt,
        finishedAt: options.now().toISOString(),
      });
      break;
    }
  }
  return results;
}
