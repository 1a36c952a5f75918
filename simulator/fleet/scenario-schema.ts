/**
 * A scenario file (simulator/scenarios/*.json): one kind of system, described as the state it
 * starts in. Times are relative to "now" (connections) so a scenario never goes stale, and
 * servers marked running are started as if at the last IPL.
 */
import { z } from "zod";
import { ZObjectName, ZSystemState } from "@/simulator/state/schema";

export const ZScenarioConnection = z.object({
  localPort: z.number().int().min(1).max(65535),
  remoteAddress: z.ipv4(),
  /** Left out: an ephemeral port is chosen per system. */
  remotePort: z.number().int().min(1).max(65535).optional(),
  user: ZObjectName,
  connectedMinutesAgo: z.number().min(0).default(30),
  idleSeconds: z.number().int().min(0).default(45),
  bytesSent: z.number().int().min(0).default(250_000),
  bytesReceived: z.number().int().min(0).default(40_000),
});
export type TScenarioConnection = z.infer<typeof ZScenarioConnection>;

export const ZScenario = z
  .object({
    name: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "kebab-case scenario name"),
    description: z.string().min(1),
    /** Position in a fleet's rotation (lowest first, then by name). */
    fleetOrder: z.number().int().default(100),
    /** First two characters of generated system names: NP0001, HD0002, … */
    namePrefix: z.string().regex(/^[A-Z][A-Z0-9]$/),
    /** The profile the dashboard signs on with; it must be in system.users with a password. */
    serviceUser: ZObjectName,
    system: ZSystemState.omit({ formatVersion: true, name: true, scenario: true, connections: true, endedChurn: true, schedulerCheckedAt: true }).extend({
      connections: z.array(ZScenarioConnection).default([]),
    }),
  })
  .superRefine((scenario, ctx) => {
    const users = new Map(scenario.system.users.map((user) => [user.name, user]));
    const service = users.get(scenario.serviceUser);
    if (!service?.password) ctx.addIssue({ code: "custom", path: ["serviceUser"], message: "must be a user in system.users with a password" });
    const names = new Set(users.keys());
    for (const [index, user] of scenario.system.users.entries()) {
      for (const group of [user.groupProfile, ...user.supplementalGroups]) {
        if (group && !names.has(group) && !["QSECOFR", "QSYS"].includes(group)) {
          ctx.addIssue({ code: "custom", path: ["system", "users", index], message: `group profile ${group} is not defined` });
        }
      }
    }
    for (const [index, queue] of scenario.system.outputQueues.entries()) {
      const owner = queue.authority.owner;
      if (!names.has(owner) && !owner.startsWith("Q")) {
        ctx.addIssue({ code: "custom", path: ["system", "outputQueues", index], message: `owner ${owner} is not defined` });
      }
    }
  });
export type TScenario = z.infer<typeof ZScenario>;
