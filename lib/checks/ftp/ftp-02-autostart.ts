import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";

const SOURCE_NOTE =
  "QUSRSYS/QATOCSTART is documented only by third-party code (CBX16911), not by IBM, and whether CHGFTPA updates it on " +
  "every release is unconfirmed.";

export const ftp02Autostart: CheckDefinition = {
  id: "FTP-02",
  panel: "ftp",
  title: "FTP server starts automatically with TCP/IP",
  why:
    "Most systems ship with FTP set to start whenever TCP/IP starts, so ending it by hand lasts only until the next IPL. " +
    "Unless FTP is approved, it should not come back on its own.",
  source: "peers-and-checks §3.1 FTP-02; CHGFTPA (IBM); QATOCSTART fields from CBX16911 (Flensburg); ibmi-facts §2.2",
  severity: "medium",
  reads: ["tcp-autostart"],
  scanKinds: ["full"],
  remediationIds: ["ftp.autostart-off"],
  evaluate(observations, policy) {
    const autostart = observations.serverAutostart;
    if (!autostart.ok) {
      return notAssessed("IBM offers no SQL service for CHGFTPA AUTOSTART, and the server autostart file could not be read.", [autostart]);
    }
    const record = autostart.value.find((entry) => entry.server === "FTP");
    if (record === undefined || record.autostart === null) {
      return notAssessed(
        `QUSRSYS/QATOCSTART has no readable *FTP record, so FTP's AUTOSTART is unknown. Check it with CHGFTPA (F4). ${SOURCE_NOTE}`,
      );
    }
    if (!record.autostart) return pass(`FTP does not start with TCP/IP (AUTOSTART *NO in QUSRSYS/QATOCSTART). ${SOURCE_NOTE}`);
    if (policy.approvedServers.includes("ftp")) {
      return pass(`FTP starts with TCP/IP (AUTOSTART *YES) and is approved for this system. ${SOURCE_NOTE}`);
    }
    const detail =
      "FTP starts automatically with TCP/IP (AUTOSTART *YES in QUSRSYS/QATOCSTART) although FTP is not approved. " +
      `Turn it off with CHGFTPA AUTOSTART(*NO). ${SOURCE_NOTE}`;
    return fail(detail, [
      {
        key: "ftp-autostart",
        severity: "medium",
        title: "FTP starts automatically with TCP/IP",
        detail,
        evidence: evidence(autostart.statementIds, [record.row], "the *FTP record of QUSRSYS/QATOCSTART (third-party documented)", "medium"),
      },
    ]);
  },
};
