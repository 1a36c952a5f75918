import type { ListeningSample } from "@/lib/checks/check-types";
import type { Db } from "@/lib/db/client";

/**
 * Whether FTP listened, as every full scan recorded it (scan.summary.ftpListening), since
 * `since`, oldest first: the raw history behind the exposure-hours chart.
 */
export async function ftpListeningSamples(db: Db, systemId: string, since: Date): Promise<ListeningSample[]> {
  const scans = await db.scan.findMany({
    where: { systemId, status: "succeeded", kind: "full", finishedAt: { gte: since } },
    orderBy: { finishedAt: "asc" },
    select: { finishedAt: true, summary: true },
  });
  return scans.flatMap((scan) => {
    const listening = (scan.summary as { ftpListening?: unknown } | null)?.ftpListening;
    return scan.finishedAt && typeof listening === "boolean" ? [{ at: scan.finishedAt, listening }] : [];
  });
}
