import { classifyAddress } from "@/lib/net/address-class";
import { parseCidr } from "@/lib/net/cidr";
import { cidrContains } from "@/lib/net/cidr";
import { parseIpAddress } from "@/lib/net/ip-address";
import { matchTrustedNetwork } from "@/lib/net/trusted-networks";
import { addressNetwork, trustProblem, trustScope } from "@/lib/trust/trusted-networks";
import { endOfUtcDay } from "@/lib/utc-day";
import { makePlan } from "../shared/plan";
import { describeConnection } from "../shared/sessions";
import type { PlanContext, RemediationDefinition, SystemState } from "../types";
import { remoteConnections } from "./connection-ref";
import { describeTrust, TRUST_FIELDS, ZTrustParams, type TTrustParams } from "./trust-params";

/** Connections from the network to the ports, the ones the new entry would cover. */
function covered(state: SystemState, params: TTrustParams) {
  const cidr = parseCidr(params.cidr)!;
  return remoteConnections(state).filter((c) => {
    const address = parseIpAddress(c.remoteAddress);
    return address !== null && cidrContains(cidr, address) && (params.localPorts.length === 0 || params.localPorts.includes(c.localPort));
  });
}

const untrustedNow = (state: SystemState, params: TTrustParams, context: PlanContext) =>
  covered(state, params).filter((c) => matchTrustedNetwork(c.remoteAddress, c.localPort, context.trustedNetworks, context.now) === null);

/**
 * Trust an address or network instead of ending its connections (NET-01): a Portcullis-side
 * change, no IBM i command. NET-01 stops reporting connections from it; nothing on the system changes.
 */
export const netTrustNetwork: RemediationDefinition<TTrustParams> = {
  id: "net.trust-network",
  title: "Trust this address or network",
  panel: "connections",
  description: "Adds a trusted network in Portcullis (audited). Connections from it are no longer reported by NET-01; nothing changes on the IBM i.",
  offered: true,
  extraPermission: "trust.manage",
  commands: [],
  params: ZTrustParams,
  fields: TRUST_FIELDS,
  reads: ["net-connections", "net-connection-jobs"],
  extraReads: [],
  defaults(target) {
    if (target?.checkId !== "NET-01") return null;
    const [remote, localPort] = target.key.split("|");
    if (parseIpAddress(remote ?? "") === null) return null;
    return {
      cidr: addressNetwork(remote!),
      label: `Trusted from the NET-01 finding for ${remote}`,
      owner: null,
      localPorts: localPort ? [Number(localPort)] : [],
      expiresAt: null,
      thisSystemOnly: true,
    };
  },
  plan(state, params, context) {
    const summary = `Trust ${params.cidr}`;
    const cidr = parseCidr(params.cidr)!;
    // The rules the save applies (lib/trust): a plan never promises what the save then refuses.
    const systemId = params.thisSystemOnly ? context.systemId : null;
    const same = context.trustedNetworks.find((n) => n.cidr === params.cidr && n.systemId === systemId);
    const expiresAt = params.expiresAt ? endOfUtcDay(params.expiresAt) : null;
    const problem = trustProblem({ cidr: params.cidr, expiresAt }, context.now, same ? { label: same.label, scope: trustScope(systemId ? context.systemName : null) } : null);
    if (problem) return makePlan({ summary, blockers: [problem.message] });
    const wide = classifyAddress({ family: cidr.family, value: cidr.network }) === "public" && cidr.prefix < (cidr.family === 4 ? 24 : 48);
    const newlyTrusted = untrustedNow(state, params, context);
    return makePlan({
      summary,
      steps: [
        {
          kind: "dashboard",
          change: { kind: "add-trusted-network", cidr: params.cidr, label: params.label, owner: params.owner, localPorts: params.localPorts, expiresAt: params.expiresAt, thisSystemOnly: params.thisSystemOnly },
          description: `Add trusted network ${describeTrust(params)}`,
          why: "NET-01 matches connections against the trusted networks",
        },
      ],
      changes: [{ subject: "Trusted networks", before: `${context.trustedNetworks.length} apply to ${context.systemName}`, after: `plus ${describeTrust(params)}` }],
      impact: [
        newlyTrusted.length > 0
          ? `NET-01 stops reporting ${newlyTrusted.length} current connection(s): ${newlyTrusted.map(describeConnection).join(", ")}.`
          : "No current connection comes from this network.",
        "No session is ended and nothing changes on the IBM i.",
      ],
      warnings: wide ? [`${params.cidr} is a wide public range; trust the narrowest network that the owner actually uses.`] : [],
      prior: { captured: { trustedNetworks: context.trustedNetworks.length }, unknown: [] },
      // The id of the new entry is known only after the run (undoAfterRun).
      undo: { available: true, actionId: "net.untrust-network", params: {}, description: `Remove the trusted network ${params.cidr} again.` },
      verifies: [`NET-01 no longer reports connections from ${params.cidr}`],
    });
  },
  verifyState(after, params, context) {
    const left = untrustedNow(after, params, context);
    return [
      {
        description: `Connections from ${params.cidr} match a trusted network`,
        ok: left.length === 0,
        observed: left.length === 0 ? "every current connection from it is trusted" : `still untrusted: ${left.map(describeConnection).join(", ")}`,
      },
    ];
  },
  undoAfterRun(_params, outputs) {
    const id = outputs.find((output) => typeof output.trustedNetworkId === "string")?.trustedNetworkId;
    return typeof id === "string"
      ? { available: true, actionId: "net.untrust-network", params: { trustedNetworkId: id }, description: "Remove the trusted network this run added." }
      : { available: false, reason: "The trusted network was not created." };
  },
};
