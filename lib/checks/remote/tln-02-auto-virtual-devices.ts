import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";

export const tln02AutoVirtualDevices: CheckDefinition = {
  id: "TLN-02",
  panel: "remote",
  title: "Telnet creates virtual devices on demand (QAUTOVRT)",
  why:
    "QAUTOVRT lets the system create a new virtual device for every Telnet session. Someone guessing passwords gets a " +
    "fresh device each time instead of running into a fixed, watched pool.",
  source: "peers-and-checks §3.5 TLN-02; Loeber, \"Controlling Telnet sessions\"; QSYS2.SYSTEM_VALUE_INFO (IBM)",
  severity: "medium",
  reads: ["system-values"],
  scanKinds: ["full"],
  remediationIds: [],
  evaluate(observations, policy) {
    const values = observations.systemValues;
    if (!values.ok) return notAssessed("System values could not be read.", [values]);
    const qautovrt = values.value.find((v) => v.name === "QAUTOVRT");
    if (qautovrt === undefined) return notAssessed("QSYS2.SYSTEM_VALUE_INFO returned no QAUTOVRT row.");
    const unlimited = qautovrt.character?.toUpperCase() === "*NOMAX";
    if (!unlimited && qautovrt.numeric === null) return notAssessed("QAUTOVRT came back with no readable value.");
    const shown = unlimited ? "*NOMAX" : String(qautovrt.numeric);
    if (!unlimited && (qautovrt.numeric ?? 0) <= policy.maxAutoVirtualDevices) {
      return pass(`QAUTOVRT is ${shown} (policy allows up to ${policy.maxAutoVirtualDevices}).`);
    }
    const detail =
      `QAUTOVRT is ${shown}: the system creates up to ${unlimited ? "an unlimited number of" : shown} virtual devices on demand ` +
      `(policy allows ${policy.maxAutoVirtualDevices}). Set it with CHGSYSVAL SYSVAL(QAUTOVRT) VALUE(${policy.maxAutoVirtualDevices}) ` +
      "and create the named devices the users need.";
    return fail(detail, [
      {
        key: "QAUTOVRT",
        severity: "medium",
        title: `QAUTOVRT allows ${shown} automatic virtual devices`,
        detail,
        evidence: evidence(values.statementIds, [qautovrt.row], "QAUTOVRT in QSYS2.SYSTEM_VALUE_INFO", "high"),
      },
    ]);
  },
};
