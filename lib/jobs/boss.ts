import { PgBoss } from "pg-boss";

/**
 * The job queue is pg-boss on the app's own PostgreSQL (embedded or not): more load means more
 * worker processes on the same database, nothing else to run.
 */

export const SCAN_QUEUE = "scan";
export const SCHEDULER_QUEUE = "schedule-scans";

export interface ScanJobData {
  scanId: string;
}

/** Seconds without a heartbeat before pg-boss declares a worker dead and retries its job. */
export const SCAN_HEARTBEAT_SECONDS = 20;

/**
 * `monitorSeconds`: how often a supervising worker looks for jobs whose worker stopped heartbeating
 * (and retries them); a crashed worker's scan is taken over within about heartbeat + monitor time.
 */
export async function startBoss(options: { databaseUrl: string; supervise?: boolean; monitorSeconds?: number }): Promise<PgBoss> {
  const boss = new PgBoss({
    connectionString: options.databaseUrl,
    schema: "pgboss",
    max: 8,
    application_name: "portcullis-jobs",
    supervise: options.supervise ?? true,
    schedule: options.supervise ?? true,
    // pg-boss rejects these keys when present but undefined, so they are only passed when set.
    ...(options.monitorSeconds ? { monitorIntervalSeconds: options.monitorSeconds, superviseIntervalSeconds: options.monitorSeconds } : {}),
  });
  boss.on("error", (error: Error) => console.error(`[jobs] ${error.message}`));
  await boss.start();
  // "stately": at most one queued and one active job per key (the system), so clicking
  // "Scan now" twice or a schedule tick during a manual scan never piles up duplicates.
  // No LISTEN/NOTIFY: with one fetch loop per concurrent scan, every queued job would wake every
  // loop of every worker (measured: "Scan all" of 500 systems slowed down fourfold); a short poll
  // costs at most half a second of latency.
  const scanQueue = { heartbeatSeconds: SCAN_HEARTBEAT_SECONDS, retryLimit: 2, retryDelay: 5, expireInSeconds: 15 * 60, notify: false };
  await boss.createQueue(SCAN_QUEUE, { policy: "stately", ...scanQueue });
  // createQueue leaves an existing queue as it was; bring its settings up to date.
  const { heartbeatSeconds: _fixedAtCreation, ...updatable } = scanQueue;
  await boss.updateQueue(SCAN_QUEUE, updatable);
  await boss.createQueue(SCHEDULER_QUEUE, { policy: "short", retryLimit: 0, expireInSeconds: 120 });
  return boss;
}

const globalForBoss = globalThis as unknown as { portcullisBoss?: Promise<PgBoss> };

/** The process-wide sender (web app, scripts). Workers start their own with supervision. */
export function queueClient(databaseUrl: string): Promise<PgBoss> {
  globalForBoss.portcullisBoss ??= startBoss({ databaseUrl, supervise: false });
  return globalForBoss.portcullisBoss;
}
