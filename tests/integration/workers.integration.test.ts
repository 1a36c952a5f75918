import { spawn, type ChildProcess } from "node:child_process";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import type { PgBoss } from "pg-boss";
import { prisma } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { startBoss } from "@/lib/jobs/boss";
import { requestScan } from "@/lib/scans/request-scan";
import { registerSimulatedSystems } from "@/lib/systems/register-simulated";
import { Simulator } from "@/simulator/simulator";
import { SimClock } from "@/simulator/state/clock";

/**
 * Two real worker processes (`npm run worker`) on one database: no system is ever scanned twice
 * at once, and a worker killed with SIGKILL does not leave its scan "running".
 */

interface WorkerProcess {
  child: ChildProcess;
  output: string[];
}

let sim: Simulator;
let boss: PgBoss;
const workers: WorkerProcess[] = [];

function startWorkerProcess(): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORTCULLIS_SCHEDULER: "0",
      PORTCULLIS_WORKER_CONCURRENCY: "3",
      PORTCULLIS_JOB_MONITOR_SECONDS: "2",
    },
  });
  const worker = { child, output: [] as string[] };
  return new Promise((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      worker.output.push(chunk.toString());
      if (worker.output.join("").includes("started (concurrency")) resolve(worker);
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`worker exited (${code}): ${worker.output.join("")}`)));
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T | null | undefined | false>, timeoutMs = 150_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

beforeAll(async () => {
  // Latency makes scans long enough to overlap if anything allowed it.
  sim = await Simulator.start({ systems: 4, latencyMs: 250, clock: new SimClock({ start: new Date("2026-11-18T10:00:00Z"), frozen: true }), schedulerIntervalMs: 0 });
  await registerSimulatedSystems(prisma, sim.systems().map((system) => ({ ...system, name: `W-${system.name}`, scenario: sim.system(system.name).scenario.name })));
  boss = await startBoss({ databaseUrl: getEnv().DATABASE_URL as string, supervise: false });
  workers.push(await startWorkerProcess(), await startWorkerProcess());
}, 120_000);

const alive = (worker: WorkerProcess) => worker.child.exitCode === null && worker.child.signalCode === null;

afterAll(async () => {
  const running = workers.filter(alive);
  const exited = running.map((worker) => new Promise((resolve) => worker.child.once("exit", resolve)));
  for (const worker of running) worker.child.kill("SIGTERM");
  await Promise.all(exited);
  await boss.stop({ graceful: false });
  await sim.stop();
  await prisma.$disconnect();
});

const systemIds = async () => (await prisma.system.findMany({ where: { name: { startsWith: "W-" } }, select: { id: true, name: true } }));

describe("several workers on one database", () => {
  test("a burst of scan requests never scans one system twice at once", async () => {
    const systems = await systemIds();
    for (let round = 0; round < 3; round++) {
      for (const system of systems) {
        await requestScan(prisma, boss, { systemId: system.id, kind: "full", trigger: "manual" });
        await requestScan(prisma, boss, { systemId: system.id, kind: "connections", trigger: "schedule" });
      }
      await new Promise((resolve) => setTimeout(resolve, 400));
    }
    await waitFor("every scan to finish", async () => (await prisma.scan.count({ where: { status: { in: ["queued", "running"] }, systemId: { in: systems.map((s) => s.id) } } })) === 0);

    const scans = await prisma.scan.findMany({ where: { systemId: { in: systems.map((s) => s.id) } }, orderBy: { startedAt: "asc" } });
    expect(scans.every((scan) => scan.status === "succeeded")).toBe(true);
    // More scans than systems: requests really competed for the same systems.
    expect(scans.length).toBeGreaterThan(systems.length);
    for (const system of systems) {
      const mine = scans.filter((scan) => scan.systemId === system.id);
      for (let i = 1; i < mine.length; i++) {
        // Each scan of a system started after the previous one had finished.
        expect(mine[i]!.startedAt!.getTime()).toBeGreaterThanOrEqual(mine[i - 1]!.finishedAt!.getTime());
      }
    }
  }, 180_000);

  test("a worker killed in the middle of a scan does not leave it running", async () => {
    const [system] = await systemIds();
    if (!system) throw new Error("no system");
    const simName = system.name.slice(2);
    // The scan's command hangs on the system, so the worker is certainly mid-scan when it dies.
    sim.setFaults(simName, { hangCommand: true });
    const { scanId } = await requestScan(prisma, boss, { systemId: system.id, kind: "full", trigger: "manual" });
    const running = await waitFor("the scan to be running", () => prisma.scan.findFirst({ where: { id: scanId, status: "running" } }));
    const victim = workers.find((worker) => running.workerId?.split(":")[1] === String(worker.child.pid));
    if (!victim) throw new Error(`no worker process for ${running.workerId}`);
    victim.child.kill("SIGKILL");
    sim.clearFaults(simName);

    const settled = await waitFor("the scan to leave running", () => prisma.scan.findFirst({ where: { id: scanId, status: { in: ["succeeded", "failed"] } } }));
    // pg-boss noticed the missing heartbeat and the surviving worker took the scan over.
    expect(settled.status).toBe("succeeded");
    expect(settled.attempts).toBeGreaterThanOrEqual(2);
    expect(settled.workerId).not.toBe(running.workerId);
  }, 180_000);
});
