import type { ScanKind } from "@/lib/checks/read-batch";
import type { Db } from "@/lib/db/client";
import { latestCheckResults, type LatestCheckResult } from "@/lib/dashboard/latest-check-results";
import { panelStatus, type PanelStatus } from "@/lib/dashboard/panel-status";
import { PANELS } from "@/lib/dashboard/panels";
import { postureOf, worstSeverityPerCheck, type Posture } from "@/lib/dashboard/posture";
import { explainScanFailure, type ScanFailureText } from "@/lib/dashboard/scan-failure";
import { latestScansBySystem, type ScanRow } from "@/lib/dashboard/scans";
import { emptySeverityCounts, totalOf, type SeverityCounts } from "@/lib/dashboard/severity";

/** One system as the fleet page (and the header of its own page) shows it. Dates are ISO strings. */
export interface FleetSystem {
  id: string;
  name: string;
  host: string;
  tags: string[];
  release: string | null;
  enabled: boolean;
  /** A different host key was presented and waits for an administrator. */
  hostKeyPending: boolean;
  /** Null until a scan has succeeded: there is nothing to grade. */
  posture: Posture | null;
  open: SeverityCounts;
  openTotal: number;
  acceptedRisk: number;
  panels: PanelStatus[];
  lastScan: {
    id: string;
    kind: ScanKind;
    status: "succeeded" | "failed";
    finishedAt: string;
    durationMs: number | null;
    failure: ScanFailureText | null;
  } | null;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

function lastScanOf(systemName: string, scan: ScanRow | null): FleetSystem["lastScan"] {
  if (scan === null || scan.finishedAt === null || (scan.status !== "succeeded" && scan.status !== "failed")) return null;
  return {
    id: scan.id,
    kind: scan.kind,
    status: scan.status,
    finishedAt: scan.finishedAt.toISOString(),
    durationMs: scan.durationMs,
    failure: scan.status === "failed" ? explainScanFailure(systemName, scan.errorType, scan.errorMessage) : null,
  };
}

export interface FleetDetail {
  systems: FleetSystem[];
  latest: Awaited<ReturnType<typeof latestScansBySystem>>;
  results: LatestCheckResult[];
}

/** Every system (or the given ones), ordered by name. */
export async function loadFleet(db: Db, options: { systemIds?: readonly string[] } = {}): Promise<FleetSystem[]> {
  return (await loadFleetDetail(db, options)).systems;
}

/** The fleet rows with the scans and check results they were computed from (for a system page). */
export async function loadFleetDetail(db: Db, options: { systemIds?: readonly string[] } = {}): Promise<FleetDetail> {
  const systems = await db.system.findMany({
    where: options.systemIds ? { id: { in: [...options.systemIds] } } : {},
    orderBy: { name: "asc" },
    select: { id: true, name: true, host: true, tags: true, release: true, enabled: true, pendingHostKey: true },
  });
  const ids = systems.map((system) => system.id);
  const [latest, openGroups, acceptedGroups] = await Promise.all([
    latestScansBySystem(db, ids),
    db.finding.groupBy({ by: ["systemId", "panel", "checkId", "severity"], where: { systemId: { in: ids }, status: "open" }, _count: { _all: true } }),
    db.finding.groupBy({ by: ["systemId"], where: { systemId: { in: ids }, status: "accepted_risk" }, _count: { _all: true } }),
  ]);
  const results = await latestCheckResults(db, latest);
  // Grouped once: a fleet of hundreds of systems must not rescan every list per system.
  const openBySystem = groupBy(openGroups, (group) => group.systemId);
  const resultsBySystem = groupBy(results, (result) => result.systemId);
  const acceptedBySystem = new Map(acceptedGroups.map((group) => [group.systemId, group._count._all]));

  const rows = systems.map((system): FleetSystem => {
    const open = emptySeverityCounts();
    const openByPanel = new Map<string, SeverityCounts>();
    const ownOpen = openBySystem.get(system.id) ?? [];
    for (const group of ownOpen) {
      open[group.severity] += group._count._all;
      const counts = openByPanel.get(group.panel) ?? emptySeverityCounts();
      counts[group.severity] += group._count._all;
      openByPanel.set(group.panel, counts);
    }
    const own = resultsBySystem.get(system.id) ?? [];
    const panels = PANELS.map((panel) =>
      panelStatus(panel.id, own.filter((result) => result.panel === panel.id), openByPanel.get(panel.id) ?? emptySeverityCounts()),
    );
    const scans = latest.get(system.id);
    const everSucceeded = scans !== undefined && Object.keys(scans.lastSucceeded).length > 0;
    return {
      id: system.id,
      name: system.name,
      host: system.host,
      tags: system.tags,
      release: system.release,
      enabled: system.enabled,
      hostKeyPending: system.pendingHostKey !== null,
      posture: everSucceeded ? postureOf(worstSeverityPerCheck(ownOpen)) : null,
      open,
      openTotal: totalOf(open),
      acceptedRisk: acceptedBySystem.get(system.id) ?? 0,
      panels,
      lastScan: lastScanOf(system.name, scans?.lastFinished ?? null),
    };
  });
  return { systems: rows, latest, results };
}
