import { checkCatalogue } from "@/lib/checks/catalogue";
import type { CheckDefinition, Panel } from "@/lib/checks/check-types";
import type { Db } from "@/lib/db/client";
import type { FleetDetail } from "@/lib/dashboard/fleet";
import { standingFindings, type FindingListItem } from "@/lib/dashboard/findings";
import type { LatestCheckResult } from "@/lib/dashboard/latest-check-results";
import { latestObservations, type CollectedObservations, type ObservationKind } from "@/lib/dashboard/latest-observations";
import type { ScanRow } from "@/lib/dashboard/scans";

/** Everything one panel page shows, for one system. */
export interface PanelData<K extends ObservationKind> {
  /** The panel's checks in catalogue order, each with its latest result (null: never evaluated). */
  checks: Array<{ check: CheckDefinition; result: LatestCheckResult | null }>;
  findings: FindingListItem[];
  observed: CollectedObservations<K>;
  lastFinished: ScanRow | null;
}

export async function loadPanelData<K extends ObservationKind>(
  db: Db,
  detail: FleetDetail,
  systemId: string,
  panel: Panel,
  kinds: readonly K[],
): Promise<PanelData<K>> {
  const scans = detail.latest.get(systemId);
  const [findings, observed] = await Promise.all([standingFindings(db, systemId, panel), latestObservations(db, scans?.lastSucceeded ?? {}, kinds)]);
  const results = detail.results.filter((result) => result.systemId === systemId);
  return {
    checks: checkCatalogue
      .filter((check) => check.panel === panel)
      .map((check) => ({ check, result: results.find((result) => result.checkId === check.id) ?? null })),
    findings,
    observed,
    lastFinished: scans?.lastFinished ?? null,
  };
}
