import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";
import { ftpActivity, unknownActivity } from "@/lib/checks/server-activity";

const FTP_SERVER_EXIT_POINTS = ["QIBM_QTMF_SERVER_REQ", "QIBM_QTMF_SVR_LOGON"] as const;

export const ftp04ExitPrograms: CheckDefinition = {
  id: "FTP-04",
  panel: "ftp",
  title: "FTP server running without exit programs",
  why:
    "IBM i ships its exit points empty. Without a program on the FTP logon and request exit points, nothing checks who " +
    "connects from where or what they do: object authority is the only control left.",
  source: "peers-and-checks §3.1 FTP-04; IBM FTP exit points (rzaiq); ibmi-facts §2.3",
  severity: "high",
  reads: ["exit-programs", "ftp-jobs", "net-listeners"],
  scanKinds: ["full"],
  remediationIds: [],
  evaluate(observations, policy) {
    const activity = ftpActivity(observations);
    if (activity.running === false) return pass("The FTP server is not running, so its exit points are not in use.");
    if (activity.running === null) return unknownActivity(activity, "FTP");
    const programs = observations.exitPrograms;
    if (!programs.ok) return notAssessed("The FTP server runs, but its exit-point registrations could not be read.", [programs]);
    const registered = programs.value.filter((p) => (FTP_SERVER_EXIT_POINTS as readonly string[]).includes(p.exitPoint));
    const missing = FTP_SERVER_EXIT_POINTS.filter((point) => !registered.some((p) => p.exitPoint === point));
    if (missing.length === 0) {
      const names = registered.map((p) => `${p.exitPoint}: ${p.library ?? "?"}/${p.program ?? "?"}`).join("; ");
      return pass(`The FTP server runs with exit programs on both the logon and the request exit points (${names}).`);
    }
    const both = missing.length === FTP_SERVER_EXIT_POINTS.length;
    const severity = both ? (policy.internetFacing ? "critical" : "high") : policy.internetFacing ? "high" : "medium";
    const detail =
      `The FTP server runs and no exit program is registered on ${missing.join(" and ")}. ` +
      "Register an exit program (your own or a security product's) with ADDEXITPGM, then restart FTP.";
    return fail(detail, [
      {
        key: "ftp-exit-points",
        severity,
        title: both ? "FTP runs with no exit program at all" : `FTP runs without an exit program on ${missing[0]}`,
        detail,
        evidence: evidence(
          [...programs.statementIds, ...activity.evidence.statementIds],
          [...registered.map((p) => p.row), ...activity.evidence.rows],
          `QSYS2.EXIT_PROGRAM_INFO lists no program for ${missing.join(", ")}; ${activity.evidence.determinedBy}`,
          "high",
        ),
      },
    ]);
  },
};
