import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import { resolvePolicy, ZPolicyOverrides } from "@/lib/checks/policy";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const ZPolicyUpdate = z.object({ systemId: z.uuid(), overrides: ZPolicyOverrides });
export type TPolicyUpdate = z.input<typeof ZPolicyUpdate>;

/**
 * Replaces a system's policy overrides (what differs from the defaults in lib/checks/policy.ts).
 * They are stored normalised, as JSON (attestation dates as ISO text), and take effect at the
 * next scan. The audit event holds the overrides before and after.
 */
export async function updatePolicy(db: Db, input: TPolicyUpdate, context: AuditContext): Promise<void> {
  const { systemId, overrides } = ZPolicyUpdate.parse(input);
  // Checked once more as the checks will read it: a stored policy must always resolve.
  resolvePolicy(overrides);
  const stored = JSON.parse(JSON.stringify(overrides)) as Prisma.InputJsonObject;
  const system = await db.system.findUnique({ where: { id: systemId }, select: { name: true, policy: true } });
  if (!system) throw new AppError("not_found", "That system is no longer registered.");
  await db.$transaction(async (tx) => {
    await tx.system.update({ where: { id: systemId }, data: { policy: stored } });
    await recordAudit(tx, {
      actor: context.actor,
      ip: context.ip,
      action: "system.policy.update",
      targetType: "system",
      targetId: systemId,
      outcome: "success",
      detail: { name: system.name, before: system.policy as Prisma.InputJsonValue, after: stored },
    });
  });
}
