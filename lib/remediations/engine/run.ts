import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Role } from "@/lib/auth/permissions";
import { AppError } from "@/lib/errors";
import type { IbmiExecutor } from "@/lib/ibmi/transport/types";
import { computePlan, reasonsNotToRun, type Computed } from "./compute";
import type { EngineDeps } from "./deps";
import { loadSystem } from "./load-system";
import type { SystemRow } from "./plan-context";
import { markRefused, recordCrash, recordOutcome, recordRefused, recordStart, sweepInterrupted, type RunOutcome, type RunRecord } from "./record";
import { reachSystem } from "./reach-system";
import { runSteps } from "./run-steps";
import { withSystemLock } from "./system-lock";
import { resolveTarget, type ResolvedTarget, type TargetInput } from "./target";
import { verifyRun } from "./verify";
import { remediationView, type RemediationView } from "./views";

export interface Actor {
  id: string;
  email: string;
  role: Role;
}

export interface RunInput extends TargetInput {
  /** From the preview: the run refuses when the plan computed now hashes differently. */
  stateHash: string;
  reason: string;
  ticket?: string | null;
  /** From the dialog, one per preview: a second submit returns the first one's result. */
  idempotencyKey: string;
  /** The system's name, typed by the officer, for disruptive plans. */
  confirmName?: string | null;
}

export const STALE_PLAN = "The system changed since you looked; review the new plan.";

function runRecord(system: SystemRow, target: ResolvedTarget, computed: Computed, input: RunInput, actor: Actor, readAt: Date): RunRecord {
  return {
    systemId: system.id,
    findingId: target.finding?.id ?? null,
    actionId: target.definition.id,
    params: computed.params ?? {},
    plan: computed.view!,
    stateHash: computed.hash!,
    priorState: { statements: computed.read.evidence, captured: computed.plan!.prior.captured, unknown: computed.plan!.prior.unknown, readAt: readAt.toISOString() },
    reason: input.reason.trim(),
    ticket: input.ticket?.trim() || null,
    idempotencyKey: input.idempotencyKey,
    requestedById: actor.id,
    undoOfId: target.undoOf?.id ?? null,
  };
}

/** Commands, then verification, then the outcome recorded; the row is already "running". */
async function execute(deps: EngineDeps, conn: IbmiExecutor, id: string, run: { system: SystemRow; target: ResolvedTarget; computed: Computed; record: RunRecord; audit: AuditContext }): Promise<void> {
  const { system, target, computed, record, audit } = run;
  const plan = computed.plan!;
  const results = await runSteps(plan.steps, { conn, db: deps.db, actor: audit.actor, ip: audit.ip ?? null, systemId: system.id, now: deps.now });
  const failed = results.find((result) => !result.ok);
  const verification = failed
    ? null
    : await verifyRun(deps, conn, {
        system,
        definition: target.definition,
        params: record.params,
        plan,
        purpose: target.purpose,
        statements: computed.statements,
        checkIds: computed.checkIds,
        finding: target.finding,
      });
  const outputs = results.map((result) => result.output);
  const outcome: RunOutcome = {
    status: failed ? "failed" : verification!.verified ? "succeeded" : "verification_failed",
    results,
    verification,
    error: failed ? (failed.error?.userMessage ?? "A step failed.") : verification!.verified ? null : verification!.summary,
    undo: target.definition.undoAfterRun ? target.definition.undoAfterRun(record.params, outputs) : plan.undo,
  };
  await recordOutcome(deps.db, id, outcome, { record, title: target.definition.title, audit, now: deps.now(), undoOfFindingId: target.undoOf?.findingId ?? null });
}

/** A run that broke off unexpectedly must not stay "running": it is recorded as failed with why, then the error goes on. */
async function executeOrRecordCrash(deps: EngineDeps, conn: IbmiExecutor, id: string, run: Parameters<typeof execute>[3]): Promise<void> {
  try {
    await execute(deps, conn, id, run);
  } catch (error) {
    await recordCrash(deps.db, id, error, run.audit);
    throw error;
  }
}

async function existingFor(deps: EngineDeps, input: RunInput, actor: Actor): Promise<RemediationView | null> {
  const existing = await deps.db.remediation.findUnique({ where: { idempotencyKey: input.idempotencyKey }, select: { id: true, systemId: true, requestedById: true } });
  if (!existing) return null;
  if (existing.systemId !== input.systemId || existing.requestedById !== actor.id) throw new AppError("conflict", "That request key belongs to another request; preview again.");
  return remediationView(deps.db, existing.id);
}

/**
 * Confirm: the role was checked by the action; here the system's switches, the plan re-computed
 * from a fresh read under the system's lock and compared with the preview, the IBM i authority,
 * then the commands, the verification and the record. Returns the remediation as recorded.
 */
