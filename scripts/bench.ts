/**
 * npm run bench — scan throughput through the real job queue, workers, SSH and simulator.
 *
 * Starts 500 simulated IBM i systems (a separate process) with 50 ms added to every SSH reply,
 * registers them on a throwaway database, starts worker processes (`npm run worker`), and times
 * full scans of 50, 200 and 500 systems (each round with freshly started workers, so every SSH
 * connection is opened cold, as on a scheduler's first pass). It also measures the floor: a bare
 * SSH connect + one exec of `true` on the same systems. Prints a table and, last, one JSON line.
 *
 * Options: --systems 500 --latency-ms 50 --workers 2 --concurrency 50 --rounds 50,200,500
 */
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { cpus, totalmem } from "node:os";
import { parseArgs } from "node:util";
import ssh2 from "ssh2";
import { generateSecretKey } from "../lib/db/secrets";
import { getTestEnv, loadEnvFiles, setEnvVar } from "../lib/env";
import { createThrowawayDatabase } from "./support/throwaway-database";

const { values } = parseArgs({
  options: {
    systems: { type: "string", default: "500" },
    "latency-ms": { type: "string", default: "50" },
    workers: { type: "string", default: "2" },
    concurrency: { type: "string", default: "50" },
    rounds: { type: "string", default: "50,200,500" },
    "base-port": { type: "string", default: "24001" },
  },
});
const SYSTEMS = Number(values.systems);
const LATENCY = Number(values["latency-ms"]);
const WORKERS = Number(values.workers);
const CONCURRENCY = Number(values.concurrency);
const ROUNDS = values.rounds.split(",").map(Number);

interface SimSystem {
  name: string;
  host: string;
  port: number;
  user: string;
  password: string;
  hostKeySha256: string;
}

const log = (line: string) => console.error(`[bench] ${line}`);

/** CPU seconds a process (all its threads) has used, from /proc (Linux). */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

/** CPU seconds of every PostgreSQL process on the machine (the bench is the only load). */
function postgresCpuSeconds(): number {
  return readdirSync("/proc")
    .filter((entry) => /^\d+$/.test(entry))
    .filter((entry) => {
      try {
        return readFileSync(`/proc/${entry}/comm`, "utf8").trim() === "postgres";
      } catch {
        return false;
      }
    })
    .reduce((sum, entry) => sum + cpuSeconds(Number(entry)), 0);
}
const median = (numbers: number[]) => {
  const sorted = [...numbers].sort((a, b) => a - b);
  return sorted.length === 0 ? 0 : (sorted[Math.floor((sorted.length - 1) / 2)] as number);
};

function startSimulator(): Promise<{ child: ChildProcess; systems: SimSystem[] }> {
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "simulator/cli.ts", "--systems", String(SYSTEMS), "--latency-ms", String(LATENCY), "--base-port", values["base-port"], "--json"],
    { stdio: ["ignore", "pipe", "inherit"] },
  );
  const systems: SimSystem[] = [];
  let buffer = "";
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      buffer += chunk.toString();
      const lines = buffer.split("\n");
      buffer = lines.pop() ?? "";
      for (const line of lines) if (line.startsWith("{")) systems.push(JSON.parse(line) as SimSystem);
      if (systems.length === SYSTEMS) resolve({ child, systems });
    });
    child.once("exit", (code) => reject(new Error(`simulator exited (${code})`)));
  });
}

function startWorker(env: NodeJS.ProcessEnv): Promise<ChildProcess> {
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { stdio: ["ignore", "pipe", "inherit"], env });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      if (chunk.toString().includes("started (concurrency")) resolve(child);
    });
    child.once("exit", (code) => reject(new Error(`worker exited (${code})`)));
  });
}

async function stopProcess(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await exited;
}

/** Bare SSH: connect, authenticate, exec `true`, disconnect. The floor under any scan. */
function connectAndTrue(system: SimSystem): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client.on("ready", () => {
      client.exec("true", (error, channel) => {
        if (error) return reject(error);
        channel.on("close", () => {
          client.end();
          resolve(performance.now() - started);
        });
        channel.resume();
      });
    });
    client.on("error", reject);
    client.connect({ host: system.host, port: system.port, username: system.user, password: system.password, readyTimeout: 60_000 });
  });
}

