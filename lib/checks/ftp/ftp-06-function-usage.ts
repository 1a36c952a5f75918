import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";

export const ftp06FunctionUsage: CheckDefinition = {
  id: "FTP-06",
  panel: "ftp",
  title: "FTP server functions allowed to everyone by default",
  why:
    "IBM ships the FTP function usage IDs (QIBM_QTMF_SERVER_REQ_*) allowed for every profile. With the default set to " +
    "denied, only the users and groups an officer names can sign on to FTP or run its commands, even without an exit program.",
  source: "peers-and-checks §3.1 FTP-06; Kisco, \"Controlling FTP with IBM i function usage\"; QSYS2.FUNCTION_INFO (IBM)",
  severity: "medium",
  reads: ["ftp-function-defaults", "probe-function-usage"],
  scanKinds: ["full"],
  remediationIds: [],
  evaluate(observations) {
    const defaults = observations.ftpFunctionDefaults;
    if (!defaults.ok) return notAssessed("The FTP function usage defaults could not be read.", [defaults]);
    if (defaults.value.length === 0) {
      return notAssessed("No QIBM_QTMF_SERVER_REQ function usage IDs are registered on this system, so there is nothing to judge.");
    }
    const open = defaults.value.filter((entry) => entry.defaultUsage === "ALLOWED");
    if (open.length === 0) {
      return pass(`All ${defaults.value.length} FTP server function usage IDs default to *DENIED.`);
    }
    const usage = observations.functionUsage;
    const named = usage.ok ? usage.value.filter((entry) => entry.functionId.startsWith("QIBM_QTMF_SERVER_REQ")) : [];
    const namedText = usage.ok
      ? ` ${named.length} explicit user or group entr${named.length === 1 ? "y exists" : "ies exist"} for these IDs.`
      : "";
    const ids = open.map((entry) => entry.functionId).join(", ");
    const detail =
      `${open.length} FTP server function usage ID(s) default to *ALLOWED: ${ids}.${namedText} ` +
      "Set the default to denied and allow named users or groups: CHGFCNUSG FCNID(<id>) DEFAULT(*DENIED), then CHGFCNUSG FCNID(<id>) USER(<user>) USAGE(*ALLOWED).";
    return fail(detail, [
      {
        key: "ftp-function-usage",
        severity: "medium",
        title: "FTP server functions allowed to everyone by default",
        detail,
        evidence: evidence(defaults.statementIds, open.map((entry) => entry.row), "DEFAULT_USAGE in QSYS2.FUNCTION_INFO", "high"),
      },
    ]);
  },
};
