import { hashPassword } from "better-auth/crypto";
import type { Role } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { createUser } from "./users";

/**
 * Makes sure a user exists with this password (the demo's printed sign-ins must always work).
 * Returns whether it was created.
 */
export async function ensureUser(db: Db, user: { email: string; name: string; role: Role; password: string }): Promise<boolean> {
  const existing = await db.user.findUnique({ where: { email: user.email }, select: { id: true } });
  if (!existing) {
    await createUser(db, user, { actor: null });
    return true;
  }
  await db.account.updateMany({
    where: { userId: existing.id, providerId: "credential" },
    data: { password: await hashPassword(user.password) },
  });
  return false;
}
