import "server-only";
import { headers } from "next/headers";
import type { z } from "zod";
import { recordAudit, type AuditContext } from "@/lib/audit/record";
import { can, type Permission } from "@/lib/auth/permissions";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { AppError, fieldErrorsOf, isAppError } from "@/lib/errors";
import { clientIp } from "@/lib/http/client-ip";

export type ActionResult<T> =
  | { ok: true; data: T }
  | { ok: false; code: AppError["code"] | "error"; error: string; fieldErrors?: Record<string, string[]> };

export interface ActionContext<I> {
  user: CurrentUser;
  input: I;
  ip: string | null;
  /** The user and address, as every change's audit event records them. */
  audit: AuditContext;
}

/**
 * Every server action goes through here: it is a public endpoint, so the role is checked on the
 * server first (a refusal is itself audited), the input is validated with zod, and failures come
 * back as a result the form can show instead of a thrown error. The handler writes its change and
 * its audit event in one transaction.
 */
export function defineAction<S extends z.ZodType, T>(
  options: { permission: Permission; input: S; action: string },
  handler: (ctx: ActionContext<z.infer<S>>) => Promise<T>,
): (raw: z.input<S>) => Promise<ActionResult<T>> {
  return async (raw) => {
    const ip = clientIp(await headers());
    const user = await getCurrentUser();
    if (!user) return failure(new AppError("unauthenticated", "Your session has ended. Sign in again."));
    if (!can(user.role, options.permission)) {
      await recordAudit(prisma, {
        actor: { id: user.id, email: user.email },
        action: options.action,
        outcome: "denied",
        ip,
        detail: { permission: options.permission, role: user.role },
      });
      return failure(new AppError("forbidden", "Your role does not allow this."));
    }
    const parsed = options.input.safeParse(raw);
    if (!parsed.success) {
      return { ok: false, code: "invalid", error: "Some values are not valid.", fieldErrors: fieldErrorsOf(parsed.error) };
    }
    try {
      return { ok: true, data: await handler({ user, input: parsed.data, ip, audit: { actor: { id: user.id, email: user.email }, ip } }) };
    } catch (error) {
      return failure(error);
    }
  };
}

function failure(error: unknown): ActionResult<never> {
  if (isAppError(error)) return { ok: false, code: error.code, error: error.message, fieldErrors: error.fieldErrors };
  console.error("Unexpected error in server action", error);
  return { ok: false, code: "error", error: "Something went wrong on the server. Nothing was changed." };
}
