import type { CheckContext } from "@/lib/checks/check-types";
import { resolvePolicy, type TPolicy } from "@/lib/checks/policy";
import { bestKnownSetting } from "@/lib/checks/unreadable-setting";
import type { Db } from "@/lib/db/client";
import { loadCheckContext } from "@/lib/scans/check-context";
import type { PlanContext, PlanPurpose, ScopedTrustedNetwork } from "../types";

export interface SystemRow {
  id: string;
  name: string;
  userProfile: string;
  readOnly: boolean;
  twoPersonRule: boolean;
  policy: unknown;
}

async function scopedTrustedNetworks(db: Db, systemId: string): Promise<ScopedTrustedNetwork[]> {
  const rows = await db.trustedNetwork.findMany({ where: { OR: [{ systemId }, { systemId: null }] }, orderBy: { createdAt: "asc" } });
  return rows.map((row) => ({ id: row.id, systemId: row.systemId, cidr: row.cidr, label: row.label, owner: row.owner, expiresAt: row.expiresAt, localPorts: row.localPorts }));
}

/**
 * What plans and checks know beyond the system's answers: the policy, the trusted networks, and
 * for settings IBM gives no SQL to read, the officer's attestation or the value Portcullis last
 * applied (whichever is newer), exactly as the scan's checks see them.
 */
export async function loadContexts(db: Db, system: SystemRow, purpose: PlanPurpose, now: Date): Promise<{ plan: PlanContext; check: CheckContext; policy: TPolicy }> {
  const policy = resolvePolicy(system.policy);
  const [check, trustedNetworks] = await Promise.all([loadCheckContext(db, system.id, now), scopedTrustedNetworks(db, system.id)]);
  return {
    policy,
    check,
    plan: {
      purpose,
      policy,
      systemId: system.id,
      systemName: system.name,
      known: {
        smtpAllowRelay: bestKnownSetting(policy.attested.smtpAllowRelay, check.applied.smtpAllowRelay),
        ftpAllowSsl: bestKnownSetting(policy.attested.ftpAllowSsl, check.applied.ftpAllowSsl),
      },
      trustedNetworks,
      now,
    },
  };
}
