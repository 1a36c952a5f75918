import type { ScanKind } from "@/lib/checks/read-batch";
import type { Db } from "@/lib/db/client";

/**
 * Scan rows as the dashboard reads them. "Latest" is by queue time: scans of one system run one
 * at a time in queue order, and (system_id, queued_at) is the index the scan table has.
 */
export interface ScanRow {
  id: string;
  systemId: string;
  kind: ScanKind;
  status: "queued" | "running" | "succeeded" | "failed";
  trigger: string;
  queuedAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  durationMs: number | null;
  execRoundTrips: number | null;
  errorType: string | null;
  errorMessage: string | null;
}

const SCAN_COLUMNS = {
  id: true,
  systemId: true,
  kind: true,
  status: true,
  trigger: true,
  queuedAt: true,
  startedAt: true,
  finishedAt: true,
  durationMs: true,
  execRoundTrips: true,
  errorType: true,
  errorMessage: true,
} as const;

interface RawScan {
  id: string;
  system_id: string;
  kind: ScanKind;
  status: ScanRow["status"];
  trigger: string;
  queued_at: Date;
  started_at: Date | null;
  finished_at: Date | null;
  duration_ms: number | null;
  exec_round_trips: number | null;
  error_type: string | null;
  error_message: string | null;
}

const fromRaw = (row: RawScan): ScanRow => ({
  id: row.id,
  systemId: row.system_id,
  kind: row.kind,
  status: row.status,
  trigger: row.trigger,
  queuedAt: row.queued_at,
  startedAt: row.started_at,
  finishedAt: row.finished_at,
  durationMs: row.duration_ms,
  execRoundTrips: row.exec_round_trips,
  errorType: row.error_type,
  errorMessage: row.error_message,
});

/** Per system: its latest finished scan (succeeded or failed), and the latest succeeded scan of each kind. */
export async function latestScansBySystem(
  db: Db,
  systemIds: readonly string[],
): Promise<Map<string, { lastFinished: ScanRow | null; lastSucceeded: Partial<Record<ScanKind, ScanRow>> }>> {
  const result = new Map(systemIds.map((id) => [id, { lastFinished: null as ScanRow | null, lastSucceeded: {} as Partial<Record<ScanKind, ScanRow>> }]));
  if (systemIds.length === 0) return result;
  const rows = await db.$queryRaw<Array<RawScan & { slot: string }>>`
    SELECT x.*, slots.slot
      FROM unnest(${[...systemIds]}::uuid[]) AS sys(id)
     CROSS JOIN (VALUES ('finished'), ('full'), ('connections')) AS slots(slot)
     CROSS JOIN LATERAL (
       SELECT s.id, s.system_id, s.kind, s.status, s.trigger, s.queued_at, s.started_at, s.finished_at,
              s.duration_ms, s.exec_round_trips, s.error_type, s.error_message
         FROM scan s
        WHERE s.system_id = sys.id
          AND CASE slots.slot
                WHEN 'finished' THEN s.status IN ('succeeded', 'failed')
                ELSE s.status = 'succeeded' AND s.kind::text = slots.slot
              END
        ORDER BY s.queued_at DESC
        LIMIT 1
     ) AS x`;
  for (const row of rows) {
    const entry = result.get(row.system_id);
    if (entry === undefined) continue;
    const scan = fromRaw(row);
    if (row.slot === "finished") entry.lastFinished = scan;
    else entry.lastSucceeded[scan.kind] = scan;
  }
  return result;
}

/** Scans waiting or running, oldest first (optionally of some systems only). */
export async function activeScans(db: Db, systemIds?: readonly string[]): Promise<ScanRow[]> {
  return db.scan.findMany({
    where: { status: { in: ["queued", "running"] }, ...(systemIds ? { systemId: { in: [...systemIds] } } : {}) },
    orderBy: { queuedAt: "asc" },
    select: SCAN_COLUMNS,
  });
}

export async function recentScans(db: Db, systemId: string, take = 10): Promise<ScanRow[]> {
  return db.scan.findMany({ where: { systemId }, orderBy: { queuedAt: "desc" }, take, select: SCAN_COLUMNS });
}

/** Of the given scans, those that have finished (for the "scan done" toasts), newest first. */
export async function finishedScans(db: Db, ids: readonly string[]): Promise<ScanRow[]> {
  if (ids.length === 0) return [];
  return db.scan.findMany({
    where: { id: { in: [...ids] }, status: { in: ["succeeded", "failed"] } },
    orderBy: { finishedAt: "desc" },
    select: SCAN_COLUMNS,
  });
}
