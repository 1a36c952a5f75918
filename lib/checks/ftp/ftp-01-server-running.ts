import { fail, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";
import { ftpActivity, unknownActivity } from "@/lib/checks/server-activity";

export const ftp01ServerRunning: CheckDefinition = {
  id: "FTP-01",
  panel: "ftp",
  title: "FTP server running without approval",
  why:
    "FTP sends user names and passwords in clear text and lets anyone who signs on copy, replace and delete data and " +
    "run commands, regardless of menu security. A server nobody approved is an open door.",
  source: "peers-and-checks §3.1 FTP-01; Kisco, \"More tips for securing FTP\" (Loeber); ibmi-facts §2.1",
  severity: "high",
  reads: ["ftp-jobs", "net-listeners"],
  scanKinds: ["full", "connections"],
  remediationIds: ["ftp.end-server"],
  evaluate(observations, policy) {
    const activity = ftpActivity(observations);
    if (activity.running === null) return unknownActivity(activity, "FTP");
    if (!activity.running) return pass(`The FTP server is not running: ${activity.evidence.determinedBy}.`);
    if (policy.approvedServers.includes("ftp")) {
      return pass(`The FTP server is running and approved for this system (${activity.evidence.determinedBy}).`);
    }
    const detail =
      `The FTP server is running (${activity.evidence.determinedBy}) but FTP is not approved for this system. ` +
      "End it with ENDTCPSVR SERVER(*FTP), or approve FTP in the system policy if it is needed.";
    return fail(detail, [
      { key: "ftp-server", severity: "high", title: "FTP server running without approval", detail, evidence: activity.evidence },
    ]);
  },
};
