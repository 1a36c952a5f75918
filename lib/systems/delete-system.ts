import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { sshPool } from "./connection";

/**
 * Deletes a system with everything recorded about it (scans, findings and their history,
 * remediations, system-specific trusted networks: the foreign keys cascade). The administrator
 * types the system's name to confirm; the audit event keeps the name and what went with it.
 */
export async function deleteSystem(db: Db, input: { systemId: string; confirmName: string }, context: AuditContext): Promise<void> {
  const system = await db.system.findUnique({ where: { id: input.systemId }, select: { name: true, host: true, port: true } });
  if (!system) throw new AppError("not_found", "That system is no longer registered.");
  if (input.confirmName.trim() !== system.name) {
    const message = `Type the system's name, ${system.name}, exactly to confirm.`;
    throw new AppError("invalid", message, { confirmName: [message] });
  }
  await db.$transaction(async (tx) => {
    const where = { systemId: input.systemId };
    // One after the other: a transaction is one connection.
    const scans = await tx.scan.count({ where });
    const findings = await tx.finding.count({ where });
    const remediations = await tx.remediation.count({ where });
    const trustedNetworks = await tx.trustedNetwork.count({ where });
    await tx.system.delete({ where: { id: input.systemId } });
    await recordAudit(tx, {
      actor: context.actor,
      ip: context.ip,
      action: "system.delete",
      targetType: "system",
      targetId: input.systemId,
      outcome: "success",
      detail: { name: system.name, host: system.host, port: system.port, deleted: { scans, findings, remediations, trustedNetworks } },
    });
  });
  await sshPool().invalidate(input.systemId);
}
