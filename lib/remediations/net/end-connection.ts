import { z } from "zod";
import { canonicalAddress } from "@/lib/net/ip-address";
import { makePlan, noUndo } from "../shared/plan";
import { describeConnection } from "../shared/sessions";
import type { RemediationDefinition } from "../types";
import { connectionChoice, connectionRef, endConnectionStep, remoteConnections, ZConnectionRef } from "./connection-ref";

const ZParams = z.object({ connection: ZConnectionRef }).strict();
type Params = z.infer<typeof ZParams>;

const TITLE = "End one connection (ENDTCPCNN)";

/**
 * Ends one established connection at once (NET-01, RMT-01). The command is built from the row
 * read just before the run: if that exact connection is gone, nothing runs. IBM recommends
 * ENDTCPCNN only when a normal end is not possible [C]; the session's user loses unsaved work.
 */
export const netEndConnection: RemediationDefinition<Params> = {
  id: "net.end-connection",
  title: TITLE,
  panel: "connections",
  description: "Runs ENDTCPCNN for one connection, with the addresses and ports read from the system just before. The connection ends immediately; it cannot be restored.",
  offered: true,
  commands: ["ENDTCPCNN"],
  params: ZParams,
  fields: [{ name: "connection", label: "Connection", kind: "choice", help: "Remote address and port, local port, job and user, as read from the system." }],
  reads: ["net-connections", "net-connection-jobs"],
  extraReads: ["tcp-command-privileges"],
  defaults(target, state) {
    const candidates = remoteConnections(state);
    const [remote, localPort] = target?.checkId === "NET-01" ? target.key.split("|") : [];
    const match =
      target?.checkId === "NET-01"
        ? candidates.find((c) => canonicalAddress(c.remoteAddress) === canonicalAddress(remote ?? "") && String(c.localPort) === localPort)
        : target?.checkId === "RMT-01"
          ? candidates.find((c) => c.localPort === 23)
          : undefined;
    return match ? { connection: connectionRef(match) } : null;
  },
  choices: (state) => ({ connection: remoteConnections(state).map(connectionChoice) }),
  plan(state, params) {
    if (!state.observations.connections.ok) {
      return makePlan({ summary: TITLE, blockers: [`Active connections could not be read: ${state.observations.connections.failure.explanation}`] });
    }
    const connection = remoteConnections(state).find((c) => connectionRef(c) === params.connection);
    const [remote, remotePort, localPort] = params.connection.split("|");
    const summary = `End the connection from ${remote}:${remotePort} to port ${localPort}`;
    if (!connection) return makePlan({ summary, blockers: ["That connection is no longer established; there is nothing to end."] });
    const built = endConnectionStep(connection, `ends ${describeConnection(connection)} immediately`);
    if ("blocker" in built) return makePlan({ summary, blockers: [built.blocker] });
    return makePlan({
      summary,
      steps: [built.step],
      changes: [{ subject: `Connection ${remote}:${remotePort} to port ${localPort}`, before: "established", after: "ended" }],
      impact: [`Ends the session ${describeConnection(connection)} at once; anything unsaved in it is lost. The client can connect again unless it is stopped elsewhere.`],
      disruptive: true,
      prior: { captured: { connection: describeConnection(connection), localAddress: connection.localAddress }, unknown: [] },
      undo: noUndo("An ended connection cannot be restored; the client has to connect again."),
      verifies: ["the connection no longer appears in QSYS2.NETSTAT_INFO"],
    });
  },
  verifyState(after, params) {
    const connections = after.observations.connections;
    const still = remoteConnections(after).some((c) => connectionRef(c) === params.connection);
    return [
      {
        description: "The connection is no longer established",
        ok: connections.ok && !still,
        observed: connections.ok ? (still ? "still established" : "gone from QSYS2.NETSTAT_INFO") : connections.failure.explanation,
      },
    ];
  },
};
