import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";
import { computeExposureHours } from "@/lib/checks/exposure-hours";
import type { TServiceWindow } from "@/lib/checks/policy";

const hours = (value: number) => `${Math.round(value * 10) / 10} h`;

const describeWindow = (window: TServiceWindow) =>
  `${window.days.join(", ")} ${window.from}–${window.to} (${window.timeZone})`;

export const ftp03ExposureHours: CheckDefinition = {
  id: "FTP-03",
  panel: "ftp",
  title: "FTP listening outside its approved window",
  why:
    "Every hour FTP listens is an hour someone can try passwords against it. Ending it outside business hours closes " +
    "the door for most of the week (16 of 24 hours, in Loeber's example) at no cost to the people who use it.",
  source: "peers-and-checks §3.1 FTP-03 and §6 item 3; Kisco, \"More tips for securing FTP\" (Loeber)",
  severity: "medium",
  reads: ["net-listeners", "ftp-jobs"],
  scanKinds: ["full", "connections"],
  remediationIds: ["ftp.schedule-window", "ftp.end-server"],
  evaluate(observations, policy, context) {
    const approved = policy.approvedServers.includes("ftp");
    if (approved && policy.ftpWindow === null) {
      return pass("FTP is approved for this system without a time window, so no listening hour counts as exposure.");
    }
    const window = approved ? policy.ftpWindow : null;
    if (context.ftpListeningHistory.length === 0) {
      return notAssessed(
        "No FTP listening samples have been recorded yet; every scan records one, so exposure hours appear after the next scans.",
      );
    }
    const result = computeExposureHours(context.ftpListeningHistory, window, context.now, { maxGapMinutes: context.ftpSampleGapMinutes });
    if (result.observedHours === 0) {
      return notAssessed("No FTP listening sample falls within the last 7 days, so exposure hours cannot be computed.");
    }
    const allowed = window === null ? "FTP is not approved, so every listening hour counts" : `window ${describeWindow(window)}`;
    const coverage = result.observedHours < 168 ? ` Samples cover ${hours(result.observedHours)} of the last 168 h.` : "";
    const summary =
      `FTP listened ${hours(result.listeningHours)} in the last 7 days, ${hours(result.exposureHours)} of them outside its allowed hours (${allowed}).` +
      coverage;
    if (result.exposureHours <= policy.maxFtpExposureHoursPerWeek) return pass(summary);
    const detail = `${summary} Schedule FTP to end outside the window (ENDTCPSVR/STRTCPSVR job schedule entries) or end it now.`;
    const samples = context.ftpListeningHistory.length;
    return fail(detail, [
      {
        key: "ftp-exposure",
        severity: "medium",
        title: `FTP listened ${hours(result.exposureHours)} outside its window this week`,
        detail,
        evidence: evidence(
          ["net-listeners", "ftp-jobs"],
          [],
          `${samples} listening sample(s) from earlier scans (listener on 21/990 or QTFTP* jobs)`,
          result.observedHours >= 168 ? "high" : "medium",
        ),
      },
    ]);
  },
};
