import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import { ROLES, type Role } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

export const ZNewUser = z.object({
  email: z.email("Enter a valid email address.").transform((value) => value.trim().toLowerCase()),
  name: z.string().trim().min(1, "Enter a name.").max(100),
  role: z.enum(ROLES),
  password: z.string().min(12, "Use at least 12 characters.").max(200),
});
export type TNewUser = z.infer<typeof ZNewUser>;

interface AuditContext {
  actor: AuditActor | null;
  ip?: string | null;
}

/**
 * Creates a user with a credential account, the way the auth library's sign-up would, but in one
 * transaction with its audit event (sign-up itself is disabled: administrators create accounts).
 */
export async function createUser(db: Db, input: TNewUser, audit: AuditContext): Promise<{ id: string }> {
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("conflict", "A user with this email already exists.", { email: ["Already in use."] });
  const passwordHash = await hashPassword(input.password);
  const id = randomUUID();
  await db.$transaction(async (tx) => {
    await tx.user.create({ data: { id, email: input.email, name: input.name, role: input.role, emailVerified: true } });
    await tx.account.create({ data: { id: randomUUID(), accountId: id, providerId: "credential", userId: id, password: passwordHash } });
    await recordAudit(tx, {
      ...audit,
      action: "user.create",
      targetType: "user",
      targetId: id,
      outcome: "success",
      detail: { email: input.email, role: input.role },
    });
  });
  return { id };
}

async function adminCount(db: Db, excludingUserId: string): Promise<number> {
  return db.user.count({ where: { role: "admin", disabled: false, id: { not: excludingUserId } } });
}

export async function setUserRole(db: Db, userId: string, role: Role, audit: AuditContext): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("not_found", "That user no longer exists.");
  if (user.role === "admin" && role !== "admin" && (await adminCount(db, userId)) === 0) {
    throw new AppError("refused", "This is the last active administrator; make someone else an administrator first.");
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { role } });
    await recordAudit(tx, {
      ...audit,
      action: "user.set_role",
      targetType: "user",
      targetId: userId,
      outcome: "success",
      detail: { email: user.email, from: user.role, to: role },
    });
  });
}

/** Disabling also ends every session of that user. */
export async function setUserDisabled(db: Db, userId: string, disabled: boolean, audit: AuditContext): Promise<void> {
  const user = await db.user.findUnique({ where: { id: userId } });
  if (!user) throw new AppError("not_found", "That user no longer exists.");
  if (disabled && audit.actor?.id === userId) throw new AppError("refused", "You cannot disable your own account.");
  if (disabled && user.role === "admin" && (await adminCount(db, userId)) === 0) {
    throw new AppError("refused", "This is the last active administrator; it cannot be disabled.");
  }
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: userId }, data: { disabled } });
    if (disabled) await tx.session.deleteMany({ where: { userId } });
    await recordAudit(tx, {
      ...audit,
      action: disabled ? "user.disable" : "user.enable",
      targetType: "user",
      targetId: userId,
      outcome: "success",
      detail: { email: user.email },
    });
  });
}
