import { conclude, evidence, notAssessed } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";

export const net05EndTcpCnnAuthority: CheckDefinition = {
  id: "NET-05",
  panel: "connections",
  title: "Anyone may end other people's connections",
  why:
    "ENDTCPCNN drops any TCP connection at once: in the wrong hands it cuts off users, interfaces and the operators " +
    "themselves. IBM relies on authority to the command itself to limit it.",
  source: "peers-and-checks §3.3 NET-05; ENDTCPCNN (IBM); ibmi-facts §4.2",
  severity: "medium",
  reads: ["endtcpcnn-privileges"],
  scanKinds: ["full"],
  remediationIds: [],
  evaluate(observations) {
    const privileges = observations.endTcpCnnPrivileges;
    if (!privileges.ok) return notAssessed("The authority to ENDTCPCNN could not be read.", [privileges]);
    const publicEntry = privileges.value.find((p) => p.user === "*PUBLIC");
    if (publicEntry === undefined) {
      return notAssessed("OBJECT_PRIVILEGES returned no *PUBLIC authority for QSYS/ENDTCPCNN, so who may use it is unknown.");
    }
    const privateUsers = privileges.value.filter((p) => p.user !== "*PUBLIC" && p.authority !== "*EXCLUDE");
    const privateText = privateUsers.length > 0 ? ` Private authority: ${privateUsers.map((p) => `${p.user} ${p.authority}`).join(", ")}.` : "";
    if (publicEntry.authority === "*EXCLUDE") {
      return conclude(`ENDTCPCNN is *PUBLIC *EXCLUDE.${privateText}`, [], [privileges.incomplete]);
    }
    const detail =
      `*PUBLIC has ${publicEntry.authority ?? "USER DEF"} authority to QSYS/ENDTCPCNN, so every user may end any TCP connection.` +
      `${privateText} Restrict it: RVKOBJAUT OBJ(QSYS/ENDTCPCNN) OBJTYPE(*CMD) USER(*PUBLIC) AUT(*ALL), then grant *USE to the operators who need it.`;
    return conclude(detail, [
      {
        key: "endtcpcnn-public",
        severity: "medium",
        title: "Anyone may end other people's connections",
        detail,
        evidence: evidence(privileges.statementIds, [publicEntry.row], "*PUBLIC row for QSYS/ENDTCPCNN in QSYS2.OBJECT_PRIVILEGES", "high"),
      },
    ], [privileges.incomplete]);
  },
};
