import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { getAuth } from "./auth";
import { can, isRole, type Permission, type Role } from "./permissions";

export interface CurrentUser {
  id: string;
  email: string;
  name: string;
  role: Role;
}

/**
 * The signed-in user, re-read from the database on every request so that a role change or a
 * disabled account takes effect at once rather than when the session cookie expires.
 */
export async function getCurrentUser(): Promise<CurrentUser | null> {
  // headers() first: it marks the page dynamic before the auth library is built, so `next build`
  // never constructs it (it has no secret at build time).
  const requestHeaders = await headers();
  const session = await getAuth().api.getSession({ headers: requestHeaders });
  if (!session) return null;
  const user = await prisma.user.findUnique({
    where: { id: session.user.id },
    select: { id: true, email: true, name: true, role: true, disabled: true },
  });
  if (!user || user.disabled || !isRole(user.role)) return null;
  return { id: user.id, email: user.email, name: user.name, role: user.role };
}

/** For pages: sends anonymous visitors to the sign-in page. */
export async function requireUser(): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  return user;
}

/** For pages: the user when permitted, otherwise null (the page shows "not allowed"). */
export async function userWithPermission(permission: Permission): Promise<{ user: CurrentUser; allowed: boolean }> {
  const user = await requireUser();
  return { user, allowed: can(user.role, permission) };
}

/** For actions and route handlers: throws AppError("unauthenticated" | "forbidden"). */
export async function authorize(permission: Permission): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("unauthenticated", "Your session has ended. Sign in again.");
  if (!can(user.role, permission)) throw new AppError("forbidden", "Your role does not allow this.");
  return user;
}
