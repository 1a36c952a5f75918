/**
 * STRHOSTSVR and ENDHOSTSVR: the host servers (as-svrmap, database, signon, central, remote
 * command, file, data queue, network print) start and end together here.
 */
import { endServer, startServer } from "@/simulator/state/server-control";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { special } from "./common-types";

const SERVER_PARAMETER = {
  keyword: "SERVER",
  type: { kind: "list", of: special("*ALL", "*CENTRAL", "*DATABASE", "*DTAQ", "*FILE", "*NETPRT", "*RMTCMD", "*SIGNON", "*SVRMAP"), max: 8, alone: ["*ALL"] },
  default: ["*ALL"],
} as const;

export const STRHOSTSVR: CommandDefinition = {
  name: "STRHOSTSVR",
  maxPositional: 1,
  parameters: [SERVER_PARAMETER],
  run({ state, now }) {
    const outcome = startServer(state, "hostServers", now);
    return { messages: [message(outcome === "started" ? "TCP1A0F" : "TCP1A10", "completion", "Host servers")] };
  },
};

export const ENDHOSTSVR: CommandDefinition = {
  name: "ENDHOSTSVR",
  maxPositional: 1,
  parameters: [SERVER_PARAMETER],
  run({ state }) {
    const outcome = endServer(state, "hostServers");
    return { messages: [message(outcome === "ended" ? "TCP1A11" : "TCP1A12", outcome === "ended" ? "completion" : "diagnostic", "Host servers")] };
  },
};
