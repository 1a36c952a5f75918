import { conclude, evidence, notAssessed } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft, Panel, Severity } from "@/lib/checks/check-types";
import type { TPolicy } from "@/lib/checks/policy";
import { describeHolder, groupMembershipGap, holdersOf, isApprovedHolder } from "@/lib/checks/special-authority-holders";

type ApprovedAuthority = keyof TPolicy["approvedHolders"];

/**
 * "Who holds special authority X beyond the approved list", the shape of OUTQ-05 (*SPLCTL),
 * OUTQ-06 (*JOBCTL) and SMTP-06 (*IOSYSCFG): one finding per unapproved holder, direct or
 * through a group.
 */
export function unapprovedHoldersCheck(spec: {
  id: string;
  panel: Panel;
  authority: ApprovedAuthority;
  title: string;
  why: string;
  source: string;
  severity: Severity;
}): CheckDefinition {
  return {
    id: spec.id,
    panel: spec.panel,
    title: spec.title,
    why: spec.why,
    source: spec.source,
    severity: spec.severity,
    reads: ["users-special-authorities", "users-groups"],
    scanKinds: ["full"],
    remediationIds: [],
    evaluate(observations, policy) {
      const profiles = observations.specialAuthorityHolders;
      const groups = observations.groupMemberships;
      if (!profiles.ok) return notAssessed(`Holders of ${spec.authority} could not be read.`, [profiles]);
      const memberships = groups.ok ? groups.value : [];
      const approved = policy.approvedHolders[spec.authority];
      const holders = holdersOf(spec.authority, profiles.value, memberships);
      const findings: FindingDraft[] = holders
        .filter((holder) => !isApprovedHolder(holder, approved))
        .map((holder) => {
          const source = holder.throughGroup ?? holder.profile;
          const row = profiles.value.find((p) => p.name === source)?.row;
          const how =
            holder.throughGroup === null
              ? `Remove it from the profile with CHGUSRPRF USRPRF(${holder.profile}) SPCAUT(...) listing the authorities it keeps`
              : `It comes from group ${holder.throughGroup}: remove ${holder.profile} from that group, or the authority from the group`;
          const detail = `${describeHolder(holder)} holds ${spec.authority} but is not on the approved list. ${how}, or approve it in the policy.`;
          return {
            key: holder.profile,
            severity: spec.severity,
            title: `${holder.profile} holds ${spec.authority} without approval`,
            detail,
            evidence: evidence(
              [...profiles.statementIds, ...(holder.throughGroup ? groups.statementIds : [])],
              row ? [row] : [],
              `SPECIAL_AUTHORITIES in QSYS2.USER_INFO${holder.throughGroup ? " and QSYS2.GROUP_PROFILE_ENTRIES" : ""}`,
              "high",
            ),
          };
        });
      return conclude(
        `${holders.length} profile(s) hold ${spec.authority} directly or through a group; ${findings.length} are not approved.`,
        findings,
        [profiles.incomplete, groupMembershipGap(groups)],
      );
    },
  };
}
