import { evidence, fail, partial, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import { smtpActivity, unknownActivity } from "@/lib/checks/server-activity";

export const smtp01ServerNotNeeded: CheckDefinition = {
  id: "SMTP-01",
  panel: "smtp",
  title: "SMTP server running or autostarting without approval",
  why:
    "Programs that send mail from IBM i need only the SMTP client. A running SMTP server accepts mail from the network " +
    "and, if relay is loose, forwards spam under the company's name.",
  source: "peers-and-checks §3.2 SMTP-01; Kisco, \"IBM i SMTP relay controls\" (Loeber); ibmi-facts §3.1",
  severity: "medium",
  reads: ["smtp-jobs", "net-listeners", "tcp-autostart"],
  scanKinds: ["full"],
  remediationIds: ["smtp.end-server", "smtp.autostart-off"],
  evaluate(observations, policy) {
    if (policy.approvedServers.includes("smtp")) return pass("The SMTP server is approved for this system.");
    const activity = smtpActivity(observations);
    const autostart = observations.serverAutostart;
    const record = autostart.ok ? autostart.value.find((entry) => entry.server === "SMTP") : undefined;
    const findings: FindingDraft[] = [];
    if (activity.running === true) {
      const detail = `The SMTP server is running (${activity.evidence.determinedBy}) but is not approved. End it with ENDTCPSVR SERVER(*SMTP).`;
      findings.push({ key: "smtp-server", severity: "medium", title: "SMTP server running without approval", detail, evidence: activity.evidence });
    }
    if (record?.autostart === true) {
      const detail =
        "The SMTP server starts automatically with TCP/IP (AUTOSTART *YES in QUSRSYS/QATOCSTART, a file documented only by " +
        "third parties) but is not approved. Turn it off with CHGSMTPA AUTOSTART(*NO).";
      findings.push({
        key: "smtp-autostart",
        severity: "medium",
        title: "SMTP server starts automatically with TCP/IP",
        detail,
        evidence: evidence(autostart.statementIds, [record.row], "the *SMTP record of QUSRSYS/QATOCSTART (third-party documented)", "medium"),
      });
    }
    if (findings.length > 0) return fail(findings.map((f) => f.detail).join(" "), findings);
    if (activity.running === null) return unknownActivity(activity, "SMTP");
    if (!autostart.ok || record?.autostart == null) {
      const why = autostart.ok ? "QUSRSYS/QATOCSTART has no readable *SMTP record." : autostart.failure.explanation;
      return partial(`The SMTP server is not running, but whether it starts with TCP/IP is unknown: ${why}`);
    }
    return pass("The SMTP server is not running and does not start with TCP/IP.");
  },
};
