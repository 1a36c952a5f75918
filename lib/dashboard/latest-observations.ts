import type { Observations } from "@/lib/checks/observation-types";
import type { ScanKind } from "@/lib/checks/read-batch";
import type { Db } from "@/lib/db/client";
import type { ScanRow } from "@/lib/dashboard/scans";

export type ObservationKind = keyof Observations;

/** An observation with where it came from: a panel always says when and by which scan. */
export interface Collected<K extends ObservationKind> {
  read: Observations[K];
  collectedAt: Date;
  scanId: string;
  scanKind: ScanKind;
}

export type CollectedObservations<K extends ObservationKind> = { [P in K]?: Collected<P> };

// Written out so that a new kind in Observations fails to compile here until it is listed.
const KINDS: Record<ObservationKind, true> = {
  release: true,
  services: true,
  profile: true,
  functionUsage: true,
  ftpJobs: true,
  smtpJobs: true,
  listeners: true,
  connections: true,
  connectionJobs: true,
  serverAutostart: true,
  ftpFunctionDefaults: true,
  smtpListMembers: true,
  smtpAcceptList: true,
  telnetAttributes: true,
  systemValues: true,
  exitPrograms: true,
  specialAuthorityHolders: true,
  groupMemberships: true,
  outputQueues: true,
  outputQueuePrivileges: true,
  libraryPublicAuthorities: true,
  httpServers: true,
  sshdConfig: true,
  endTcpCnnPrivileges: true,
};
export const OBSERVATION_KINDS = Object.keys(KINDS) as ObservationKind[];

/**
 * The latest readings as one Observations value, for the helpers of lib/checks that take one
 * (the spool reader answer); null until every kind has been read at least once (a full scan).
 */
export function asObservations(collected: CollectedObservations<ObservationKind>): Observations | null {
  const entries = OBSERVATION_KINDS.map((kind) => [kind, collected[kind]?.read] as const);
  if (entries.some(([, read]) => read === undefined)) return null;
  return Object.fromEntries(entries) as unknown as Observations;
}

/**
 * The newest reading of each kind from the system's last succeeded full and connections scans.
 * A connections scan stores every kind but only reads a few; the others carry a "not in scan"
 * failure and must not hide the full scan's reading.
 */
export async function latestObservations<K extends ObservationKind>(
  db: Db,
  lastSucceeded: Partial<Record<ScanKind, ScanRow>>,
  kinds: readonly K[],
): Promise<CollectedObservations<K>> {
  const scans = new Map(Object.values(lastSucceeded).map((scan) => [scan.id, scan]));
  if (scans.size === 0) return {};
  const rows = await db.observation.findMany({
    where: { scanId: { in: [...scans.keys()] }, kind: { in: [...kinds] } },
    select: { kind: true, data: true, collectedAt: true, scanId: true },
  });
  const result = new Map<string, Collected<ObservationKind>>();
  const newest = [...rows].sort((a, b) => b.collectedAt.getTime() - a.collectedAt.getTime());
  for (const row of newest) {
    if (result.has(row.kind)) continue;
    // Stored by persistScan from the typed observations, as they were.
    const read = row.data as unknown as Observations[ObservationKind];
    if (!read.ok && read.failure.kind === "not-in-scan") continue;
    result.set(row.kind, { read, collectedAt: row.collectedAt, scanId: row.scanId, scanKind: scans.get(row.scanId)!.kind });
  }
  return Object.fromEntries(result) as CollectedObservations<K>;
}
