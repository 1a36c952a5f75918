import type { AuditActor } from "@/lib/audit/record";

/** Who is making a change, for its audit event (the session's user and address). */
export interface AuditContext {
  actor: AuditActor;
  ip?: string | null;
}
