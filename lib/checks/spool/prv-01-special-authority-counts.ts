import { conclude, evidence, notAssessed } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import { SPECIAL_AUTHORITIES } from "@/lib/checks/read-batch";
import { describeHolder, groupMembershipGap, holdersOf } from "@/lib/checks/special-authority-holders";

export const prv01SpecialAuthorityCounts: CheckDefinition = {
  id: "PRV-01",
  panel: "spool",
  title: "Too many holders of powerful special authorities",
  why:
    "Each holder of *ALLOBJ, *SECADM, *IOSYSCFG, *JOBCTL, *SPLCTL, *SERVICE, *AUDIT or *SAVSYS can bypass part of the " +
    "system's security. Counting them, including those who inherit them from a group, keeps the number honest.",
  source: "peers-and-checks §3.5 PRV-01; Powertech Compliance Monitor scorecards; IBM i Services example \"Review *ALLOBJ users\"",
  severity: "high",
  reads: ["users-special-authorities", "users-groups"],
  scanKinds: ["full"],
  remediationIds: [],
  evaluate(observations, policy) {
    const profiles = observations.specialAuthorityHolders;
    const groups = observations.groupMemberships;
    if (!profiles.ok) return notAssessed("Profiles with special authorities could not be read.", [profiles]);
    const memberships = groups.ok ? groups.value : [];
    const counts = SPECIAL_AUTHORITIES.map((authority) => ({
      authority,
      holders: holdersOf(authority, profiles.value, memberships),
      max: policy.maxHolders[authority],
    }));
    const findings: FindingDraft[] = counts
      .filter((count) => count.holders.length > count.max)
      .map((count) => {
        const names = count.holders.map(describeHolder);
        const detail = `${count.holders.length} profiles hold ${count.authority} (policy allows ${count.max}): ${names.join(", ")}.`;
        const sources = new Set(count.holders.map((h) => h.throughGroup ?? h.profile));
        return {
          key: count.authority,
          severity: "high",
          title: `${count.holders.length} holders of ${count.authority} (limit ${count.max})`,
          detail,
          evidence: evidence(
            [...profiles.statementIds, ...groups.statementIds],
            profiles.value.filter((p) => sources.has(p.name)).map((p) => p.row),
            "SPECIAL_AUTHORITIES in QSYS2.USER_INFO, expanded through QSYS2.GROUP_PROFILE_ENTRIES",
            "high",
          ),
        };
      });
    const summary = counts.map((count) => `${count.authority} ${count.holders.length}`).join(", ");
    return conclude(`Holders (direct or through a group): ${summary}.`, findings, [profiles.incomplete, groupMembershipGap(groups)]);
  },
};
