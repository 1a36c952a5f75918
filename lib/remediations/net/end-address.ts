import { z } from "zod";
import { canonicalAddress } from "@/lib/net/ip-address";
import { matchTrustedNetwork } from "@/lib/net/trusted-networks";
import { makePlan, noUndo } from "../shared/plan";
import { describeConnection } from "../shared/sessions";
import type { PlannedStep, RemediationDefinition } from "../types";
import { endConnectionStep, remoteConnections } from "./connection-ref";

const ZParams = z
  .object({
    remoteAddress: z
      .string()
      .trim()
      .refine((text) => canonicalAddress(text) !== null, "An IPv4 or IPv6 address")
      .transform((text) => canonicalAddress(text)!),
  })
  .strict();
type Params = z.infer<typeof ZParams>;

/**
 * Ends every established connection from one untrusted address (NET-01): one ENDTCPCNN per
 * connection, each built from the row read just before the run. An address inside a trusted
 * network is refused here: ending trusted sessions wholesale is not a fix.
 */
export const netEndAddress: RemediationDefinition<Params> = {
  id: "net.end-address",
  title: "End every connection from an address",
  panel: "connections",
  description: "Runs ENDTCPCNN once for each connection from the address, as read from the system just before. All of them end immediately.",
  offered: true,
  commands: ["ENDTCPCNN"],
  params: ZParams,
  fields: [{ name: "remoteAddress", label: "Remote address", kind: "text", placeholder: "203.0.113.7" }],
  reads: ["net-connections", "net-connection-jobs"],
  extraReads: ["tcp-command-privileges"],
  defaults(target) {
    const remote = target?.checkId === "NET-01" ? target.key.split("|")[0] : undefined;
    return remote ? { remoteAddress: remote } : null;
  },
  plan(state, params, context) {
    const summary = `End every connection from ${params.remoteAddress}`;
    if (!state.observations.connections.ok) {
      return makePlan({ summary, blockers: [`Active connections could not be read: ${state.observations.connections.failure.explanation}`] });
    }
    const connections = remoteConnections(state).filter((c) => canonicalAddress(c.remoteAddress) === params.remoteAddress);
    if (connections.length === 0) return makePlan({ summary, blockers: [`No connection from ${params.remoteAddress} is established now.`] });
    const trusted = connections.map((c) => matchTrustedNetwork(c.remoteAddress, c.localPort, context.trustedNetworks, context.now)).find((n) => n !== null);
    if (trusted) {
      return makePlan({ summary, blockers: [`${params.remoteAddress} is in the trusted network ${trusted.cidr} (${trusted.label}); end single connections instead, or remove the trust first.`] });
    }
    const steps: PlannedStep[] = [];
    for (const c of connections) {
      const built = endConnectionStep(c, `ends ${describeConnection(c)}`);
      if ("blocker" in built) return makePlan({ summary, blockers: [built.blocker] });
      steps.push(built.step);
    }
    return makePlan({
      summary,
      steps,
      changes: [{ subject: `Connections from ${params.remoteAddress}`, before: `${connections.length} established`, after: "none" }],
      impact: [`Ends ${connections.length} session(s) at once; anything unsaved in them is lost: ${connections.map(describeConnection).join(", ")}.`, "The address can connect again unless it is blocked elsewhere (firewall, exit program)."],
      disruptive: true,
      prior: { captured: { connections: connections.map(describeConnection) }, unknown: [] },
      undo: noUndo("Ended connections cannot be restored; the clients have to connect again."),
      verifies: [`no connection from ${params.remoteAddress} in QSYS2.NETSTAT_INFO`],
    });
  },
  verifyState(after, params) {
    const connections = after.observations.connections;
    const left = remoteConnections(after).filter((c) => canonicalAddress(c.remoteAddress) === params.remoteAddress);
    return [
      {
        description: `No connection from ${params.remoteAddress} is established`,
        ok: connections.ok && left.length === 0,
        observed: connections.ok ? (left.length === 0 ? "none in QSYS2.NETSTAT_INFO" : `${left.length} still established (new ones may have opened)`) : connections.failure.explanation,
      },
    ];
  },
};
