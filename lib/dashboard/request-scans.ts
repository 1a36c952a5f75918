import type { PgBoss } from "pg-boss";
import { recordAudit, type AuditActor } from "@/lib/audit/record";
import type { ScanKind } from "@/lib/checks/read-batch";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { requestScan } from "@/lib/scans/request-scan";

export interface RequestedScan {
  systemId: string;
  systemName: string;
  scanId: string;
  alreadyQueued: boolean;
}

/**
 * "Scan now" / "Scan all" on behalf of a person: one queued scan per enabled system (a scan
 * already waiting is reused, see requestScan) and one audit event per system. Disabled systems
 * are left out and named, so "Scan all" never pretends it scanned them.
 */
export async function requestScansFor(
  db: Db,
  boss: PgBoss,
  request: { systemIds: readonly string[] | "all"; kind: ScanKind },
  context: { actor: AuditActor; ip?: string | null },
): Promise<{ requested: RequestedScan[]; skipped: Array<{ systemId: string; systemName: string; reason: string }> }> {
  const systems = await db.system.findMany({
    where: request.systemIds === "all" ? {} : { id: { in: [...request.systemIds] } },
    orderBy: { name: "asc" },
    select: { id: true, name: true, enabled: true },
  });
  if (request.systemIds !== "all" && systems.length !== new Set(request.systemIds).size) {
    throw new AppError("not_found", "That system is no longer registered.");
  }
  const requested: RequestedScan[] = [];
  const skipped: Array<{ systemId: string; systemName: string; reason: string }> = [];
  for (const system of systems) {
    if (!system.enabled) {
      skipped.push({ systemId: system.id, systemName: system.name, reason: `${system.name} is disabled.` });
      continue;
    }
    // The queue row and job are created by requestScan; the audit event follows at once (the
    // scan row itself records who asked, in requestedById).
    const { scanId, alreadyQueued } = await requestScan(db, boss, { systemId: system.id, kind: request.kind, trigger: "manual", requestedById: context.actor.id });
    await recordAudit(db, {
      actor: context.actor,
      action: "scan.request",
      targetType: "system",
      targetId: system.id,
      outcome: "success",
      ip: context.ip,
      detail: { system: system.name, kind: request.kind, scanId, alreadyQueued, all: request.systemIds === "all" },
    });
    requested.push({ systemId: system.id, systemName: system.name, scanId, alreadyQueued });
  }
  return { requested, skipped };
}
