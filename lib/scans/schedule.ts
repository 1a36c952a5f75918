import type { PgBoss } from "pg-boss";
import type { ScanKind } from "@/lib/checks/read-batch";
import type { Db } from "@/lib/db/client";
import { requestScan } from "./request-scan";

export interface ScheduleState {
  systemId: string;
  fullScanMinutes: number;
  connectionsMinutes: number;
  lastFullAt: Date | null;
  lastAnyAt: Date | null;
}

/**
 * Which scan a system is due for: a full scan every `fullScanMinutes` (default hourly), and in
 * between a connections-only scan every `connectionsMinutes` (default 5) so the live table stays live.
 */
export function dueScan(state: ScheduleState, now: Date): ScanKind | null {
  const minutesSince = (at: Date | null) => (at ? (now.getTime() - at.getTime()) / 60_000 : Number.POSITIVE_INFINITY);
  if (minutesSince(state.lastFullAt) >= state.fullScanMinutes) return "full";
  if (minutesSince(state.lastAnyAt) >= state.connectionsMinutes) return "connections";
  return null;
}

/** Runs once a minute (a pg-boss schedule, so once per fleet whatever the number of workers). */
export async function enqueueDueScans(db: Db, boss: PgBoss, now = new Date()): Promise<number> {
  const systems = await db.system.findMany({ where: { enabled: true }, select: { id: true, fullScanMinutes: true, connectionsMinutes: true } });
  const latest = await db.scan.groupBy({ by: ["systemId", "kind"], _max: { queuedAt: true } });
  let queued = 0;
  for (const system of systems) {
    const mine = latest.filter((row) => row.systemId === system.id);
    const lastFullAt = mine.find((row) => row.kind === "full")?._max.queuedAt ?? null;
    const lastAnyAt = mine.reduce<Date | null>((max, row) => (row._max.queuedAt && (!max || row._max.queuedAt > max) ? row._max.queuedAt : max), null);
    const kind = dueScan({ systemId: system.id, fullScanMinutes: system.fullScanMinutes, connectionsMinutes: system.connectionsMinutes, lastFullAt, lastAnyAt }, now);
    if (!kind) continue;
    const { alreadyQueued } = await requestScan(db, boss, { systemId: system.id, kind, trigger: "schedule" });
    if (!alreadyQueued) queued += 1;
  }
  return queued;
}
