/**
 * STRTCPSVR: starts servers. Authority is *USE on the command, shipped *PUBLIC *EXCLUDE [C] (the
 * runner checks it). An active server answers with an informational message and stays as it is.
 * Starting *SSHD runs the daemon from its proper path, which is IBM's fix for the "only DB2>"
 * problem (facts §1.1).
 */
import { startHttpInstance, startServer } from "@/simulator/state/server-control";
import { CORRECT_SSHD_PATH } from "@/simulator/state/schema";
import { SERVERS } from "@/simulator/state/server-catalog";
import { message, type ClMessage } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { selectHttpInstances, selectServers, serverParameters } from "./tcp-server-values";

export const STRTCPSVR: CommandDefinition = {
  name: "STRTCPSVR",
  maxPositional: 1,
  parameters: serverParameters(),
  run({ state, now }, args) {
    const selection = selectServers(state, args.list("SERVER"));
    const instances = selectHttpInstances(state, selection, args.text("HTTPSVR"));
    const messages: ClMessage[] = [];
    for (const id of selection.servers) {
      const outcome = startServer(state, id, now);
      if (id === "sshd" && outcome === "started") state.sshd.binaryPath = CORRECT_SSHD_PATH;
      messages.push(message(outcome === "started" ? "TCP1A0F" : "TCP1A10", outcome === "started" ? "completion" : "informational", SERVERS[id].text));
    }
    for (const instance of instances) {
      const outcome = startHttpInstance(state, instance, now);
      const text = `HTTP server instance ${instance.name}`;
      messages.push(message(outcome === "started" ? "TCP1A0F" : "TCP1A10", outcome === "started" ? "completion" : "informational", text));
    }
    return { messages };
  },
};
