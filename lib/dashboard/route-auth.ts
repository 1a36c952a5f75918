import type { Permission } from "@/lib/auth/permissions";
import { authorize, type CurrentUser } from "@/lib/auth/session";
import { isAppError } from "@/lib/errors";

/**
 * For route handlers (JSON polled by the pages): the user when permitted, else the 401/403 JSON
 * response to return as it is.
 */
export async function authorizeRoute(permission: Permission): Promise<{ user: CurrentUser } | { response: Response }> {
  try {
    return { user: await authorize(permission) };
  } catch (error) {
    if (isAppError(error) && (error.code === "unauthenticated" || error.code === "forbidden")) {
      const status = error.code === "unauthenticated" ? 401 : 403;
      return { response: Response.json({ error: { code: error.code, message: error.message } }, { status }) };
    }
    throw error;
  }
}

export const noStore = { "Cache-Control": "no-store" } as const;