export async function runRemediation(deps: EngineDeps, input: RunInput, actor: Actor, ip: string | null): Promise<RemediationView> {
  const audit: AuditContext = { actor: { id: actor.id, email: actor.email }, ip };
  const earlier = await existingFor(deps, input, actor);
  if (earlier) return earlier;
  const system = await loadSystem(deps.db, input.systemId);
  if (system.readOnly) {
    await recordAudit(deps.db, { ...audit, action: "remediation.run", targetType: "system", targetId: system.id, outcome: "denied", detail: { actionId: input.actionId ?? null, refused: "read-only system" } });
    throw new AppError("refused", `${system.name} is read-only: plans are shown, never run.`);
  }
  if (input.reason.trim().length < 3) throw new AppError("invalid", "Give a reason or ticket for this change.", { reason: ["Give a reason or ticket for this change."] });
  const target = await resolveTarget(deps.db, input, actor.role);
  if (target.params === null) throw new AppError("invalid", "Parameters are required.");

  return withSystemLock(deps.db, system.id, async () => {
    await sweepInterrupted(deps.db, system.id);
    const waited = await existingFor(deps, input, actor);
    if (waited) return waited;
    const readAt = deps.now();
    const { conn, computed } = await reachSystem(async () => {
      const conn = await deps.connect(system.id);
      return { conn, computed: await computePlan(deps, conn, system, target) };
    });
    const record = runRecord(system, target, computed, input, actor, readAt);
    const view = async (id: string | null) => (id ? remediationView(deps.db, id) : (await existingFor(deps, input, actor))!);
    if (computed.hash !== input.stateHash) return view(await recordRefused(deps.db, record, STALE_PLAN, audit));
    const reasons = reasonsNotToRun(system, computed);
    if (reasons.length > 0) return view(await recordRefused(deps.db, record, reasons.join(" "), audit));
    if (computed.plan!.disruptive && input.confirmName?.trim() !== system.name) {
      const message = `This change is disruptive: type the system name ${system.name} to confirm.`;
      throw new AppError("invalid", message, { confirmName: [message] });
    }
    if (system.twoPersonRule && computed.plan!.disruptive) return view(await recordStart(deps.db, record, "pending_approval", audit));
    const id = await recordStart(deps.db, record, "running", audit);
    if (!id) return view(null);
    await executeOrRecordCrash(deps, conn, id, { system, target, computed, record, audit });
    return remediationView(deps.db, id);
  });
}

/**
 * Under the two-person rule: a second officer or admin (never the requester) approves; the plan
 * is computed again and must still hash as it did when requested.
 */
export async function approveRemediation(deps: EngineDeps, remediationId: string, actor: Actor, ip: string | null): Promise<RemediationView> {
  const audit: AuditContext = { actor: { id: actor.id, email: actor.email }, ip };
  const row = await deps.db.remediation.findUnique({ where: { id: remediationId } });
  if (!row) throw new AppError("not_found", "That remediation does not exist.");
  if (row.status !== "pending_approval") throw new AppError("conflict", "That remediation is not waiting for approval.");
  if (row.requestedById === actor.id) throw new AppError("forbidden", "A second person must approve: you requested this change.");
  const system = await loadSystem(deps.db, row.systemId);
  if (system.readOnly) throw new AppError("refused", `${system.name} is read-only: plans are shown, never run.`);
  const target = await resolveTarget(deps.db, { systemId: row.systemId, actionId: row.actionId, params: row.params, findingId: row.findingId, undoOfId: row.undoOfId }, actor.role);

  return withSystemLock(deps.db, system.id, async () => {
    await sweepInterrupted(deps.db, system.id);
    const claimed = await deps.db.$transaction(async (tx) => {
      const { count } = await tx.remediation.updateMany({
        where: { id: row.id, status: "pending_approval" },
        data: { status: "running", approvedById: actor.id, approvedAt: deps.now(), startedAt: deps.now() },
      });
      if (count === 1) await recordAudit(tx, { ...audit, action: "remediation.approve", targetType: "remediation", targetId: row.id, outcome: "success", detail: { actionId: row.actionId, requestedById: row.requestedById } });
      return count === 1;
    });
    if (!claimed) throw new AppError("conflict", "Someone else approved or rejected it first.");
    let conn: IbmiExecutor;
    let computed: Computed;
    try {
      conn = await deps.connect(system.id);
      computed = await computePlan(deps, conn, system, target);
    } catch (error) {
      await recordCrash(deps.db, row.id, error, audit);
      throw error;
    }
    const input: RunInput = { systemId: row.systemId, stateHash: row.stateHash, reason: row.reason, ticket: row.ticket, idempotencyKey: row.idempotencyKey };
    const record = runRecord(system, target, computed, input, { ...actor, id: row.requestedById }, deps.now());
    if (computed.hash !== row.stateHash) {
      await markRefused(deps.db, row.id, record, `${STALE_PLAN} (It changed while the request waited for approval; request it again.)`, audit);
    } else {
      const reasons = reasonsNotToRun(system, computed);
      if (reasons.length > 0) await markRefused(deps.db, row.id, record, reasons.join(" "), audit);
      else await executeOrRecordCrash(deps, conn, row.id, { system, target, computed, record, audit });
    }
    return remediationView(deps.db, row.id);
  });
}

/** Declines a pending request (any approver, or the requester withdrawing it). */
export async function rejectRemediation(deps: EngineDeps, remediationId: string, note: string, actor: Actor, ip: string | null): Promise<RemediationView> {
  const audit: AuditContext = { actor: { id: actor.id, email: actor.email }, ip };
  await deps.db.$transaction(async (tx) => {
    const { count } = await tx.remediation.updateMany({
      where: { id: remediationId, status: "pending_approval" },
      data: { status: "rejected", error: `Rejected by ${actor.email}: ${note.trim() || "no reason given"}`, finishedAt: deps.now() },
    });
    if (count !== 1) throw new AppError("conflict", "That remediation is not waiting for approval.");
    await recordAudit(tx, { ...audit, action: "remediation.reject", targetType: "remediation", targetId: remediationId, outcome: "success", detail: { note } });
  });
  return remediationView(deps.db, remediationId);
}

