import { z } from "zod";
import { checkCatalogue } from "@/lib/checks/catalogue";
import type { CheckOutcome, Panel, Severity } from "@/lib/checks/check-types";
import type { ScanKind } from "@/lib/checks/read-batch";
import type { Db } from "@/lib/db/client";
import type { ScanRow } from "@/lib/dashboard/scans";

/**
 * What each check last concluded on a system. Connection scans evaluate only some checks, so a
 * check's latest result is the one of the newer of the last succeeded full and connections
 * scans that evaluated it.
 */
export interface LatestCheckResult {
  systemId: string;
  checkId: string;
  panel: Panel;
  title: string;
  severity: Severity;
  outcome: CheckOutcome;
  /** The check's own words: the answer, or what could not be read and the CL that grants it. */
  detail: string;
  scan: ScanRow;
}

const ZStoredDetail = z.object({ detail: z.string().catch("") }).catch({ detail: "" });

const catalogueById = new Map(checkCatalogue.map((check) => [check.id, check]));

export async function latestCheckResults(
  db: Db,
  latest: ReadonlyMap<string, { lastSucceeded: Partial<Record<ScanKind, ScanRow>> }>,
): Promise<LatestCheckResult[]> {
  const scans = new Map([...latest.values()].flatMap((entry) => Object.values(entry.lastSucceeded)).map((scan) => [scan.id, scan]));
  if (scans.size === 0) return [];
  const rows = await db.checkResult.findMany({
    where: { scanId: { in: [...scans.keys()] } },
    select: { systemId: true, checkId: true, outcome: true, detail: true, scanId: true },
  });
  const best = new Map<string, LatestCheckResult>();
  for (const row of rows) {
    const scan = scans.get(row.scanId);
    if (scan === undefined) continue;
    const key = `${row.systemId}|${row.checkId}`;
    const current = best.get(key);
    if (current !== undefined && current.scan.queuedAt >= scan.queuedAt) continue;
    // A check no longer in the catalogue says nothing about the system today.
    const check = catalogueById.get(row.checkId);
    if (check === undefined) continue;
    best.set(key, {
      systemId: row.systemId,
      checkId: row.checkId,
      panel: check.panel,
      title: check.title,
      severity: check.severity,
      outcome: row.outcome,
      detail: ZStoredDetail.parse(row.detail ?? {}).detail,
      scan,
    });
  }
  return [...best.values()];
}