async function inParallel<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const index = next++;
        results[index] = await work(items[index] as T);
      }
    }),
  );
  return results;
}

loadEnvFiles([]);
const database = await createThrowawayDatabase({ prefix: "portcullis_bench", serverUrl: getTestEnv().PORTCULLIS_TEST_SERVER_URL });
setEnvVar("DATABASE_URL", database.url);
setEnvVar("PORTCULLIS_SECRET_KEY", generateSecretKey());
setEnvVar("BETTER_AUTH_SECRET", randomBytes(32).toString("base64url"));
log(`database ${database.where}`);

const { prisma } = await import("../lib/db/client");
const { startBoss } = await import("../lib/jobs/boss");
const { requestScan } = await import("../lib/scans/request-scan");
const { registerSimulatedSystems } = await import("../lib/systems/register-simulated");

const simStarted = performance.now();
const simulator = await startSimulator();
log(`${SYSTEMS} simulated systems up in ${((performance.now() - simStarted) / 1000).toFixed(1)} s`);
await registerSimulatedSystems(prisma, simulator.systems.map((system) => ({ ...system, scenario: "bench" })));
const registered = await prisma.system.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" } });
const byName = new Map(registered.map((system) => [system.name, system.id]));
const orderedIds = simulator.systems.map((system) => byName.get(system.name) as string);
const boss = await startBoss({ databaseUrl: database.url, supervise: false });
const workerEnv = {
  ...process.env,
  PORTCULLIS_SCHEDULER: "0",
  PORTCULLIS_WORKER_CONCURRENCY: String(CONCURRENCY),
  PORTCULLIS_DB_POOL_SIZE: String(Math.min(40, Math.ceil(CONCURRENCY / 2))),
};

interface RoundResult {
  wallMs: number;
  enqueueMs: number;
  waits: number[];
  durations: number[];
  execs: number[];
  failed: number;
  /** CPU seconds used during the round by the workers, the simulator and PostgreSQL. */
  cpu: { workers: number; simulator: number; postgres: number };
}

