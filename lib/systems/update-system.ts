import type { Prisma } from "@/generated/prisma/client";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { AppError } from "@/lib/errors";
import type { SshTransportOptions } from "@/lib/ibmi/transport/settings";
import { storedCredentialRefused } from "./connection-problem";
import { sshPool } from "./connection";
import { credentialFromForm, openCredential, sealCredential } from "./credential";
import { assertNameFree, assertUsableCredential, DUPLICATE_NAME, probeColumns } from "./register-system";
import { confirmationProblem, credentialField, hasNewCredential, type TUpdateSystem } from "./system-input";
import { probeWithPinnedKey } from "./test-connection";

type AuditValue = Prisma.InputJsonValue | null;
type Change = { from: AuditValue; to: AuditValue };

/**
 * Edits a system. Name, tags and notes change freely. Host, port, profile, auth method or a new
 * credential change the connection: that needs a fresh "Test connection" whose fingerprint the
 * administrator confirmed, and is re-checked here (connect pinned to that key, log in, probe)
 * before anything is written. An empty password or key keeps the sealed one, which never leaves
 * the server and is only sent to the pinned host key. The pooled SSH connection is dropped after
 * a connection change.
 */
export async function updateSystem(
  db: Db,
  input: TUpdateSystem,
  context: AuditContext & { transport: SshTransportOptions },
): Promise<{ connectionChanged: boolean }> {
  const current = await db.system.findUnique({
    where: { id: input.systemId },
    select: {
      name: true,
      host: true,
      port: true,
      userProfile: true,
      authMethod: true,
      secretCiphertext: true,
      hostKeySha256: true,
      tags: true,
      notes: true,
    },
  });
  if (!current) throw new AppError("not_found", "That system is no longer registered.");
  if (input.name !== current.name) await assertNameFree(db, input.name, input.systemId);

  const newCredential = hasNewCredential(input);
  if (input.authMethod !== current.authMethod && !newCredential) {
    const field = credentialField(input.authMethod);
    const message = field === "password" ? "Enter the password to switch to password sign-on." : "Paste the private key to switch to key sign-on.";
    throw new AppError("invalid", message, { [field]: [message] });
  }
  const connectionChanged =
    input.host.toLowerCase() !== current.host.toLowerCase() ||
    input.port !== current.port ||
    input.userProfile !== current.userProfile ||
    input.authMethod !== current.authMethod ||
    newCredential;

  const changes: Record<string, Change> = {};
  const note = (field: string, from: AuditValue, to: AuditValue) => {
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  };
  note("name", current.name, input.name);
  note("tags", current.tags, input.tags);
  note("notes", current.notes ?? "", input.notes);

  let connectionData = {};
  if (connectionChanged) {
    const unconfirmed = confirmationProblem(input);
    if (unconfirmed) throw new AppError("invalid", "The connection changed: test it and confirm the host key fingerprint before saving.", unconfirmed);
    if (!newCredential && input.confirmedFingerprint !== current.hostKeySha256) {
      throw storedCredentialRefused(current.authMethod, input.confirmedFingerprint, current.hostKeySha256);
    }
    const credential = newCredential ? credentialFromForm(input) : openCredential(current.authMethod, current.secretCiphertext);
    assertUsableCredential(credential);
    const target = { host: input.host, port: input.port, userProfile: input.userProfile, credential };
    const probe = await probeWithPinnedKey(target, input.confirmedFingerprint, { transport: context.transport, outcome: "Nothing was saved." });
    note("host", current.host, input.host);
    note("port", current.port, input.port);
    note("userProfile", current.userProfile, input.userProfile);
    note("authMethod", current.authMethod, input.authMethod);
    note("hostKey", current.hostKeySha256, input.confirmedFingerprint);
    connectionData = {
      host: input.host,
      port: input.port,
      userProfile: input.userProfile,
      ...(newCredential ? sealCredential(credential) : {}),
      hostKeySha256: input.confirmedFingerprint,
      // A key change reported by a scan is settled by the key the administrator just confirmed.
      ...(input.confirmedFingerprint !== current.hostKeySha256 ? { pendingHostKey: null } : {}),
      ...probeColumns(probe, new Date()),
    };
  }
  if (Object.keys(changes).length === 0 && !newCredential) return { connectionChanged: false };

  try {
    await db.$transaction(async (tx) => {
      await tx.system.update({
        where: { id: input.systemId },
        data: { name: input.name, tags: input.tags, notes: input.notes || null, ...connectionData },
      });
      await recordAudit(tx, {
        actor: context.actor,
        ip: context.ip,
        action: "system.update",
        targetType: "system",
        targetId: input.systemId,
        outcome: "success",
        // The credential itself never appears here: only that it was replaced.
        detail: { name: input.name, changes, credentialReplaced: newCredential },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new AppError("conflict", DUPLICATE_NAME, { name: [DUPLICATE_NAME] });
    throw error;
  }
  if (connectionChanged) await sshPool().invalidate(input.systemId);
  return { connectionChanged };
}
