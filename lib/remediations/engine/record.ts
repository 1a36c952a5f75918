import type { Prisma, RemediationStatus } from "@/generated/prisma/client";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { isAppError } from "@/lib/errors";
import { toErrorInfo, type JsonValue } from "@/lib/ibmi/errors";
import type { UndoPlan } from "../types";
import type { PlanView } from "./plan-view";
import type { StateRead } from "./read-state";
import type { StepResult } from "./run-steps";
import type { Verification } from "./verify";

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** Everything a remediation row records about what was planned, by whom and why. */
export interface RunRecord {
  systemId: string;
  findingId: string | null;
  actionId: string;
  params: Record<string, JsonValue>;
  plan: PlanView;
  stateHash: string;
  /** The statements that captured the prior state (one exec) with their answers, and the values the plan took from them. */
  priorState: { statements: StateRead["evidence"]; captured: Record<string, JsonValue>; unknown: string[]; readAt: string };
  reason: string;
  ticket: string | null;
  idempotencyKey: string;
  requestedById: string;
  undoOfId: string | null;
}

function rowData(record: RunRecord) {
  return {
    systemId: record.systemId,
    findingId: record.findingId,
    actionId: record.actionId,
    params: json(record.params),
    plan: json(record.plan),
    stateHash: record.stateHash,
    priorState: json(record.priorState),
    reason: record.reason,
    ticket: record.ticket,
    idempotencyKey: record.idempotencyKey,
    requestedById: record.requestedById,
    undoOfId: record.undoOfId,
  };
}

const auditAction = (record: Pick<RunRecord, "undoOfId">) => (record.undoOfId ? "remediation.undo" : "remediation.run");


/**
 * A run that was refused after the plan was computed (the state changed since the preview, a
 * blocker, a missing IBM i authority): recorded with why, so the history shows the attempt.
 * Returns null when the idempotency key was already used (the caller returns that row instead).
 */
