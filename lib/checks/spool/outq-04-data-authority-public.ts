import { conclude, evidence, notAssessed } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import { publicPrivilegeOf, queueLabel, queueRights } from "@/lib/checks/queue-authority";

export const outq04DataAuthorityPublic: CheckDefinition = {
  id: "OUTQ-04",
  panel: "spool",
  title: "Anyone can manage other users' spooled files (AUTCHK *DTAAUT with *PUBLIC data rights)",
  why:
    "With AUTCHK(*DTAAUT), *READ, *ADD and *DLT on the queue are enough to change, delete and (with DSPDTA *NO) read " +
    "other users' spooled files. If *PUBLIC holds those rights, every profile on the system does.",
  source: "peers-and-checks §3.4 OUTQ-04; IBM Security Reference \"Output queue commands\" (rzarlapdoutq); ibmi-facts §5.1",
  severity: "medium",
  reads: ["outq-info", "outq-privileges"],
  scanKinds: ["full"],
  remediationIds: ["outq.change", "outq.public-exclude"],
  evaluate(observations) {
    const queues = observations.outputQueues;
    const privileges = observations.outputQueuePrivileges;
    if (!queues.ok || !privileges.ok) {
      return notAssessed("Output queues or their authorities could not be read.", [queues, privileges]);
    }
    const findings: FindingDraft[] = queues.value.flatMap((queue): FindingDraft[] => {
      if (queue.authorityToCheck !== "DTAAUT") return [];
      const publicEntry = publicPrivilegeOf(queue, privileges.value);
      if (publicEntry === null) return [];
      const rights = queueRights(publicEntry);
      if (!(rights.read && rights.add && rights.delete)) return [];
      const label = queueLabel(queue);
      const detail =
        `${label} checks data authority (AUTCHK *DTAAUT) and *PUBLIC has ${publicEntry.authority ?? "USER DEF"}, so every ` +
        `profile can change and delete other users' spooled files on it. Change it with CHGOUTQ OUTQ(${label}) AUTCHK(*OWNER), ` +
        "or reduce *PUBLIC to *USE or *EXCLUDE.";
      return [
        {
          key: label,
          severity: "medium",
          title: `Anyone can manage spooled files on ${label}`,
          detail,
          evidence: evidence(
            [...queues.statementIds, ...privileges.statementIds],
            [queue.row, publicEntry.row],
            "AUTHORITY_TO_CHECK (QSYS2.OUTPUT_QUEUE_INFO) and the *PUBLIC row (QSYS2.OBJECT_PRIVILEGES)",
            "high",
          ),
        },
      ];
    });
    return conclude(
      `${findings.length} visible queue(s) let *PUBLIC manage other users' spooled files.`,
      findings,
      [queues.incomplete, privileges.incomplete],
    );
  },
};
