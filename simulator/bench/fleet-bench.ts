/**
 * Benchmark: start a fleet (default 500 systems) in this process and report start time and
 * memory, then sign on to every system over SSH and run one CL command on each, all at once.
 * SQL is left out (the SQL engine has its own measurements in docs).
 *
 *   npx tsx simulator/bench/fleet-bench.ts [systems]
 */
import { performance } from "node:perf_hooks";
import { Simulator } from "../simulator";
import { connect } from "../testing/ssh-test-client";

const count = Number(process.argv[2] ?? 500);
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;

const baseline = process.memoryUsage().rss;
const started = performance.now();
const simulator = await Simulator.start({ systems: count, schedulerIntervalMs: 0 });
const startMs = performance.now() - started;
global.gc?.();
const afterStart = process.memoryUsage();
console.log(`${count} systems started in ${(startMs / 1000).toFixed(1)} s`);
console.log(`RSS ${mb(afterStart.rss)} (baseline ${mb(baseline)}, ${((afterStart.rss - baseline) / count / 1024).toFixed(0)} KB per system); heap used ${mb(afterStart.heapUsed)}`);

const systems = simulator.systems();
const burst = performance.now();
const results = await Promise.all(
  systems.map(async (system) => {
    const connection = await connect(system);
    const result = await connection.exec(`system "CHGFTPA AUTOSTART(*NO)"`);
    connection.close();
    return result.code;
  }),
);
const burstMs = performance.now() - burst;
console.log(`sign-on + one CL command on all ${count} systems at once: ${(burstMs / 1000).toFixed(1)} s; exit codes ${[...new Set(results)].join(",")}`);
console.log(`RSS after the burst ${mb(process.memoryUsage().rss)}`);
await simulator.stop();