export async function recordRefused(db: Db, record: RunRecord, error: string, audit: AuditContext): Promise<string | null> {
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.remediation.create({ data: { ...rowData(record), status: "refused", error, finishedAt: new Date() }, select: { id: true } });
      await recordAudit(tx, {
        ...audit,
        action: auditAction(record),
        targetType: "remediation",
        targetId: row.id,
        outcome: "denied",
        detail: { actionId: record.actionId, systemId: record.systemId, findingId: record.findingId, refused: error, reason: record.reason, ticket: record.ticket },
      });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

/** The row that says "running" (or "waiting for a second person") before any command is sent; null when the key was used. */
export async function recordStart(db: Db, record: RunRecord, status: Extract<RemediationStatus, "running" | "pending_approval">, audit: AuditContext): Promise<string | null> {
  try {
    return await db.$transaction(async (tx) => {
      const row = await tx.remediation.create({
        data: { ...rowData(record), status, startedAt: status === "running" ? new Date() : null },
        select: { id: true },
      });
      await recordAudit(tx, {
        ...audit,
        action: status === "running" ? `${auditAction(record)}.start` : "remediation.request_approval",
        targetType: "remediation",
        targetId: row.id,
        outcome: "success",
        detail: { actionId: record.actionId, systemId: record.systemId, findingId: record.findingId, commands: record.plan.steps.map((s) => s.text), reason: record.reason, ticket: record.ticket },
      });
      return row.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return null;
    throw error;
  }
}

export interface RunOutcome {
  status: Extract<RemediationStatus, "succeeded" | "verification_failed" | "failed">;
  results: StepResult[];
  verification: Verification | null;
  error: string | null;
  /** The undo as known after the run (an id a dashboard step created). */
  undo: UndoPlan;
}

/**
 * Closes a run in one transaction: the row's outcome, the finding (resolved when its check no
 * longer reports it; otherwise an event saying why it stays open), the undo link, and the audit
 * event.
 */
export async function recordOutcome(
  db: Db,
  id: string,
  outcome: RunOutcome,
  context: { record: RunRecord; title: string; audit: AuditContext; now: Date; undoOfFindingId: string | null },
): Promise<void> {
  const { record, audit, now } = context;
  await db.$transaction(async (tx) => {
    await tx.remediation.update({
      where: { id },
      data: {
        status: outcome.status,
        results: json(outcome.results),
        verification: outcome.verification ? json(outcome.verification) : undefined,
        error: outcome.error,
        finishedAt: now,
        plan: json({ ...record.plan, undo: outcome.undo }),
      },
    });
    const verdict = outcome.verification?.finding ?? null;
    if (record.undoOfId) {
      if (outcome.status === "succeeded") await tx.remediation.update({ where: { id: record.undoOfId }, data: { undoneById: id } });
      if (context.undoOfFindingId) {
        const reopen = outcome.status === "succeeded" && verdict?.stillReported === true;
        await tx.findingEvent.create({
          data: { findingId: context.undoOfFindingId, type: reopen ? "reopened" : "remediation_undone", at: now, actorId: audit.actor.id, note: `${context.title}: undo ${outcome.status}${reopen ? `; ${verdict!.explanation}` : ""} (remediation ${id})` },
        });
        if (reopen) await tx.finding.update({ where: { id: context.undoOfFindingId }, data: { status: "open", resolvedAt: null } });
      }
    } else if (record.findingId) {
      const resolved = outcome.status === "succeeded" && verdict?.stillReported === false;
      if (resolved) {
        await tx.finding.update({ where: { id: record.findingId }, data: { status: "resolved", resolvedAt: now } });
      }
      await tx.findingEvent.create({
        data: {
          findingId: record.findingId,
          type: resolved ? "remediated" : "remediation_attempted",
          at: now,
          actorId: audit.actor.id,
          note: resolved ? `${context.title} (remediation ${id}). ${verdict!.explanation}` : `${context.title}: ${outcome.status}. ${outcome.error ?? verdict?.explanation ?? ""} (remediation ${id})`.trim(),
        },
      });
    }
    await recordAudit(tx, {
      ...audit,
      action: auditAction(record),
      targetType: "remediation",
      targetId: id,
      outcome: outcome.status === "succeeded" ? "success" : "failure",
      detail: {
        actionId: record.actionId,
        systemId: record.systemId,
        findingId: record.findingId,
        status: outcome.status,
        commands: outcome.results.map((r) => ({ text: r.text, ok: r.ok, exitCode: r.exitCode, messages: r.messages.map((m) => `${m.id}: ${m.text}`) })),
        verified: outcome.verification?.verified ?? false,
        error: outcome.error,
        reason: record.reason,
        ticket: record.ticket,
      },
    });
  });
}

/** An approved run that may not go ahead after all (the state changed while it waited, a blocker, an authority). */
export async function markRefused(db: Db, id: string, record: RunRecord, error: string, audit: AuditContext): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.remediation.update({ where: { id }, data: { status: "refused", error, finishedAt: new Date() } });
    await recordAudit(tx, {
      ...audit,
      action: auditAction(record),
      targetType: "remediation",
      targetId: id,
      outcome: "denied",
      detail: { actionId: record.actionId, systemId: record.systemId, refused: error },
    });
  });
}

/** A run that stopped for an unexpected reason (the connection dropped while reading, a bug): failed, with why. */
export async function recordCrash(db: Db, id: string, error: unknown, audit: AuditContext): Promise<void> {
  const info = toErrorInfo(error);
  const message = isAppError(error) ? error.message : info.userMessage;
  await db.$transaction(async (tx) => {
    const record = await tx.remediation.update({ where: { id }, data: { status: "failed", error: message, finishedAt: new Date() }, select: { undoOfId: true } });
    await recordAudit(tx, { ...audit, action: auditAction(record), targetType: "remediation", targetId: id, outcome: "failure", detail: { error: info.message } });
  });
}

/**
 * Runs left "running" by a process that died mid-run. Called while holding the system's lock: no
 * live run of this system can exist then, so every "running" row of it is an orphan. The state
 * of the system is unknown after such a run, and the record says so.
 */
export async function sweepInterrupted(db: Db, systemId: string): Promise<void> {
  const orphans = await db.remediation.findMany({ where: { systemId, status: "running" }, select: { id: true, undoOfId: true } });
  for (const { id, undoOfId } of orphans) {
    await db.$transaction(async (tx) => {
      await tx.remediation.update({
        where: { id },
        data: { status: "failed", finishedAt: new Date(), error: "The run was interrupted (the process running it stopped). Check the system's state with a scan before trying again." },
      });
      await recordAudit(tx, { actor: null, action: auditAction({ undoOfId }), targetType: "remediation", targetId: id, outcome: "failure", detail: { error: "interrupted" } });
    });
  }
}