async function scanRound(count: number): Promise<RoundResult> {
  const workers = await Promise.all(Array.from({ length: WORKERS }, () => startWorker(workerEnv)));
  const workersBefore = workers.reduce((sum, worker) => sum + cpuSeconds(worker.pid), 0);
  const simulatorBefore = cpuSeconds(simulator.child.pid);
  const postgresBefore = postgresCpuSeconds();
  const ids = orderedIds.slice(0, count);
  const started = new Date();
  const t0 = performance.now();
  for (const systemId of ids) await requestScan(prisma, boss, { systemId, kind: "full", trigger: "manual" });
  const enqueueMs = performance.now() - t0;
  for (;;) {
    const pending = await prisma.scan.count({ where: { systemId: { in: ids }, queuedAt: { gte: started }, status: { in: ["queued", "running"] } } });
    if (pending === 0) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const wallMs = performance.now() - t0;
  const cpu = {
    workers: workers.reduce((sum, worker) => sum + cpuSeconds(worker.pid), 0) - workersBefore,
    simulator: cpuSeconds(simulator.child.pid) - simulatorBefore,
    postgres: postgresCpuSeconds() - postgresBefore,
  };
  const scans = await prisma.scan.findMany({ where: { systemId: { in: ids }, queuedAt: { gte: started } } });
  await Promise.all(workers.map(stopProcess));
  return {
    wallMs,
    enqueueMs,
    cpu,
    waits: scans.filter((scan) => scan.startedAt).map((scan) => scan.startedAt!.getTime() - scan.queuedAt.getTime()),
    durations: scans.filter((scan) => scan.status === "succeeded").map((scan) => scan.durationMs ?? 0),
    execs: scans.filter((scan) => scan.status === "succeeded").map((scan) => scan.execRoundTrips ?? 0),
    failed: scans.filter((scan) => scan.status !== "succeeded").length,
  };
}

try {
  // Warm-up, untimed: the simulator loads each system's tables into its SQL engine on first use.
  const warm = await scanRound(SYSTEMS);
  log(`warm-up scan of ${SYSTEMS} systems: ${(warm.wallMs / 1000).toFixed(1)} s (${warm.failed} failed)`);

  const rounds: Array<{ systems: number } & Awaited<ReturnType<typeof scanRound>>> = [];
  for (const count of ROUNDS) {
    const round = await scanRound(count);
    rounds.push({ systems: count, ...round });
    log(`${count} systems: ${(round.wallMs / 1000).toFixed(1)} s, ${round.failed} failed`);
  }

  // One system at a time: a scan's own latency, and the bare connect + `true` under it.
  const workers = await Promise.all(Array.from({ length: WORKERS }, () => startWorker(workerEnv)));
  const singles: number[] = [];
  for (const systemId of orderedIds.slice(0, 5)) {
    const t0 = performance.now();
    const { scanId } = await requestScan(prisma, boss, { systemId, kind: "full", trigger: "manual" });
    for (;;) {
      const scan = await prisma.scan.findUnique({ where: { id: scanId }, select: { status: true } });
      if (scan?.status === "succeeded" || scan?.status === "failed") break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    singles.push(performance.now() - t0);
  }
  await Promise.all(workers.map(stopProcess));
  const floorSingles: number[] = [];
  for (const system of simulator.systems.slice(0, 5)) floorSingles.push(await connectAndTrue(system));
  const floorAllStarted = performance.now();
  const floorAll = await inParallel(simulator.systems, WORKERS * CONCURRENCY, connectAndTrue);
  const floorAllMs = performance.now() - floorAllStarted;

  const last = rounds.at(-1)!;
  const first = rounds[0]!;
  const singleScanMs = Math.round(median(singles));
  const floorMs = Math.round(median(floorSingles));
  const result = {
    systems: last.systems,
    systemsPerSecond: Number((last.systems / (last.wallMs / 1000)).toFixed(1)),
    execsPerScan: Number((last.execs.reduce((sum, n) => sum + n, 0) / Math.max(1, last.execs.length)).toFixed(2)),
    failed: last.failed,
    singleScanMs,
    floorMs,
    scanOverFloor: Number((singleScanMs / Math.max(1, floorMs)).toFixed(2)),
    time500Over50: Number((last.wallMs / first.wallMs).toFixed(2)),
  };

  console.log(`\nMachine: ${cpus().length} × ${cpus()[0]?.model ?? "cpu"}, ${(totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}`);
  console.log(`Simulated systems: ${SYSTEMS}, +${LATENCY} ms per SSH reply; ${WORKERS} worker process(es) × ${CONCURRENCY} concurrent scans\n`);
  console.log("| systems | wall time | systems/s | queuing all | median wait for a worker | median scan | p95 scan | exec round trips per scan | failed |");
  console.log("|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
  for (const round of rounds) {
    const sorted = [...round.durations].sort((a, b) => a - b);
    const p95 = sorted[Math.floor(0.95 * (sorted.length - 1))] ?? 0;
    const execs = round.execs.reduce((sum, n) => sum + n, 0) / Math.max(1, round.execs.length);
    console.log(
      `| ${round.systems} | ${(round.wallMs / 1000).toFixed(1)} s | ${(round.systems / (round.wallMs / 1000)).toFixed(1)} | ${(round.enqueueMs / 1000).toFixed(1)} s | ${Math.round(median(round.waits))} ms | ${Math.round(median(round.durations))} ms | ${Math.round(p95)} ms | ${execs.toFixed(2)} | ${round.failed} |`,
    );
  }
  console.log("\nCPU time per scan (whole round, divided by the number of systems):");
  for (const round of rounds) {
    const per = (seconds: number) => `${Math.round((seconds * 1000) / round.systems)} ms`;
    console.log(`  ${round.systems} systems: workers ${per(round.cpu.workers)}, simulator ${per(round.cpu.simulator)}, PostgreSQL ${per(round.cpu.postgres)}`);
  }
  console.log(`\nOne scan alone (request → stored, median of 5): ${singleScanMs} ms`);
  console.log(`Floor, one system (SSH connect + auth + exec true, median of 5): ${floorMs} ms`);
  console.log(`Floor, all ${SYSTEMS} systems at ${WORKERS * CONCURRENCY} at a time: ${(floorAllMs / 1000).toFixed(1)} s (median ${Math.round(median(floorAll))} ms each)\n`);
  console.log(JSON.stringify(result));
} finally {
  await boss.stop({ graceful: false });
  await stopProcess(simulator.child);
  await prisma.$disconnect();
  await database.drop();
}
process.exit(0);
