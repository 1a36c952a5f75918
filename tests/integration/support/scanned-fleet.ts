import { randomBytes } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { executeScan } from "@/lib/scans/execute-scan";
import { DEMO_TRUSTED_NETWORK, registerSimulatedSystems } from "@/lib/systems/register-simulated";
import { sshPool } from "@/lib/systems/connection";
import { Simulator } from "@/simulator/simulator";
import { SimClock } from "@/simulator/state/clock";

/**
 * Simulated IBM i systems registered as Portcullis systems (with the demo's day-one policy and the
 * office LAN trusted), scanned through the real code path: pinned SSH, one SQL exec, checks,
 * persistence. Churn is off and the clock frozen, so what a scan sees is exactly the scenario.
 */
export interface ScannedFleet {
  sim: Simulator;
  systemId(name: string): string;
  scan(name: string, kind?: "full" | "connections"): Promise<{ id: string; status: string; execRoundTrips: number | null; errorType: string | null }>;
  openFindings(name: string): Promise<string[]>;
  /** Drop the pooled SSH connection, so the next command signs on afresh (faults at sign-on apply). */
  reconnect(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function startScannedFleet(scenarios: string[]): Promise<ScannedFleet> {
  const sim = await Simulator.start({
    scenarios,
    clock: new SimClock({ start: new Date("2026-11-18T10:00:00Z"), frozen: true }),
    schedulerIntervalMs: 0,
  });
  for (const { name } of sim.systems()) {
    const runtime = sim.system(name);
    runtime.state.churn.enabled = false;
    runtime.changed();
  }
  // Test files share one database: each fleet registers its systems under its own prefix.
  const prefix = `T${randomBytes(2).toString("hex").toUpperCase()}-`;
  await registerSimulatedSystems(
    prisma,
    sim.systems().map((system) => ({ ...system, name: `${prefix}${system.name}`, scenario: sim.system(system.name).scenario.name })),
  );
  const rows = await prisma.system.findMany({ where: { name: { startsWith: prefix } }, select: { id: true, name: true } });
  // The office LAN is trusted for these systems only, so no other test file sees (or disturbs) it.
  await prisma.trustedNetwork.createMany({ data: rows.map((row) => ({ ...DEMO_TRUSTED_NETWORK, systemId: row.id })) });
  const ids = new Map(rows.map((row) => [row.name.slice(prefix.length), row.id]));
  const systemId = (name: string) => {
    const id = ids.get(name);
    if (!id) throw new Error(`no registered system ${name}`);
    return id;
  };
  return {
    sim,
    systemId,
    async scan(name, kind = "full") {
      const scan = await prisma.scan.create({ data: { systemId: systemId(name), kind, trigger: "manual" } });
      await executeScan(prisma, scan.id, { workerId: "integration-test" });
      return prisma.scan.findUniqueOrThrow({ where: { id: scan.id }, select: { id: true, status: true, execRoundTrips: true, errorType: true } });
    },
    async openFindings(name) {
      const findings = await prisma.finding.findMany({ where: { systemId: systemId(name), status: "open" }, select: { checkId: true, key: true } });
      return findings.map((finding) => `${finding.checkId} ${finding.key}`).sort();
    },
    async reconnect(name) {
      await sshPool().invalidate(systemId(name));
    },
    async close() {
      for (const id of ids.values()) await sshPool().invalidate(id);
      await sim.stop();
    },
  };
}
