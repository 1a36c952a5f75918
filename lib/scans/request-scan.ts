import type { PgBoss } from "pg-boss";
import type { ScanKind } from "@/lib/checks/read-batch";
import type { Db } from "@/lib/db/client";
import { SCAN_QUEUE, type ScanJobData } from "@/lib/jobs/boss";

export type ScanTrigger = "manual" | "schedule" | "verify" | "registration";

/**
 * Queues a scan of one system. One job key per system (pg-boss "stately" queue): at most one scan
 * of a system is queued and one running, on any number of workers. Asking for a full scan while a
 * connections-only scan waits upgrades the waiting one (a full scan covers connections too).
 */
export async function requestScan(
  db: Db,
  boss: PgBoss,
  request: { systemId: string; kind: ScanKind; trigger: ScanTrigger; requestedById?: string | null },
): Promise<{ scanId: string; alreadyQueued: boolean }> {
  const waiting = await db.scan.findFirst({ where: { systemId: request.systemId, status: "queued" }, orderBy: { queuedAt: "asc" } });
  if (waiting) {
    if (request.kind === "full" && waiting.kind === "connections") {
      await db.scan.update({ where: { id: waiting.id }, data: { kind: "full", trigger: request.trigger, requestedById: request.requestedById ?? waiting.requestedById } });
    }
    return { scanId: waiting.id, alreadyQueued: true };
  }
  const scan = await db.scan.create({
    data: { systemId: request.systemId, kind: request.kind, trigger: request.trigger, requestedById: request.requestedById ?? null },
  });
  const jobId = await boss.send(SCAN_QUEUE, { scanId: scan.id } satisfies ScanJobData, { singletonKey: request.systemId });
  if (!jobId) {
    // Another request won the race for this system's queued slot: use its scan instead.
    await db.scan.delete({ where: { id: scan.id } });
    const winner = await db.scan.findFirst({ where: { systemId: request.systemId, status: { in: ["queued", "running"] } }, orderBy: { queuedAt: "desc" } });
    if (winner) return { scanId: winner.id, alreadyQueued: true };
    throw new Error("The scan queue refused the job and no other scan of this system is waiting.");
  }
  return { scanId: scan.id, alreadyQueued: false };
}
