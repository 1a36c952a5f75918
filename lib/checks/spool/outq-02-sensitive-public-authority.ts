import { conclude, evidence, notAssessed } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import { publicPrivilegeOf, queueLabel } from "@/lib/checks/queue-authority";
import { NO_SENSITIVE_QUEUES, sensitiveQueues } from "@/lib/checks/spool/sensitive-queues";

export const outq02SensitivePublicAuthority: CheckDefinition = {
  id: "OUTQ-02",
  panel: "spool",
  title: "Sensitive output queue not *PUBLIC *EXCLUDE",
  why:
    "A sensitive queue should be reachable only by the people named on it. Any *PUBLIC authority other than *EXCLUDE " +
    "lets every profile on the system at least see and often read its reports.",
  source: "peers-and-checks §3.4 OUTQ-02; Loeber (search400 tip 1110337); IBM support node 683307",
  severity: "high",
  reads: ["outq-info", "outq-privileges"],
  scanKinds: ["full"],
  remediationIds: ["outq.public-exclude"],
  evaluate(observations, policy) {
    if (policy.sensitiveOutputQueues.length === 0) return notAssessed(NO_SENSITIVE_QUEUES);
    const queues = observations.outputQueues;
    const privileges = observations.outputQueuePrivileges;
    if (!queues.ok || !privileges.ok) {
      return notAssessed("Output queues or their authorities could not be read.", [queues, privileges]);
    }
    const sensitive = sensitiveQueues(queues.value, policy);
    const unknown: string[] = [];
    const findings: FindingDraft[] = sensitive.flatMap((queue): FindingDraft[] => {
      const label = queueLabel(queue);
      const publicEntry = publicPrivilegeOf(queue, privileges.value);
      if (publicEntry === null) {
        unknown.push(label);
        return [];
      }
      if (publicEntry.authority === "*EXCLUDE") return [];
      const detail =
        `Sensitive queue ${label} gives *PUBLIC ${publicEntry.authority ?? "USER DEF"} authority. Exclude the public and ` +
        `grant the intended users or a group: GRTOBJAUT OBJ(${label}) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*EXCLUDE).`;
      return [
        {
          key: label,
          severity: "high",
          title: `Sensitive queue ${label} open to *PUBLIC`,
          detail,
          evidence: evidence(privileges.statementIds, [publicEntry.row], "*PUBLIC row in QSYS2.OBJECT_PRIVILEGES", "high"),
        },
      ];
    });
    const unknownNote = unknown.length > 0 ? ` *PUBLIC authority was not returned for ${unknown.join(", ")}.` : "";
    const summary = `${sensitive.length} visible queue(s) are tagged sensitive; ${findings.length} are not *PUBLIC *EXCLUDE.${unknownNote}`;
    const unknownGap = unknown.length > 0 ? { reason: "Some queues' *PUBLIC authority was not returned.", grantCl: null } : null;
    return conclude(summary, findings, [queues.incomplete, privileges.incomplete, unknownGap]);
  },
};
