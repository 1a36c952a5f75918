import type { ScanKind } from "@/lib/checks/read-batch";
import type { Db } from "@/lib/db/client";
import { explainScanFailure, type ScanFailureText } from "@/lib/dashboard/scan-failure";
import { activeScans, finishedScans, type ScanRow } from "@/lib/dashboard/scans";

/** What the scan progress poll returns: scans under way, and how the watched ones ended. JSON-safe. */
export interface ScanActivityItem {
  id: string;
  systemId: string;
  systemName: string;
  kind: ScanKind;
  status: ScanRow["status"];
  trigger: string;
  queuedAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  durationMs: number | null;
  failure: ScanFailureText | null;
}

export interface ScanActivity {
  active: ScanActivityItem[];
  finished: ScanActivityItem[];
}

/** At most this many scans are reported back per poll (a page watches what it started). */
export const MAX_WATCHED_SCANS = 500;

export async function loadScanActivity(db: Db, options: { systemIds?: readonly string[]; watch: readonly string[] }): Promise<ScanActivity> {
  const [active, finished] = await Promise.all([
    activeScans(db, options.systemIds),
    finishedScans(db, options.watch.slice(0, MAX_WATCHED_SCANS)),
  ]);
  const systemIds = [...new Set([...active, ...finished].map((scan) => scan.systemId))];
  const names = new Map(
    (await db.system.findMany({ where: { id: { in: systemIds } }, select: { id: true, name: true } })).map((system) => [system.id, system.name]),
  );
  const item = (scan: ScanRow): ScanActivityItem => {
    const systemName = names.get(scan.systemId) ?? "a deleted system";
    return {
      id: scan.id,
      systemId: scan.systemId,
      systemName,
      kind: scan.kind,
      status: scan.status,
      trigger: scan.trigger,
      queuedAt: scan.queuedAt.toISOString(),
      startedAt: scan.startedAt?.toISOString() ?? null,
      finishedAt: scan.finishedAt?.toISOString() ?? null,
      durationMs: scan.durationMs,
      failure: scan.status === "failed" ? explainScanFailure(systemName, scan.errorType, scan.errorMessage) : null,
    };
  };
  return { active: active.map(item), finished: finished.map(item) };
}
