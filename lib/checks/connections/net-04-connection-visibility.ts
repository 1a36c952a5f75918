import { evidence, fail, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";
import type { ReadFailed } from "@/lib/checks/observation-types";

export const net04ConnectionVisibility: CheckDefinition = {
  id: "NET-04",
  panel: "connections",
  title: "Scanning profile cannot see connections",
  why:
    "On IBM i 7.6 the network views need *IOSYSCFG or the read-only QIBM_IOSYSCFG_VIEW function usage, and *ALLOBJ no " +
    "longer grants them. Without it the connections panel is blind, which must not look like \"nobody is connected\".",
  source: "peers-and-checks §3.3 NET-04; IBM support node 7229780 (QIBM_IOSYSCFG_VIEW); NETSTAT_JOB_INFO 7.6 (IBM)",
  severity: "info",
  reads: ["net-connections", "net-connection-jobs", "net-listeners", "probe-release"],
  scanKinds: ["full", "connections"],
  remediationIds: [],
  evaluate(observations) {
    const reads = [observations.connections, observations.connectionJobs, observations.listeners];
    const failed = reads.filter((read): read is ReadFailed => !read.ok);
    if (failed.length === 0) return pass("The scanning profile can read connections, their jobs and the listening ports.");
    const reasons = [...new Set(failed.map((read) => read.failure.explanation))];
    const detail = `The scanning profile cannot see all network information: ${reasons.join(" ")}`;
    return fail(detail, [
      {
        key: "connection-visibility",
        severity: "info",
        title: "Scanning profile cannot see all connections",
        detail,
        evidence: evidence(failed.flatMap((read) => read.statementIds), [], "errors returned by the network SQL services", "high"),
      },
    ]);
  },
};
