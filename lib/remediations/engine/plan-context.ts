import type { CheckContext } from "@/lib/checks/check-types";
import { resolvePolicy, type TPolicy } from "@/lib/checks/policy";
import { bestKnownSetting } from "@/lib/checks/unreadable-setting";
import type { Db } from "@/lib/db/client";
import { loadCheckContext } from "@/lib/scans/check-context";
import type { PlanContext, PlanPurpose } from "../types";

export interface SystemRow {
  id: string;
  name: string;
  userProfile: string;
  readOnly: boolean;
  twoPersonRule: boolean;
  policy: unknown;
}

/**
 * What plans and checks know beyond the system's answers: the policy, the trusted networks, and
 * for settings IBM gives no SQL to read, the officer's attestation or the value Portcullis last
 * applied (whichever is newer), exactly as the scan's checks see them.
 */
export async function loadContexts(db: Db, system: SystemRow, purpose: PlanPurpose, now: Date): Promise<{ plan: PlanContext; check: CheckContext; policy: TPolicy }> {
  const policy = resolvePolicy(system.policy);
  const check = await loadCheckContext(db, system.id, now);
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
      trustedNetworks: check.trustedNetworks,
      now,
    },
  };
}
