import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sshPool } from "./connection";

/**
 * A disabled system is neither scanned nor remediated (`transportFor` refuses it); its findings
 * and history stay. Disabling drops its pooled SSH connection.
 */
export async function setSystemEnabled(db: Db, systemId: string, enabled: boolean, context: AuditContext): Promise<void> {
  const system = await db.system.findUnique({ where: { id: systemId }, select: { name: true, enabled: true } });
  if (!system) throw new AppError("not_found", "That system is no longer registered.");
  if (system.enabled === enabled) return;
  await db.$transaction(async (tx) => {
    await tx.system.update({ where: { id: systemId }, data: { enabled } });
    await recordAudit(tx, {
      actor: context.actor,
      ip: context.ip,
      action: enabled ? "system.enable" : "system.disable",
      targetType: "system",
      targetId: systemId,
      outcome: "success",
      detail: { name: system.name },
    });
  });
  if (!enabled) await sshPool().invalidate(systemId);
}
