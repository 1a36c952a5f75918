/**
 * ENDTCPSVR: ends servers and, immediately, their connections [C]. A server that is not active
 * gets a diagnostic and the command still completes [C; message id U]. Ending *SSHD stops new SSH
 * logins; the session that ran the command stays until it disconnects [U].
 */
import { endHttpInstance, endServer } from "@/simulator/state/server-control";
import { SERVERS } from "@/simulator/state/server-catalog";
import { message, type ClMessage } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { selectHttpInstances, selectServers, serverParameters } from "./tcp-server-values";

export const ENDTCPSVR: CommandDefinition = {
  name: "ENDTCPSVR",
  maxPositional: 1,
  parameters: serverParameters(),
  run({ state }, args) {
    const selection = selectServers(state, args.list("SERVER"));
    const instances = selectHttpInstances(state, selection, args.text("HTTPSVR"));
    const messages: ClMessage[] = [];
    for (const id of selection.servers) {
      const outcome = endServer(state, id);
      messages.push(message(outcome === "ended" ? "TCP1A11" : "TCP1A12", outcome === "ended" ? "completion" : "diagnostic", SERVERS[id].text));
    }
    for (const instance of instances) {
      const outcome = endHttpInstance(state, instance);
      const text = `HTTP server instance ${instance.name}`;
      messages.push(message(outcome === "ended" ? "TCP1A11" : "TCP1A12", outcome === "ended" ? "completion" : "diagnostic", text));
    }
    return { messages };
  },
};
