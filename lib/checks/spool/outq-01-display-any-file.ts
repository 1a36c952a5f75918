import { conclude, evidence, notAssessed } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import { queueLabel } from "@/lib/checks/queue-authority";
import { sensitiveEntryFor } from "@/lib/checks/spool/sensitive-queues";

export const outq01DisplayAnyFile: CheckDefinition = {
  id: "OUTQ-01",
  panel: "spool",
  title: "Output queue lets anyone with read access see every report (DSPDTA *YES)",
  why:
    "With DSPDTA(*YES) anyone who can read the queue can display, copy and send every spooled file on it, not just their " +
    "own. On a queue that holds payroll or HR reports that is a data leak waiting to happen; *OWNER keeps even operators out.",
  source: "peers-and-checks §3.4 OUTQ-01; IBM \"Display data (DSPDTA) parameter\" and \"Securing spooled files\"; ibmi-facts §5.1",
  severity: "high",
  reads: ["outq-info"],
  scanKinds: ["full"],
  remediationIds: ["outq.change"],
  evaluate(observations, policy) {
    const queues = observations.outputQueues;
    if (!queues.ok) return notAssessed("Output queues could not be read.", [queues]);
    const findings: FindingDraft[] = queues.value.flatMap((queue): FindingDraft[] => {
      const sensitive = sensitiveEntryFor(queue, policy) !== null;
      const label = queueLabel(queue);
      const proof = evidence(queues.statementIds, [queue.row], "DISPLAY_ANY_FILE in QSYS2.OUTPUT_QUEUE_INFO", "high");
      if (queue.displayAnyFile === "YES") {
        const detail =
          `${label}${sensitive ? " (tagged sensitive)" : ""} has DSPDTA(*YES): anyone with *READ on it can display every ` +
          `spooled file. Change it with CHGOUTQ OUTQ(${label}) DSPDTA(${sensitive ? "*OWNER" : "*NO"}).`;
        return [{ key: label, severity: sensitive ? "critical" : "high", title: `${label} shows every report to its readers`, detail, evidence: proof }];
      }
      if (sensitive && queue.displayAnyFile === "NO") {
        const detail =
          `${label} is tagged sensitive and has DSPDTA(*NO), so *JOBCTL operators (with OPRCTL *YES) and users with data ` +
          `authority can still display its reports. Change it with CHGOUTQ OUTQ(${label}) DSPDTA(*OWNER).`;
        return [{ key: label, severity: "medium", title: `Sensitive queue ${label} is not DSPDTA(*OWNER)`, detail, evidence: proof }];
      }
      return [];
    });
    const summary = `${findings.length} of ${queues.value.length} visible output queues expose their spooled files too widely.`;
    return conclude(summary, findings, [queues.incomplete]);
  },
};
