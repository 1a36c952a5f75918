import { z } from "zod";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { ZScanIntervals } from "./system-input";

export const ZSafetySwitches = z
  .object({
    systemId: z.uuid(),
    /** Remediation plans are shown but never run. */
    readOnly: z.boolean(),
    /** Disruptive remediations wait for a second officer or admin. */
    twoPersonRule: z.boolean(),
  })
  .extend(ZScanIntervals.shape);
export type TSafetySwitches = z.input<typeof ZSafetySwitches>;

/** Read-only mode, the two-person rule and the scan intervals of one system, audited before/after. */
export async function updateSafetySwitches(db: Db, input: TSafetySwitches, context: AuditContext): Promise<void> {
  const { systemId, ...after } = ZSafetySwitches.parse(input);
  const system = await db.system.findUnique({
    where: { id: systemId },
    select: { name: true, readOnly: true, twoPersonRule: true, fullScanMinutes: true, connectionsMinutes: true },
  });
  if (!system) throw new AppError("not_found", "That system is no longer registered.");
  const { name, ...before } = system;
  if ((Object.keys(before) as Array<keyof typeof before>).every((key) => before[key] === after[key])) return;
  await db.$transaction(async (tx) => {
    await tx.system.update({ where: { id: systemId }, data: after });
    await recordAudit(tx, {
      actor: context.actor,
      ip: context.ip,
      action: "system.safety.update",
      targetType: "system",
      targetId: systemId,
      outcome: "success",
      detail: { name, before, after },
    });
  });
}
