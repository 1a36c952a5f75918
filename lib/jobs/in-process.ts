import { getEnv } from "@/lib/env";
import { startWorker } from "./worker";

/** The demo runs the worker inside the web process; production can run `npm run worker` instead. */
export async function startInProcessWorker(): Promise<void> {
  const env = getEnv();
  const worker = await startWorker({
    databaseUrl: env.DATABASE_URL as string,
    concurrency: env.PORTCULLIS_WORKER_CONCURRENCY,
    scheduler: env.PORTCULLIS_SCHEDULER,
    monitorSeconds: env.PORTCULLIS_JOB_MONITOR_SECONDS,
  });
  for (const signal of ["SIGTERM", "SIGINT"] as const) process.once(signal, () => void worker.stop());
}
