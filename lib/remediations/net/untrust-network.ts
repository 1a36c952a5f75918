import { z } from "zod";
import { makePlan } from "../shared/plan";
import type { RemediationDefinition } from "../types";
import { utcDayOf } from "@/lib/utc-day";

const ZParams = z.object({ trustedNetworkId: z.uuid() }).strict();
type Params = z.infer<typeof ZParams>;

/** The undo of trusting a network: removes the entry that run added (Portcullis-side only). */
export const netUntrustNetwork: RemediationDefinition<Params> = {
  id: "net.untrust-network",
  title: "Stop trusting a network",
  panel: "connections",
  description: "Removes a trusted network in Portcullis (audited); NET-01 reports connections from it again.",
  offered: false,
  extraPermission: "trust.manage",
  commands: [],
  params: ZParams,
  fields: [],
  reads: ["net-connections", "net-connection-jobs"],
  extraReads: [],
  defaults: () => null,
  plan(_state, params, context) {
    const network = context.trustedNetworks.find((n) => n.id === params.trustedNetworkId);
    if (!network) return makePlan({ summary: "Stop trusting a network", blockers: ["That trusted network no longer exists."] });
    const ports = network.localPorts && network.localPorts.length > 0 ? network.localPorts : [];
    return makePlan({
      summary: `Stop trusting ${network.cidr}`,
      steps: [{ kind: "dashboard", change: { kind: "remove-trusted-network", trustedNetworkId: network.id! }, description: `Remove trusted network ${network.cidr} (${network.label})`, why: "NET-01 reports its connections again" }],
      changes: [{ subject: "Trusted networks", before: `${network.cidr} (${network.label}) trusted`, after: "removed" }],
      impact: ["NET-01 reports connections from this network again at the next scan. Nothing changes on the IBM i."],
      prior: { captured: { cidr: network.cidr, label: network.label }, unknown: [] },
      undo: {
        available: true,
        actionId: "net.trust-network",
        params: {
          cidr: network.cidr,
          label: network.label,
          owner: network.owner ?? null,
          localPorts: ports,
          expiresAt: network.expiresAt ? utcDayOf(network.expiresAt) : null,
          thisSystemOnly: network.systemId !== null,
        },
        description: `Trust ${network.cidr} again.`,
      },
      verifies: [`${network.cidr} is no longer in the trusted networks`],
    });
  },
  verifyState(_after, params, context) {
    const still = context.trustedNetworks.some((n) => n.id === params.trustedNetworkId);
    return [{ description: "The trusted network is removed", ok: !still, observed: still ? "still listed" : "removed" }];
  },
};
