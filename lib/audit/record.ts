import type { Prisma } from "@/generated/prisma/client";
import type { Db, DbTransaction } from "@/lib/db/client";

export type AuditOutcome = "success" | "failure" | "denied";

export interface AuditActor {
  id: string;
  email: string;
}

/** Who is making a change, for its audit event (the session's user and address). */
export interface AuditContext {
  actor: AuditActor;
  ip?: string | null;
}

export interface AuditInput {
  actor: AuditActor | null;
  /** dotted verb, e.g. "system.create", "user.disable", "remediation.run" */
  action: string;
  targetType?: string;
  targetId?: string;
  outcome: AuditOutcome;
  ip?: string | null;
  detail?: Prisma.InputJsonValue;
}

/**
 * Writes one audit event. Pass the transaction that makes the change, so the change and its
 * record commit or roll back together.
 */
export async function recordAudit(db: Db | DbTransaction, event: AuditInput): Promise<void> {
  await db.auditEvent.create({
    data: {
      actorId: event.actor?.id ?? null,
      actorEmail: event.actor?.email ?? null,
      action: event.action,
      targetType: event.targetType ?? null,
      targetId: event.targetId ?? null,
      outcome: event.outcome,
      ip: event.ip ?? null,
      detail: event.detail ?? undefined,
    },
  });
}
