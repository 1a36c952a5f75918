import type { Db } from "@/lib/db/client";
import { isUuid } from "@/lib/dashboard/ids";
import { AppError } from "@/lib/errors";
import type { JsonValue } from "@/lib/ibmi/errors";
import { remediationById } from "../catalogue";
import type { PlanView } from "./plan-view";
import type { RunRecord } from "./record";
import type { StepResult } from "./run-steps";
import type { Verification } from "./verify";

export type RemediationStatus = "pending_approval" | "running" | "succeeded" | "verification_failed" | "failed" | "refused" | "rejected";

export interface RemediationView {
  id: string;
  system: { id: string; name: string };
  actionId: string;
  title: string;
  status: RemediationStatus;
  params: Record<string, JsonValue>;
  plan: PlanView;
  stateHash: string;
  priorState: RunRecord["priorState"] | null;
  results: StepResult[];
  verification: Verification | null;
  reason: string;
  ticket: string | null;
  error: string | null;
  requestedBy: { id: string; email: string | null };
  approvedBy: { id: string; email: string | null } | null;
  finding: { id: string; checkId: string; title: string; status: string } | null;
  undoOfId: string | null;
  undoneById: string | null;
  /** Undo can be previewed: succeeded, not undone yet, and its plan says how. */
  undoable: boolean;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

const include = { system: { select: { id: true, name: true } }, finding: { select: { id: true, checkId: true, title: true, status: true } } } as const;

async function emails(db: Db, ids: ReadonlyArray<string | null>): Promise<Map<string, string>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const users = wanted.length === 0 ? [] : await db.user.findMany({ where: { id: { in: wanted } }, select: { id: true, email: true } });
  return new Map(users.map((user) => [user.id, user.email]));
}

type Row = Awaited<ReturnType<typeof findRows>>[number];

function findRows(db: Db, where: { id?: string; systemId?: string }, take?: number) {
  return db.remediation.findMany({ where, include, orderBy: { createdAt: "desc" }, take });
}

function toView(row: Row, byId: Map<string, string>): RemediationView {
  const plan = row.plan as unknown as PlanView;
  return {
    id: row.id,
    system: row.system,
    actionId: row.actionId,
    title: remediationById(row.actionId)?.title ?? row.actionId,
    status: row.status,
    params: row.params as Record<string, JsonValue>,
    plan,
    stateHash: row.stateHash,
    priorState: (row.priorState as RunRecord["priorState"] | null) ?? null,
    results: (row.results as unknown as StepResult[] | null) ?? [],
    verification: (row.verification as unknown as Verification | null) ?? null,
    reason: row.reason,
    ticket: row.ticket,
    error: row.error,
    requestedBy: { id: row.requestedById, email: byId.get(row.requestedById) ?? null },
    approvedBy: row.approvedById ? { id: row.approvedById, email: byId.get(row.approvedById) ?? null } : null,
    finding: row.finding,
    undoOfId: row.undoOfId,
    undoneById: row.undoneById,
    undoable: row.status === "succeeded" && row.undoneById === null && plan.undo.available,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
  };
}

export async function remediationView(db: Db, id: string): Promise<RemediationView> {
  const view = await findRemediationView(db, id);
  if (!view) throw new AppError("not_found", "That remediation does not exist.");
  return view;
}

/** One remediation by an id from a URL: null when it is not a UUID or no such row exists. */
export async function findRemediationView(db: Db, id: string): Promise<RemediationView | null> {
  if (!isUuid(id)) return null;
  const [row] = await findRows(db, { id });
  return row ? toView(row, await emails(db, [row.requestedById, row.approvedById])) : null;
}

/** History, newest first: one system's or the fleet's. */
export async function listRemediations(db: Db, options: { systemId?: string; take?: number } = {}): Promise<RemediationView[]> {
  const rows = await findRows(db, options.systemId ? { systemId: options.systemId } : {}, options.take ?? 200);
  const byId = await emails(db, rows.flatMap((row) => [row.requestedById, row.approvedById]));
  return rows.map((row) => toView(row, byId));
}

export interface AuditTrailEntry {
  at: string;
  action: string;
  outcome: string;
  actorEmail: string | null;
}

/** The audit events recorded for one remediation (start, request, approval, outcome, refusal). */
export async function remediationAuditTrail(db: Db, id: string): Promise<AuditTrailEntry[]> {
  const events = await db.auditEvent.findMany({ where: { targetType: "remediation", targetId: id }, orderBy: { at: "asc" }, select: { at: true, action: true, outcome: true, actorEmail: true } });
  return events.map((event) => ({ at: event.at.toISOString(), action: event.action, outcome: event.outcome, actorEmail: event.actorEmail }));
}
