import { evidence, fail, notAssessed, pass, plural } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";
import { describeClients, remoteSessionsOn } from "@/lib/checks/remote-sessions";

export const rmt01TelnetCleartextSessions: CheckDefinition = {
  id: "RMT-01",
  panel: "remote",
  title: "5250 sessions in clear text (Telnet port 23)",
  why:
    "Each session on port 23 is someone whose password and screens cross the network unencrypted right now; TLS " +
    "sessions use port 992. Working from home makes that network the internet.",
  source: "ibmi-facts §6 (5250 Telnet without TLS); Kisco, \"IBM i security concerns while you're working from home\" (Loeber)",
  severity: "high",
  reads: ["net-connections", "net-connection-jobs"],
  scanKinds: ["full", "connections"],
  remediationIds: ["telnet.alwssl-only", "net.end-connection"],
  evaluate(observations) {
    const connections = observations.connections;
    if (!connections.ok) return notAssessed("Active connections could not be read.", [connections]);
    const clear = remoteSessionsOn(connections.value, [23]);
    const secure = remoteSessionsOn(connections.value, [992]);
    const counts = `${plural(clear.length, "session")} on port 23 (clear text), ${secure.length} on 992 (TLS).`;
    if (clear.length === 0) return pass(`No clear-text 5250 session: ${counts}`);
    const detail =
      `${counts} Clear-text sessions from: ${describeClients(clear)}. Move these users to TLS (port 992) and set ` +
      "CHGTELNA ALWSSL(*ONLY).";
    return fail(detail, [
      {
        key: "telnet-cleartext-sessions",
        severity: "high",
        title: `${plural(clear.length, "clear-text 5250 session")} on port 23`,
        detail,
        evidence: evidence(connections.statementIds, clear.map((c) => c.row), "established connections to local port 23 (QSYS2.NETSTAT_INFO)", "high"),
      },
    ]);
  },
};
