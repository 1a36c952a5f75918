/**
 * npm run worker — a scan worker process. Start as many as the fleet needs, on any machines that
 * reach the same PostgreSQL (DATABASE_URL; without it, the embedded database of this folder).
 */
import { ensureDatabase } from "../lib/db/bootstrap";
import { getEnv, loadEnvFiles } from "../lib/env";

loadEnvFiles();
const db = await ensureDatabase({ attach: true, log: console.log });
const { prisma } = await import("../lib/db/client");
const { assertSecretKeyMatches } = await import("../lib/db/system-secrets");
const { startWorker } = await import("../lib/jobs/worker");
try {
  await assertSecretKeyMatches(prisma);
} catch (error) {
  console.error(`✖ ${(error as Error).message}`);
  process.exit(1);
}
const env = getEnv();
const worker = await startWorker({ databaseUrl: db.url, concurrency: env.PORTCULLIS_WORKER_CONCURRENCY, scheduler: env.PORTCULLIS_SCHEDULER, monitorSeconds: env.PORTCULLIS_JOB_MONITOR_SECONDS });
let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, async () => {
    if (stopping) return;
    stopping = true;
    await worker.stop();
    await prisma.$disconnect();
    await db.stop();
    process.exit(0);
  });
}
