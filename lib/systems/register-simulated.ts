import type { Prisma } from "@/generated/prisma/client";
import { DEFAULT_POLICY, type TPolicyOverrides } from "@/lib/checks/policy";
import type { Db } from "@/lib/db/client";
import { sealSystemSecret } from "@/lib/db/system-secrets";
import { recordAudit } from "@/lib/audit/record";

export interface SimulatedSystem {
  name: string;
  host: string;
  port: number;
  user: string;
  password: string;
  hostKeySha256: string;
  scenario: string;
}

/**
 * What a site would set on day one: its payroll and HR queues are sensitive, and the dashboard's
 * own service profile is an approved holder of the authorities it needs to see everything.
 */
function demoPolicy(serviceProfile: string): TPolicyOverrides {
  const withService = (list: string[]) => [...list, serviceProfile];
  return {
    sensitiveOutputQueues: ["*ALL/PAY*", "*ALL/HR*"],
    approvedHolders: {
      "*SPLCTL": withService(DEFAULT_POLICY.approvedHolders["*SPLCTL"]),
      "*ALLOBJ": withService(DEFAULT_POLICY.approvedHolders["*ALLOBJ"]),
      "*IOSYSCFG": withService(DEFAULT_POLICY.approvedHolders["*IOSYSCFG"]),
      "*JOBCTL": withService(DEFAULT_POLICY.approvedHolders["*JOBCTL"]),
    },
  };
}

/** The demo's office network, trusted fleet-wide, so that untrusted means "not from our LAN". */
export const DEMO_TRUSTED_NETWORK = { cidr: "10.20.0.0/16", label: "Head office LAN", owner: "IT operations" };

export async function seedDemoTrust(db: Db): Promise<void> {
  if ((await db.trustedNetwork.count()) > 0) return;
  await db.$transaction(async (tx) => {
    const network = await tx.trustedNetwork.create({ data: DEMO_TRUSTED_NETWORK });
    await recordAudit(tx, { actor: null, action: "trust.create", targetType: "trusted_network", targetId: network.id, outcome: "success", detail: { ...DEMO_TRUSTED_NETWORK, via: "demo launcher" } });
  });
}

/**
 * Registers the demo's simulated fleet (the launcher runs both sides, so it knows each host key
 * first-hand). Existing systems keep their pinned key: if a simulator's key changed (its state
 * folder was wiped), the dashboard shows the host key change as it would for a real system.
 */
export async function registerSimulatedSystems(db: Db, systems: readonly SimulatedSystem[]): Promise<{ created: string[]; keyChanged: string[] }> {
  const created: string[] = [];
  const keyChanged: string[] = [];
  for (const system of systems) {
    const existing = await db.system.findUnique({ where: { name: system.name }, select: { id: true, hostKeySha256: true, port: true } });
    if (existing) {
      if (existing.port !== system.port) await db.system.update({ where: { id: existing.id }, data: { port: system.port } });
      if (existing.hostKeySha256 !== system.hostKeySha256) keyChanged.push(system.name);
      continue;
    }
    await db.$transaction(async (tx) => {
      const row = await tx.system.create({
        data: {
          name: system.name,
          host: system.host,
          port: system.port,
          userProfile: system.user,
          authMethod: "password",
          secretCiphertext: sealSystemSecret(system.password),
          hostKeySha256: system.hostKeySha256,
          tags: ["simulated", system.scenario],
          policy: demoPolicy(system.user) as Prisma.InputJsonObject,
          notes: `Simulated IBM i (scenario ${system.scenario}) started by npm run demo.`,
        },
      });
      await recordAudit(tx, {
        actor: null,
        action: "system.create",
        targetType: "system",
        targetId: row.id,
        outcome: "success",
        detail: { name: system.name, host: system.host, port: system.port, via: "demo launcher", hostKeySha256: system.hostKeySha256 },
      });
    });
    created.push(system.name);
  }
  return { created, keyChanged };
}
