import type { PgBoss } from "pg-boss";
import type { Prisma } from "@/generated/prisma/client";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import type { ProbeResult } from "@/lib/ibmi/probe-system";
import type { SshTransportOptions } from "@/lib/ibmi/transport/settings";
import { requestScan } from "@/lib/scans/request-scan";
import { credentialFromForm, privateKeyProblem, sealCredential, type TCredential } from "./credential";
import type { TRegisterSystem } from "./system-input";
import { probeWithPinnedKey } from "./test-connection";

export const DUPLICATE_NAME = "A system with this name is already registered.";

export async function assertNameFree(db: Db, name: string, exceptId?: string): Promise<void> {
  const taken = await db.system.findFirst({ where: { name: { equals: name, mode: "insensitive" }, ...(exceptId ? { NOT: { id: exceptId } } : {}) }, select: { id: true } });
  if (taken) throw new AppError("conflict", DUPLICATE_NAME, { name: [DUPLICATE_NAME] });
}

/** A pasted key that cannot be read is reported at its field before any connection is tried. */
export function assertUsableCredential(credential: TCredential): void {
  if (credential.kind !== "key") return;
  const problem = privateKeyProblem(credential.privateKey, credential.passphrase);
  if (problem) throw new AppError("invalid", problem.message, { [problem.field]: [problem.message] });
}

/** The probe as stored on the system row (it is plain JSON by construction). */
export function probeColumns(probe: ProbeResult, at: Date) {
  return { probe: probe as unknown as Prisma.InputJsonObject, release: probe.release?.text ?? null, probedAt: at };
}

/**
 * Registers a system. Everything is checked again here, whatever the form showed: the name is
 * free, the key presented now is the one the administrator confirmed (the connection is pinned
 * to it, so a different key fails before the credentials are sent), the login works and the
 * probe runs. Then the system, its sealed credential, the probe and the audit event are written
 * in one transaction, and a first full scan is queued.
 *
 * @returns `firstScanQueued: false` when the queue refused (the scheduler picks the system up on
 *   its next tick); the system is registered either way.
 */
export async function registerSystem(
  db: Db,
  boss: PgBoss,
  input: TRegisterSystem,
  context: AuditContext & { transport: SshTransportOptions },
): Promise<{ id: string; firstScanQueued: boolean }> {
  await assertNameFree(db, input.name);
  const credential = credentialFromForm(input);
  assertUsableCredential(credential);
  const target = { host: input.host, port: input.port, userProfile: input.userProfile, credential };
  const probe = await probeWithPinnedKey(target, input.confirmedFingerprint, { transport: context.transport, outcome: "Nothing was saved." });
  const sealed = sealCredential(credential);

  let id: string;
  try {
    id = await db.$transaction(async (tx) => {
      const system = await tx.system.create({
        data: {
          name: input.name,
          host: input.host,
          port: input.port,
          userProfile: input.userProfile,
          ...sealed,
          hostKeySha256: input.confirmedFingerprint,
          tags: input.tags,
          notes: input.notes || null,
          fullScanMinutes: input.fullScanMinutes,
          connectionsMinutes: input.connectionsMinutes,
          createdById: context.actor.id,
          ...probeColumns(probe, new Date()),
        },
        select: { id: true },
      });
      await recordAudit(tx, {
        actor: context.actor,
        ip: context.ip,
        action: "system.create",
        targetType: "system",
        targetId: system.id,
        outcome: "success",
        detail: {
          name: input.name,
          host: input.host,
          port: input.port,
          userProfile: input.userProfile,
          authMethod: sealed.authMethod,
          hostKey: input.confirmedFingerprint,
          release: probe.release?.text ?? null,
          tags: input.tags,
          fullScanMinutes: input.fullScanMinutes,
          connectionsMinutes: input.connectionsMinutes,
        },
      });
      return system.id;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", DUPLICATE_NAME, { name: [DUPLICATE_NAME] });
    throw error;
  }

  try {
    await requestScan(db, boss, { systemId: id, kind: "full", trigger: "registration", requestedById: context.actor.id });
    return { id, firstScanQueued: true };
  } catch (error) {
    console.error(`[systems] the first scan of ${input.name} could not be queued: ${(error as Error).message}`);
    return { id, firstScanQueued: false };
  }
}
