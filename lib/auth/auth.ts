import { betterAuth } from "better-auth";
import { prismaAdapter } from "better-auth/adapters/prisma";
import { APIError, createAuthMiddleware, isAPIError } from "better-auth/api";
import { nextCookies } from "better-auth/next-js";
import { recordAudit } from "@/lib/audit/record";
import { prisma } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { clientIp } from "@/lib/http/client-ip";
import { clearFailedSignIns, recordFailedSignIn, secondsLocked, throttleKeys } from "./sign-in-throttle";

const SIGN_IN_PATH = "/sign-in/email";

function emailOf(body: unknown): string {
  const email = (body as { email?: unknown } | undefined)?.email;
  return typeof email === "string" ? email.trim().toLowerCase() : "";
}

function requestHeaders(ctx: { headers?: Headers; request?: Request }): Headers {
  return ctx.headers ?? ctx.request?.headers ?? new Headers();
}

function createAuth() {
  const env = getEnv();
  const baseURL = env.BETTER_AUTH_URL ?? `http://localhost:${env.PORT}`;
  // The same server is often reached as localhost and as 127.0.0.1; accept both spellings.
  const trustedOrigins = [baseURL, baseURL.replace("//localhost", "//127.0.0.1"), baseURL.replace("//127.0.0.1", "//localhost")];
  return betterAuth({
    baseURL,
    trustedOrigins: [...new Set(trustedOrigins)],
    secret: env.BETTER_AUTH_SECRET,
    database: prismaAdapter(prisma, { provider: "postgresql" }),
    // Accounts are created by administrators (or `npm run user:create`); nobody signs up.
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 12 },
    user: {
      additionalFields: {
        role: { type: "string", input: false, defaultValue: "auditor" },
        disabled: { type: "boolean", input: false, defaultValue: false },
      },
    },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    // The built-in limiter is per process and trusts X-Forwarded-For; sign-in is throttled in
    // the database instead (sign-in-throttle.ts).
    rateLimit: { enabled: false },
    advanced: env.PORTCULLIS_CLIENT_IP_HEADER ? { ipAddress: { ipAddressHeaders: [env.PORTCULLIS_CLIENT_IP_HEADER] } } : undefined,
    databaseHooks: {
      session: {
        create: {
          before: async (session) => {
            const user = await prisma.user.findUnique({ where: { id: session.userId }, select: { disabled: true } });
            if (!user || user.disabled) throw new APIError("FORBIDDEN", { message: "This account is disabled." });
          },
        },
      },
    },
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        if (ctx.path !== SIGN_IN_PATH) return;
        const keys = throttleKeys(emailOf(ctx.body), clientIp(requestHeaders(ctx)));
        const wait = await secondsLocked(prisma, keys);
        if (wait > 0) {
          throw new APIError("TOO_MANY_REQUESTS", {
            message: `Too many failed sign-ins. Try again in ${Math.ceil(wait / 60)} minute(s).`,
          });
        }
      }),
      after: createAuthMiddleware(async (ctx) => {
        if (ctx.path === SIGN_IN_PATH) {
          const email = emailOf(ctx.body);
          const ip = clientIp(requestHeaders(ctx));
          const keys = throttleKeys(email, ip);
          const failed = isAPIError(ctx.context.returned);
          if (failed) await recordFailedSignIn(prisma, keys);
          else await clearFailedSignIns(prisma, keys);
          const user = failed ? null : ctx.context.newSession?.user;
          await recordAudit(prisma, {
            actor: user ? { id: user.id, email: user.email } : null,
            action: "auth.sign_in",
            targetType: "user",
            targetId: user?.id,
            outcome: failed ? "failure" : "success",
            ip,
            detail: { email },
          });
        }
      }),
    },
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;

const globalForAuth = globalThis as unknown as { portcullisAuth?: Auth };

/** Built on first use so that importing this module never requires the environment. */
export function getAuth(): Auth {
  globalForAuth.portcullisAuth ??= createAuth();
  return globalForAuth.portcullisAuth;
}
