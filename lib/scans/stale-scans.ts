import type { Db } from "@/lib/db/client";
import { SCAN_HEARTBEAT_SECONDS } from "@/lib/jobs/boss";

/** A running scan whose worker has been silent this long is considered abandoned. */
export const ABANDONED_AFTER_SECONDS = SCAN_HEARTBEAT_SECONDS * 6;

/**
 * Never leave a scan "running" after its worker died: pg-boss retries the job (another worker
 * takes the scan over); when the retries are spent, or the job is gone, this marks it failed.
 */
export async function failAbandonedScans(db: Db, activeScanIds: ReadonlySet<string>): Promise<number> {
  const cutoff = new Date(Date.now() - ABANDONED_AFTER_SECONDS * 1000);
  const stale = await db.scan.findMany({
    where: { status: "running", OR: [{ heartbeatAt: { lt: cutoff } }, { heartbeatAt: null, startedAt: { lt: cutoff } }] },
    select: { id: true },
  });
  const abandoned = stale.map((scan) => scan.id).filter((id) => !activeScanIds.has(id));
  if (abandoned.length === 0) return 0;
  const { count } = await db.scan.updateMany({
    where: { id: { in: abandoned }, status: "running", OR: [{ heartbeatAt: { lt: cutoff } }, { heartbeatAt: null }] },
    data: {
      status: "failed",
      finishedAt: new Date(),
      errorType: "WorkerLost",
      errorMessage: `The worker running this scan stopped answering for more than ${ABANDONED_AFTER_SECONDS} s (it crashed or was killed). Earlier findings are unchanged.`,
    },
  });
  return count;
}
