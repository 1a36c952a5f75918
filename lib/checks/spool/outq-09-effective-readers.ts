import { conclude, evidence, notAssessed } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import { privilegesOf, queueLabel } from "@/lib/checks/queue-authority";
import { isApprovedHolder } from "@/lib/checks/special-authority-holders";
import { NO_SENSITIVE_QUEUES, sensitiveEntryFor, sensitiveQueues } from "@/lib/checks/spool/sensitive-queues";
import { spoolReadersFromObservations } from "@/lib/checks/spool-readers";

export const outq09EffectiveReaders: CheckDefinition = {
  id: "OUTQ-09",
  panel: "spool",
  title: "Who can read a sensitive queue's spooled files",
  why:
    "Queue settings, object authority, groups and special authorities combine in ways few people can work out by hand. " +
    "This answers the question an auditor asks (\"who can read the payroll spool?\") and flags anyone beyond the intended readers.",
  source: "peers-and-checks §3.4 OUTQ-09 and §6 item 6; IBM \"Securing spooled files\"; ibmi-facts §5.1",
  severity: "info",
  reads: ["outq-info", "outq-privileges", "users-special-authorities", "users-groups"],
  scanKinds: ["full"],
  remediationIds: ["outq.change", "outq.public-exclude"],
  evaluate(observations, policy) {
    if (policy.sensitiveOutputQueues.length === 0) return notAssessed(NO_SENSITIVE_QUEUES);
    const queues = observations.outputQueues;
    if (!queues.ok) return notAssessed("Output queues could not be read.", [queues]);
    const approvedSpecial = [...policy.approvedHolders["*SPLCTL"], ...policy.approvedHolders["*ALLOBJ"]];
    const caveats = new Set<string>();
    const findings: FindingDraft[] = sensitiveQueues(queues.value, policy).flatMap((queue): FindingDraft[] => {
      const answer = spoolReadersFromObservations(observations, queue);
      if (answer === null) return [];
      answer.caveats.forEach((caveat) => caveats.add(caveat));
      const intended = sensitiveEntryFor(queue, policy)?.intendedReaders ?? [];
      const unexpected = answer.readers.filter(
        (reader) =>
          intended.length > 0 &&
          !intended.includes(reader.profile) &&
          !isApprovedHolder({ profile: reader.profile, throughGroup: null }, approvedSpecial),
      );
      if (!answer.everyone && unexpected.length === 0) return [];
      const label = queueLabel(queue);
      const parts = [
        ...(answer.everyone ? [`everyone (${answer.everyoneBecause})`] : []),
        ...unexpected.map((reader) => `${reader.profile} (${reader.reasons.join("; ")})`),
      ];
      const detail = `Beyond its intended readers, the spooled files on ${label} can be read by: ${parts.join(", ")}.`;
      const privileges = observations.outputQueuePrivileges;
      return [
        {
          key: label,
          severity: "info",
          title: answer.everyone ? `Everyone can read the spool on ${label}` : `Unintended readers of ${label}`,
          detail,
          evidence: evidence(
            ["outq-info", "outq-privileges", "users-special-authorities", "users-groups"],
            [queue.row, ...(privileges.ok ? privilegesOf(queue, privileges.value).map((p) => p.row) : [])],
            "queue settings, object authorities, special authorities and group membership combined",
            answer.caveats.length > 0 ? "medium" : "high",
          ),
        },
      ];
    });
    const gaps = [...caveats].map((reason) => ({ reason, grantCl: null }));
    return conclude(`${findings.length} sensitive queue(s) can be read beyond their intended readers.`, findings, [queues.incomplete, ...gaps]);
  },
};
