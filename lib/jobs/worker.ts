import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import type { PgBoss } from "pg-boss";
import { prisma } from "@/lib/db/client";
import { executeScan } from "@/lib/scans/execute-scan";
import { enqueueDueScans } from "@/lib/scans/schedule";
import { failAbandonedScans } from "@/lib/scans/stale-scans";
import { sshPool } from "@/lib/systems/connection";
import { SCAN_QUEUE, SCHEDULER_QUEUE, startBoss, type ScanJobData } from "./boss";

export interface WorkerHandle {
  workerId: string;
  boss: PgBoss;
  stop(): Promise<void>;
}

const SWEEP_INTERVAL_MS = 30_000;

/**
 * A scan worker: takes scan jobs from pg-boss (any number of these run against one PostgreSQL,
 * in the web process for the demo or as `npm run worker` processes), enqueues scheduled scans
 * once a minute fleet-wide, and marks scans abandoned by crashed workers as failed.
 */
export async function startWorker(options: {
  databaseUrl: string;
  concurrency: number;
  scheduler: boolean;
  workerId?: string;
  monitorSeconds?: number;
  log?: (line: string) => void;
}): Promise<WorkerHandle> {
  const workerId = options.workerId ?? `${hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
  const log = options.log ?? ((line: string) => console.log(`[worker ${workerId}] ${line}`));
  const boss = await startBoss({ databaseUrl: options.databaseUrl, supervise: true, monitorSeconds: options.monitorSeconds });
  const active = new Set<string>();

  await boss.work<ScanJobData>(SCAN_QUEUE, { localConcurrency: options.concurrency, pollingIntervalSeconds: 0.5 }, async ([job]) => {
    if (!job) return;
    active.add(job.data.scanId);
    try {
      await executeScan(prisma, job.data.scanId, { workerId });
    } finally {
      active.delete(job.data.scanId);
    }
  });

  if (options.scheduler) {
    await boss.schedule(SCHEDULER_QUEUE, "* * * * *");
    await boss.work(SCHEDULER_QUEUE, async () => {
      const queued = await enqueueDueScans(prisma, boss);
      if (queued > 0) log(`scheduled ${queued} scan(s)`);
    });
  }

  const sweep = async () => {
    const failed = await failAbandonedScans(prisma, active).catch(() => 0);
    if (failed > 0) log(`marked ${failed} abandoned scan(s) failed`);
  };
  await sweep();
  const sweeper = setInterval(() => void sweep(), SWEEP_INTERVAL_MS);

  log(`started (concurrency ${options.concurrency}${options.scheduler ? ", scheduler on" : ""})`);
  return {
    workerId,
    boss,
    stop: async () => {
      clearInterval(sweeper);
      await boss.stop({ graceful: true, timeout: 30_000 });
      await sshPool().closeAll();
    },
  };
}
