import { ensureDatabase } from "@/lib/db/bootstrap";
import { prisma } from "@/lib/db/client";
import { assertSecretKeyMatches } from "@/lib/db/system-secrets";
import { EnvError, getEnv } from "@/lib/env";

/**
 * Runs once when the web server starts (instrumentation.ts): validates the environment, starts
 * or reaches the database and applies migrations, and refuses to serve when credentials cannot be
 * opened. A failure prints one clear line and exits: a half-started server that answers 500 to
 * everything is worse than no server.
 */
export async function startServer(): Promise<void> {
  try {
    const env = getEnv();
    if (!env.BETTER_AUTH_SECRET) {
      throw new EnvError(["BETTER_AUTH_SECRET"], "Portcullis cannot start: BETTER_AUTH_SECRET is not set (npm run demo writes one into .env.local).");
    }
    await ensureDatabase({ log: (line) => console.log(`[portcullis] ${line}`) });
    await assertSecretKeyMatches(prisma);
    if (env.PORTCULLIS_IN_PROCESS_WORKER) {
      const { startInProcessWorker } = await import("@/lib/jobs/in-process");
      await startInProcessWorker();
    }
  } catch (error) {
    console.error(`✖ ${(error as Error).message}`);
    process.exit(1);
  }
}
