import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import { ftpActivity, tcpListenersOn, unknownActivity } from "@/lib/checks/server-activity";
import { bestKnownSetting } from "@/lib/checks/unreadable-setting";

const HOW_TO_KNOW =
  "IBM gives no SQL service or command output to read CHGFTPA ALWSSL. Record it as an officer attestation in the system " +
  "policy (attested.ftpAllowSsl, after checking CHGFTPA with F4), or let Portcullis apply ALWSSL(*ONLY) so it knows the value.";

export const ftp05Cleartext: CheckDefinition = {
  id: "FTP-05",
  panel: "ftp",
  title: "FTP accepts clear-text sessions",
  why:
    "Unless CHGFTPA ALWSSL is *ONLY, FTP accepts sessions without TLS and every user name, password and file crosses " +
    "the network readable by anyone on the path.",
  source: "peers-and-checks §3.1 FTP-05; CHGFTPA (IBM); ibmi-facts §2.4, §6",
  severity: "medium",
  reads: ["ftp-jobs", "net-listeners"],
  scanKinds: ["full"],
  remediationIds: ["ftp.alwssl-only"],
  evaluate(observations, policy, context) {
    const activity = ftpActivity(observations);
    if (activity.running === false) return pass("The FTP server is not running, so it accepts no sessions, clear text or not.");
    if (activity.running === null) return unknownActivity(activity, "FTP");
    const severity = policy.remoteUsers ? "high" : "medium";
    const known = bestKnownSetting(policy.attested.ftpAllowSsl, context.applied.ftpAllowSsl);
    const finding = (detail: string, determinedBy: string, confidence: "high" | "medium" | "low", rows = activity.evidence.rows): FindingDraft => ({
      key: "ftp-cleartext",
      severity,
      title: "FTP accepts clear-text sessions",
      detail,
      evidence: evidence(activity.evidence.statementIds, rows, determinedBy, confidence),
    });
    if (known !== null) {
      if (known.value === "*ONLY") return pass(`FTP requires TLS: ALWSSL *ONLY, ${known.determinedBy} (not readable from the system).`);
      const detail =
        `FTP runs with ALWSSL ${known.value} (${known.determinedBy}; IBM offers no way to read it, so this is not a reading of ` +
        "the system). Change it with CHGFTPA ALWSSL(*ONLY) after assigning a certificate in DCM.";
      return fail(detail, [finding(detail, `ALWSSL ${known.determinedBy}`, known.confidence)]);
    }
    // Without TLS configured at all (ALWSSL *NO) the server has no implicit-TLS listener on 990,
    // so a listener on 21 alone means clear text only. Port 990 for implicit FTPS is [U].
    const plain = tcpListenersOn(observations, [21]) ?? [];
    const tls = tcpListenersOn(observations, [990]) ?? [];
    if (observations.listeners.ok && plain.length > 0 && tls.length === 0) {
      const detail =
        "FTP listens on port 21 and nothing listens on 990 (implicit FTPS), which points to ALWSSL *NO: no TLS at all. " +
        `This is inferred from listeners, not read. ${HOW_TO_KNOW}`;
      return fail(detail, [
        finding(detail, "listener on TCP 21 and none on 990 (QSYS2.NETSTAT_INFO); ALWSSL itself is not readable", "low", plain.map((l) => l.row)),
      ]);
    }
    return notAssessed(
      `FTP runs${tls.length > 0 ? " and offers TLS on port 990" : ""}, but whether it still accepts clear-text sessions (ALWSSL *YES) or requires TLS (*ONLY) is unknown. ${HOW_TO_KNOW}`,
    );
  },
};
