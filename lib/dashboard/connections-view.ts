import type { ScanKind } from "@/lib/checks/read-batch";
import type { Db } from "@/lib/db/client";
import { connectionRows, type ConnectionRow } from "@/lib/dashboard/connection-rows";
import { latestObservations } from "@/lib/dashboard/latest-observations";
import { latestScansBySystem } from "@/lib/dashboard/scans";
import { getEnv } from "@/lib/env";
import { ReverseDnsCache } from "@/lib/net/reverse-dns";
import { trustedNetworksFor } from "@/lib/scans/check-context";

/** The connections panel's data, JSON-safe: the same shape on first render and on every poll. */
export interface ConnectionsView {
  /** When and by which scan the connections were read; null before any scan read them. */
  collected: { at: string; scanId: string; scanKind: ScanKind } | null;
  /** Why the connections could not be read (missing service or authority + the CL that grants it). */
  failure: string | null;
  /** Why job and user names are missing while connections were read. */
  jobsFailure: string | null;
  rows: ConnectionRow[];
  /** The moment trust was judged (trusted networks can expire). */
  judgedAt: string;
}

const globalForDns = globalThis as unknown as { portcullisReverseDns?: ReverseDnsCache };

function reverseDns(): ReverseDnsCache {
  globalForDns.portcullisReverseDns ??= new ReverseDnsCache({ timeoutMs: getEnv().PORTCULLIS_DNS_TIMEOUT_MS });
  return globalForDns.portcullisReverseDns;
}

export async function loadConnectionsView(
  db: Db,
  systemId: string,
  options: { now?: Date; dns?: ReverseDnsCache } = {},
): Promise<ConnectionsView> {
  const now = options.now ?? new Date();
  const latest = (await latestScansBySystem(db, [systemId])).get(systemId);
  const [observed, trusted] = await Promise.all([
    latestObservations(db, latest?.lastSucceeded ?? {}, ["connections", "connectionJobs"] as const),
    trustedNetworksFor(db, systemId),
  ]);
  const connections = observed.connections;
  const jobs = observed.connectionJobs;
  const base = { judgedAt: now.toISOString(), jobsFailure: jobs && !jobs.read.ok ? jobs.read.failure.explanation : null };
  if (connections === undefined) return { ...base, collected: null, failure: null, rows: [] };
  const collected = { at: connections.collectedAt.toISOString(), scanId: connections.scanId, scanKind: connections.scanKind };
  if (!connections.read.ok) return { ...base, collected, failure: connections.read.failure.explanation, rows: [] };
  const names = await (options.dns ?? reverseDns()).namesOf(connections.read.value.map((connection) => connection.remoteAddress));
  return { ...base, collected, failure: null, rows: connectionRows(connections.read.value, trusted, now, names) };
}
