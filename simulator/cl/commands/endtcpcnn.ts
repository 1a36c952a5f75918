/**
 * ENDTCPCNN: ends TCP connections at once [C]. Access is controlled by authority to the command
 * (the runner checks it; scenarios ship it *PUBLIC *EXCLUDE). '*' as an address matches any
 * local or remote address; RMTPORT(*) ends every connection from that remote address and port
 * pair's address. UDP endpoints are not modelled, so PROTOCOL(*UDP) never finds one.
 */
import { liveConnections } from "@/simulator/state/connections";
import { analyzerFailure, escapeFailure } from "../cl-failure";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { ADDRESS, IPV4, special } from "./common-types";

const PORT = { kind: "integer", min: 1, max: 65535 } as const;

export const ENDTCPCNN: CommandDefinition = {
  name: "ENDTCPCNN",
  maxPositional: 5,
  parameters: [
    { keyword: "PROTOCOL", type: special("*UDP", "*TCP"), required: true },
    { keyword: "LCLINTNETA", type: ADDRESS, required: true },
    { keyword: "LCLPORT", type: PORT, required: true },
    { keyword: "RMTINTNETA", type: ADDRESS },
    { keyword: "RMTPORT", type: { ...PORT, special: ["*"] }, default: "*" },
  ],
  run({ state, now, sessions, endSession }, args) {
    const protocol = args.text("PROTOCOL");
    if (protocol === "*TCP" && !args.has("RMTINTNETA")) throw analyzerFailure("CPD0072", "RMTINTNETA");
    const local = args.text("LCLINTNETA");
    const remote = args.has("RMTINTNETA") ? args.text("RMTINTNETA") : "*";
    for (const address of [local, remote]) {
      if (address !== "*" && address !== "::" && !IPV4.test(address)) throw escapeFailure("TCP1901", address);
    }
    const localPort = Number(args.number("LCLPORT"));
    const remotePort = args.number("RMTPORT");
    const matches = liveConnections(state, now, sessions).filter(
      (connection) =>
        protocol === "*TCP" &&
        connection.localPort === localPort &&
        (local === "*" || local === "0.0.0.0" || local === state.hostAddress) &&
        (remote === "*" || connection.remoteAddress === remote) &&
        (remotePort === "*" || connection.remotePort === remotePort),
    );
    if (matches.length === 0) throw escapeFailure("TCP2671", local, localPort, remote, String(remotePort));
    for (const connection of matches) {
      if (connection.origin === "state") state.connections = state.connections.filter((c) => c.id !== connection.id);
      if (connection.origin === "churn") state.endedChurn.push({ id: connection.id, until: connection.endsAt! });
      if (connection.origin === "session") endSession(connection.id);
    }
    return { messages: matches.map((c) => message("TCP2670", "completion", c.remoteAddress, c.remotePort)) };
  },
};
