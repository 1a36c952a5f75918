/**
 * Benchmark: start a fleet (default 500 systems) in this process and report start time and
 * memory, then sign on to every system over SSH and run one CL command on each, all at once.
 * With --sql, every system then answers one QZDFMDB2 batch (five scanner-style statements) over
 * SSH, all at once: the SQL engine starts, loads every system's rows and runs the batches.
 *
 *   npx tsx simulator/bench/fleet-bench.ts [systems] [--sql]
 */
import { performance } from "node:perf_hooks";
import { Simulator } from "../simulator";
import { connect } from "../testing/ssh-test-client";

const count = Number(process.argv.find((arg) => /^\d+$/.test(arg)) ?? 500);
const withSql = process.argv.includes("--sql");
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

if (withSql) {
  const batch = [
    "SELECT LOCAL_PORT, COUNT(*) AS N FROM QSYS2.NETSTAT_INFO WHERE TCP_STATE = 'ESTABLISHED' GROUP BY LOCAL_PORT",
    "SELECT JOB_NAME FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTFTP*')) X",
    "SELECT OUTPUT_QUEUE_NAME, DISPLAY_ANY_FILE FROM QSYS2.OUTPUT_QUEUE_INFO",
    "SELECT AUTHORIZATION_NAME FROM QSYS2.USER_INFO WHERE SPECIAL_AUTHORITIES LIKE '%*SPLCTL%'",
    "SELECT SERVER, AUTOSTART FROM QUSRSYS.QATOCSTART",
  ].join(";\n");
  for (const round of ["cold (engine start and loads included)", "again, rows reloaded"]) {
    const sqlStart = performance.now();
    const answers = await Promise.all(
      systems.map(async (system) => {
        const connection = await connect(system);
        const result = await connection.exec(`system "call QSYS/QZDFMDB2 PARM('-d' '-i' '-t')"`, batch);
        connection.close();
        return (result.stdout.match(/RECORD\(S\) SELECTED/g) ?? []).length;
      }),
    );
    const sqlMs = performance.now() - sqlStart;
    console.log(`one 5-statement SQL batch on all ${count} systems at once, ${round}: ${(sqlMs / 1000).toFixed(1)} s; result tables per batch ${[...new Set(answers)].join(",")}`);
    console.log(`RSS with the SQL engine ${mb(process.memoryUsage().rss)} (workers included)`);
    // Past the snapshot lifetime: the second round reloads every system's rows, as a later scan would.
    simulator.advanceClock(10_000);
  }
}
await simulator.stop();
