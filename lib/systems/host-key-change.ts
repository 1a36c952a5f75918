import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { IbmiError } from "@/lib/ibmi/errors";
import { fetchHostKeyFingerprint } from "@/lib/ibmi/transport/fetch-host-key";
import { sshPool } from "./connection";

/**
 * A scan that meets a different host key stores it in `pendingHostKey` and fails; the pin never
 * moves by itself. An administrator either accepts the new key after comparing it with the
 * system's own (`ssh-keygen -lf` on the IBM i), or dismisses it.
 */

async function pendingChange(db: Db, systemId: string) {
  const system = await db.system.findUnique({ where: { id: systemId }, select: { name: true, host: true, port: true, hostKeySha256: true, pendingHostKey: true } });
  if (!system) throw new AppError("not_found", "That system is no longer registered.");
  if (!system.pendingHostKey) throw new AppError("refused", `No host key change is waiting for ${system.name}.`);
  return { ...system, pendingHostKey: system.pendingHostKey };
}

/**
 * Pins the pending key, but only if the system still presents exactly the key the administrator
 * reviewed. If it now presents yet another key, nothing is pinned: the new one becomes the
 * pending key to review, and the refusal is audited.
 */
export async function acceptHostKey(
  db: Db,
  input: { systemId: string; reviewedFingerprint: string },
  context: AuditContext & { timeoutMs?: number },
): Promise<{ pinned: string }> {
  const system = await pendingChange(db, input.systemId);
  if (input.reviewedFingerprint !== system.pendingHostKey) {
    throw new AppError("conflict", "The waiting host key changed since this page was loaded. Reload and compare it again.");
  }
  let presented: string;
  try {
    presented = (await fetchHostKeyFingerprint(system.host, system.port, { timeoutMs: context.timeoutMs })).fingerprint;
  } catch (error) {
    if (error instanceof IbmiError) throw new AppError("unavailable", `The key could not be checked again, so nothing changed. ${error.userMessage}`);
    throw error;
  }
  const audit = { actor: context.actor, ip: context.ip, action: "system.host_key.accept", targetType: "system", targetId: input.systemId };

  if (presented !== system.pendingHostKey) {
    const backToPinned = presented === system.hostKeySha256;
    await db.$transaction(async (tx) => {
      await tx.system.update({ where: { id: input.systemId }, data: { pendingHostKey: backToPinned ? null : presented } });
      await recordAudit(tx, {
        ...audit,
        outcome: "failure",
        detail: { name: system.name, pinned: system.hostKeySha256, reviewed: system.pendingHostKey, presentedNow: presented },
      });
    });
    throw new AppError(
      "refused",
      backToPinned
        ? `${system.name} presents its pinned key again (${presented}); there is nothing to accept.`
        : `${system.name} now presents yet another host key (${presented}), not the one you reviewed. Nothing was pinned. ` +
          "Compare the new fingerprint with the system's own before accepting it.",
    );
  }

  await db.$transaction(async (tx) => {
    await tx.system.update({ where: { id: input.systemId }, data: { hostKeySha256: presented, pendingHostKey: null } });
    await recordAudit(tx, { ...audit, outcome: "success", detail: { name: system.name, from: system.hostKeySha256, to: presented } });
  });
  await sshPool().invalidate(input.systemId);
  return { pinned: presented };
}

/** Forgets the pending key; the pinned one stays, so scans keep failing while the system presents another. */
export async function dismissHostKey(db: Db, systemId: string, context: AuditContext): Promise<void> {
  const system = await pendingChange(db, systemId);
  await db.$transaction(async (tx) => {
    await tx.system.update({ where: { id: systemId }, data: { pendingHostKey: null } });
    await recordAudit(tx, {
      actor: context.actor,
      ip: context.ip,
      action: "system.host_key.dismiss",
      targetType: "system",
      targetId: systemId,
      outcome: "success",
      detail: { name: system.name, pinned: system.hostKeySha256, dismissed: system.pendingHostKey },
    });
  });
}
