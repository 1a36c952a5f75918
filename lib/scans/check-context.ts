import type { AppliedSetting, CheckContext, ListeningSample } from "@/lib/checks/check-types";
import { sampleGapMinutes } from "@/lib/checks/exposure-hours";
import type { Db } from "@/lib/db/client";
import type { ScopedTrustedNetwork } from "@/lib/net/trusted-networks";

/** How far back the FTP listening history goes for exposure hours ("hours per week"). */
const HISTORY_DAYS = 7;

/**
 * Settings IBM gives no SQL to read: the last value Portcullis itself applied through a
 * remediation is the best evidence there is (with the time it was applied).
 */
const APPLIED_SETTINGS = {
  smtpAllowRelay: { actionId: "smtp.alwrly", value: (params: Record<string, unknown>) => String(params.allowRelay ?? "") },
  ftpAllowSsl: { actionId: "ftp.alwssl-only", value: () => "*ONLY" },
} as const;

async function lastApplied(db: Db, systemId: string, setting: keyof typeof APPLIED_SETTINGS): Promise<AppliedSetting | null> {
  const { actionId, value } = APPLIED_SETTINGS[setting];
  const remediation = await db.remediation.findFirst({
    where: { systemId, actionId, status: "succeeded", undoneById: null },
    orderBy: { finishedAt: "desc" },
    select: { params: true, finishedAt: true },
  });
  if (!remediation?.finishedAt) return null;
  const applied = value((remediation.params ?? {}) as Record<string, unknown>);
  return applied ? { value: applied, at: remediation.finishedAt } : null;
}

/** The trusted networks that apply to the system (its own and the fleet-wide ones), oldest first. */
export async function trustedNetworksFor(db: Db, systemId: string): Promise<ScopedTrustedNetwork[]> {
  const rows = await db.trustedNetwork.findMany({ where: { OR: [{ systemId }, { systemId: null }] }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ id: row.id, systemId: row.systemId, cidr: row.cidr, label: row.label, owner: row.owner, expiresAt: row.expiresAt, localPorts: row.localPorts }));
}

/**
 * Whether FTP listened, as every succeeded scan (full or connections) recorded it, since `since`,
 * oldest first: the history FTP-03 judges and the FTP panel charts.
 */
export async function ftpListeningSamples(db: Db, systemId: string, since: Date): Promise<ListeningSample[]> {
  const scans = await db.scan.findMany({
    where: { systemId, status: "succeeded", finishedAt: { gte: since } },
    orderBy: { finishedAt: "asc" },
    select: { finishedAt: true, summary: true },
  });
  return scans.flatMap((scan) => {
    const listening = (scan.summary as { ftpListening?: boolean | null } | null)?.ftpListening;
    return scan.finishedAt && typeof listening === "boolean" ? [{ at: scan.finishedAt, listening }] : [];
  });
}

export async function loadCheckContext(db: Db, systemId: string, now: Date): Promise<CheckContext & { trustedNetworks: readonly ScopedTrustedNetwork[] }> {
  const [trustedNetworks, smtpAllowRelay, ftpAllowSsl, history, schedule] = await Promise.all([
    trustedNetworksFor(db, systemId),
    lastApplied(db, systemId, "smtpAllowRelay"),
    lastApplied(db, systemId, "ftpAllowSsl"),
    ftpListeningSamples(db, systemId, new Date(now.getTime() - HISTORY_DAYS * 86_400_000)),
    db.system.findUniqueOrThrow({ where: { id: systemId }, select: { fullScanMinutes: true, connectionsMinutes: true } }),
  ]);
  return { now, trustedNetworks, applied: { smtpAllowRelay, ftpAllowSsl }, ftpListeningHistory: history, ftpSampleGapMinutes: sampleGapMinutes(schedule) };
}
