import { conclude, evidence, notAssessed } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import { queueLabel } from "@/lib/checks/queue-authority";
import { NO_SENSITIVE_QUEUES, sensitiveQueues } from "@/lib/checks/spool/sensitive-queues";

export const outq03SensitiveOperatorControl: CheckDefinition = {
  id: "OUTQ-03",
  panel: "spool",
  title: "Sensitive output queue under operator control (OPRCTL *YES)",
  why:
    "OPRCTL(*YES), the IBM default, lets every *JOBCTL holder manage the queue and, unless DSPDTA is *OWNER, read its " +
    "reports. Operators rarely need that on a payroll or HR queue.",
  source: "peers-and-checks §3.4 OUTQ-03; IBM \"Operator control (OPRCTL) parameter\"; ibmi-facts §5.1",
  severity: "medium",
  reads: ["outq-info"],
  scanKinds: ["full"],
  remediationIds: ["outq.change"],
  evaluate(observations, policy) {
    if (policy.sensitiveOutputQueues.length === 0) return notAssessed(NO_SENSITIVE_QUEUES);
    const queues = observations.outputQueues;
    if (!queues.ok) return notAssessed("Output queues could not be read.", [queues]);
    const sensitive = sensitiveQueues(queues.value, policy);
    const findings: FindingDraft[] = sensitive
      .filter((queue) => queue.operatorControlled !== "NO")
      .map((queue) => {
        const label = queueLabel(queue);
        const value = queue.operatorControlled === "YES" ? "*YES" : "unreadable (treated as *YES)";
        const detail = `Sensitive queue ${label} has OPRCTL ${value}: *JOBCTL holders can manage it. Change it with CHGOUTQ OUTQ(${label}) OPRCTL(*NO).`;
        return {
          key: label,
          severity: "medium",
          title: `Sensitive queue ${label} under operator control`,
          detail,
          evidence: evidence(queues.statementIds, [queue.row], "OPERATOR_CONTROLLED in QSYS2.OUTPUT_QUEUE_INFO", "high"),
        };
      });
    return conclude(`${findings.length} of ${sensitive.length} visible sensitive queue(s) are under operator control.`, findings, [queues.incomplete]);
  },
};
