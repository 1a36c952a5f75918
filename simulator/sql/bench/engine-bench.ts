/**
 * Benchmark of the SQL engine at fleet scale: start-up, memory and load time per system, one scan
 * batch per system run one after another, and every system's batch submitted at once while the
 * main thread's event loop is watched.
 *
 *   npx tsx simulator/sql/bench/engine-bench.ts [systems=500] [workers=2]
 *
 * Each system holds about 1,900 rows (the measured design's test data: 400 jobs, 300 connections,
 * 200 socket owners, 200 users, 100 group entries, 50 queues, 200 system values, 60 SMTP list
 * entries, …) and a scan is a 20-statement batch of typical checks.
 */
import { loadavg } from "node:os";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { SqlEngine } from "../sql-engine";
import type { SqlRow, SystemSqlSnapshot } from "../types";

const systems = Number(process.argv[2] ?? 500);
const workers = Number(process.argv[3] ?? 2);

function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

function snapshot(system: number): SystemSqlSnapshot {
  const next = random(system + 1);
  const pick = <T>(values: readonly T[]) => values[Math.floor(next() * values.length)];
  const times = (count: number, row: (index: number) => SqlRow) => Array.from({ length: count }, (_, index) => row(index));
  const users = times(200, (index) => ({
    AUTHORIZATION_NAME: `USER${String(index).padStart(4, "0")}`,
    STATUS: pick(["*ENABLED", "*DISABLED"]),
    PREVIOUS_SIGNON: new Date(Date.UTC(2026, Math.floor(next() * 11), 1 + Math.floor(next() * 27))),
    SPECIAL_AUTHORITIES: pick(["*NONE", "*JOBCTL", "*SPLCTL", "*ALLOBJ *SECADM", "*IOSYSCFG"]),
    GROUP_PROFILE_NAME: pick(["*NONE", "GRP1", "GRP2"]),
    TEXT_DESCRIPTION: `User ${index}`,
  }));
  const address = () => `10.${Math.floor(next() * 255)}.${Math.floor(next() * 255)}.${Math.floor(next() * 255)}`;
  const netstat = times(300, (index) => ({
    CONNECTION_TYPE: "IPV4",
    REMOTE_ADDRESS: index < 20 ? "0.0.0.0" : address(),
    REMOTE_PORT: index < 20 ? 0 : 40000 + index,
    LOCAL_ADDRESS: "10.0.0.5",
    LOCAL_PORT: pick([21, 22, 23, 25, 446, 449, 992, 8470, 8471, 8476]),
    PROTOCOL: "TCP",
    TCP_STATE: index < 20 ? "LISTEN" : "ESTABLISHED",
    IDLE_TIME: Math.floor(next() * 3600),
  }));
  return {
    available: [
      "QSYS2.ACTIVE_JOB_INFO",
      "QSYS2.NETSTAT_INFO",
      "QSYS2.NETSTAT_JOB_INFO",
      "QSYS2.USER_INFO",
      "QSYS2.GROUP_PROFILE_ENTRIES",
      "QSYS2.OUTPUT_QUEUE_INFO",
      "QSYS2.SYSTEM_VALUE_INFO",
      "QSYS2.OBJECT_PRIVILEGES",
      "QSYS2.EXIT_PROGRAM_INFO",
      "QSYS2.TELNET_SERVER_ATTRIBUTES",
      "SYSIBMADM.ENV_SYS_INFO",
      "QUSRSYS.QATOCSTART",
      "QUSRSYS.QATMADRLST",
      "QSYS2.SYSPARTITIONSTAT",
      "SYSIBM.SYSDUMMY1",
    ],
    tables: {
      "QSYS2.ACTIVE_JOB_INFO": times(400, (index) => ({
        JOB_NAME: `${100000 + index}/QUSER/${pick(["QZDASOINIT", "QTFTP", "QTSMTPSRVR", "QPADEV", "QZRCSRVS"])}${index % 100}`,
        JOB_NAME_SHORT: `${pick(["QZDASOINIT", "QTFTP", "QTSMTP", "QPADEV"])}${index % 10}`.slice(0, 10),
        SUBSYSTEM: pick(["QSYSWRK", "QUSRWRK", "QINTER", "QBATCH"]),
        AUTHORIZATION_NAME: pick(["QUSER", "QTCP", "USER0001", "USER0002"]),
        JOB_TYPE: pick(["BCH", "INT", "PJ", "SYS"]),
        JOB_STATUS: pick(["TIMW", "DEQW", "RUN", "MSGW"]),
        FUNCTION: "QZDASOINIT",
        ELAPSED_CPU_PERCENTAGE: Math.round(next() * 1000) / 100,
        CLIENT_IP_ADDRESS: address(),
      })),
      "QSYS2.NETSTAT_INFO": netstat,
      "QSYS2.NETSTAT_JOB_INFO": netstat.slice(100).map((row, index) => ({
        REMOTE_ADDRESS: row.REMOTE_ADDRESS,
        REMOTE_PORT: row.REMOTE_PORT,
        LOCAL_ADDRESS: row.LOCAL_ADDRESS,
        LOCAL_PORT: row.LOCAL_PORT,
        AUTHORIZATION_NAME: `USER${String(index).padStart(4, "0")}`,
        JOB_NAME: `${200000 + index}/USER/QPADEV${index}`,
      })),
      "QSYS2.USER_INFO": users,
      "QSYS2.GROUP_PROFILE_ENTRIES": times(100, (index) => ({
        GROUP_PROFILE_NAME: pick(["GRP1", "GRP2"]),
        USER_PROFILE_NAME: `USER${String(index).padStart(4, "0")}`,
      })),
      "QSYS2.OUTPUT_QUEUE_INFO": times(50, (index) => ({
        OUTPUT_QUEUE_NAME: `OUTQ${index}`,
        OUTPUT_QUEUE_LIBRARY_NAME: "QGPL",
        NUMBER_OF_FILES: Math.floor(next() * 500),
        DISPLAY_ANY_FILE: pick(["*YES", "*NO", "*OWNER"]),
        OPERATOR_CONTROLLED: pick(["*YES", "*NO"]),
        AUTHORITY_TO_CHECK: pick(["*OWNER", "*DTAAUT"]),
      })),
      "QSYS2.SYSTEM_VALUE_INFO": times(200, (index) => ({
        SYSTEM_VALUE_NAME: `QVAL${index}`,
        CURRENT_NUMERIC_VALUE: index,
      })),
      "QSYS2.OBJECT_PRIVILEGES": times(100, (index) => ({
        SYSTEM_OBJECT_SCHEMA: "QGPL",
        SYSTEM_OBJECT_NAME: `OUTQ${index % 50}`,
        OBJECT_TYPE: "*OUTQ",
        AUTHORIZATION_NAME: index % 2 ? "*PUBLIC" : `USER${String(index).padStart(4, "0")}`,
        OBJECT_AUTHORITY: pick(["*USE", "*EXCLUDE", "*CHANGE", "*ALL"]),
      })),
      "QSYS2.EXIT_PROGRAM_INFO": times(10, (index) => ({
        EXIT_POINT_NAME: pick(["QIBM_QTMF_SERVER_REQ", "QIBM_QTMF_SVR_LOGON", "QIBM_QZDA_INIT"]),
        EXIT_POINT_FORMAT: "VLRQ0100",
        EXIT_PROGRAM_NUMBER: index + 1,
        EXIT_PROGRAM_LIBRARY: "SECLIB",
        EXIT_PROGRAM: `PGM${index}`,
      })),
      "QSYS2.TELNET_SERVER_ATTRIBUTES": [{ AUTOSTART_SERVER: "*YES", ALLOW_TRANSPORT_LAYER_SECURITY: pick(["*YES", "*ONLY"]) }],
      "SYSIBMADM.ENV_SYS_INFO": [{ OS_NAME: "IBM i", OS_VERSION: "7", OS_RELEASE: "5" }],
      "QUSRSYS.QATOCSTART": [
        { SERVER: "*FTP", AUTOSTART: pick(["*YES", "*NO"]) },
        { SERVER: "*SMTP", AUTOSTART: "*NO" },
      ],
    },
    members: {
      "QUSRSYS.QATMADRLST": {
        ACCEPTRLY: times(40, () => ({ INTNETADR: address(), SUBNETMASK: "255.255.255.0" })),
        REJECTCNN: times(20, () => ({ INTNETADR: address(), SUBNETMASK: "255.255.0.0" })),
      },
    },
    files: {},
    denied: {},
  };
}

const SCAN = [
  "SELECT JOB_NAME, SUBSYSTEM, AUTHORIZATION_NAME, JOB_TYPE, FUNCTION, JOB_STATUS FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTFTP*')) X",
  "SELECT LOCAL_ADDRESS, LOCAL_PORT, TCP_STATE FROM QSYS2.NETSTAT_INFO WHERE LOCAL_PORT IN (20, 21, 990) AND TCP_STATE = 'LISTEN'",
  "SELECT SERVER, AUTOSTART FROM QUSRSYS.QATOCSTART ORDER BY SERVER",
  "SELECT EXIT_POINT_NAME, EXIT_PROGRAM_NUMBER, EXIT_PROGRAM_LIBRARY, EXIT_PROGRAM FROM QSYS2.EXIT_PROGRAM_INFO WHERE EXIT_POINT_NAME IN ('QIBM_QTMF_SERVER_REQ','QIBM_QTMF_SVR_LOGON') ORDER BY 1, 2",
  "SELECT JOB_NAME, JOB_STATUS FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTSM*')) X",
  "CREATE OR REPLACE ALIAS QTEMP.SMTP_ACCEPT FOR QUSRSYS.QATMADRLST (ACCEPTRLY)",
  "SELECT * FROM QTEMP.SMTP_ACCEPT",
  "DROP ALIAS QTEMP.SMTP_ACCEPT",
  "SELECT n.REMOTE_ADDRESS, n.REMOTE_PORT, n.LOCAL_PORT, n.IDLE_TIME, j.JOB_NAME, j.AUTHORIZATION_NAME FROM QSYS2.NETSTAT_INFO n LEFT JOIN QSYS2.NETSTAT_JOB_INFO j ON j.LOCAL_ADDRESS = n.LOCAL_ADDRESS AND j.LOCAL_PORT = n.LOCAL_PORT AND j.REMOTE_ADDRESS = n.REMOTE_ADDRESS AND j.REMOTE_PORT = n.REMOTE_PORT WHERE n.TCP_STATE = 'ESTABLISHED' AND n.REMOTE_ADDRESS NOT IN ('127.0.0.1', '::1')",
  "SELECT LOCAL_ADDRESS, LOCAL_PORT FROM QSYS2.NETSTAT_INFO WHERE TCP_STATE = 'LISTEN' ORDER BY LOCAL_PORT",
  "SELECT LOCAL_PORT, COUNT(*) FROM QSYS2.NETSTAT_INFO WHERE LOCAL_PORT IN (23, 992) AND TCP_STATE = 'ESTABLISHED' GROUP BY LOCAL_PORT",
  "SELECT ALLOW_TRANSPORT_LAYER_SECURITY FROM QSYS2.TELNET_SERVER_ATTRIBUTES",
  "SELECT OUTPUT_QUEUE_LIBRARY_NAME, OUTPUT_QUEUE_NAME, NUMBER_OF_FILES, DISPLAY_ANY_FILE, OPERATOR_CONTROLLED, AUTHORITY_TO_CHECK FROM QSYS2.OUTPUT_QUEUE_INFO ORDER BY NUMBER_OF_FILES DESC",
  "SELECT SYSTEM_OBJECT_NAME, OBJECT_AUTHORITY FROM QSYS2.OBJECT_PRIVILEGES WHERE OBJECT_TYPE = '*OUTQ' AND AUTHORIZATION_NAME = '*PUBLIC' AND OBJECT_AUTHORITY NOT IN ('*EXCLUDE')",
  "SELECT AUTHORIZATION_NAME, STATUS, PREVIOUS_SIGNON FROM QSYS2.USER_INFO WHERE SPECIAL_AUTHORITIES LIKE '%*SPLCTL%' OR SPECIAL_AUTHORITIES LIKE '%*ALLOBJ%' OR AUTHORIZATION_NAME IN (SELECT USER_PROFILE_NAME FROM QSYS2.GROUP_PROFILE_ENTRIES WHERE GROUP_PROFILE_NAME IN (SELECT AUTHORIZATION_NAME FROM QSYS2.USER_INFO WHERE SPECIAL_AUTHORITIES LIKE '%*SPLCTL%' OR SPECIAL_AUTHORITIES LIKE '%*ALLOBJ%')) ORDER BY AUTHORIZATION_NAME",
  "SELECT AUTHORIZATION_NAME FROM QSYS2.USER_INFO WHERE SPECIAL_AUTHORITIES LIKE '%*JOBCTL%'",
  "SELECT SYSTEM_VALUE_NAME, CURRENT_NUMERIC_VALUE FROM QSYS2.SYSTEM_VALUE_INFO WHERE SYSTEM_VALUE_NAME IN ('QVAL1', 'QVAL40')",
  "SELECT OS_VERSION, OS_RELEASE FROM SYSIBMADM.ENV_SYS_INFO",
  "SELECT SUBSYSTEM, COUNT(*) AS JOBS FROM TABLE(QSYS2.ACTIVE_JOB_INFO()) X GROUP BY SUBSYSTEM HAVING COUNT(*) > 10 ORDER BY 2 DESC",
  "SELECT AUTHORIZATION_NAME FROM QSYS2.USER_INFO WHERE PREVIOUS_SIGNON < CURRENT TIMESTAMP - 90 DAYS ORDER BY PREVIOUS_SIGNON FETCH FIRST 10 ROWS ONLY",
].join(";\n");

const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * p))];
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const ms = (value: number) => `${value.toFixed(1)} ms`;

function rss(): number {
  global.gc?.();
  return process.memoryUsage().rss;
}

// Other work on the machine changes every figure; the load average is printed with them.
const load = () => loadavg().map((value) => value.toFixed(1)).join(" ");
console.log(`load average before: ${load()}`);
const context = { currentUser: "DASHUSR", serverName: "BENCH" };
// Snapshots are built when loaded and not kept: the event-loop figure below should show the
// engine's effect on the main thread, not garbage collection of the benchmark's own data.
const before = rss();

let started = performance.now();
const engine = await SqlEngine.start({ workers });
console.log(`start (${workers} workers): ${ms(performance.now() - started)}; RSS ${mb(before)} → ${mb(rss())}`);

const afterStart = rss();
const loadTimes: number[] = [];
started = performance.now();
for (let index = 0; index < systems; index++) {
  const data = snapshot(index);
  const begin = performance.now();
  await engine.loadSystem(`system-${index}`, data);
  loadTimes.push(performance.now() - begin);
}
const loaded = rss();
console.log(
  `load ${systems} systems: ${ms(performance.now() - started)} total, median ${ms(percentile(loadTimes, 0.5))}, ` +
    `p95 ${ms(percentile(loadTimes, 0.95))}; RSS ${mb(loaded)}, ${((loaded - afterStart) / systems / 1024 / 1024).toFixed(2)} MB per system`,
);

const reloadTimes: number[] = [];
for (let index = 0; index < 20; index++) {
  const data = snapshot(index);
  const begin = performance.now();
  await engine.loadSystem(`system-${index}`, data);
  reloadTimes.push(performance.now() - begin);
}
console.log(`reload (same objects): median ${ms(percentile(reloadTimes, 0.5))}`);

const batchTimes: number[] = [];
for (let index = 0; index < Math.min(systems, 50); index++) {
  const begin = performance.now();
  const answer = await engine.runQzdfmdb2(`system-${index}`, SCAN, context);
  if (answer.exitCode !== 0) throw new Error(answer.stdout);
  batchTimes.push(performance.now() - begin);
}
console.log(`20-statement batch, one after another: median ${ms(percentile(batchTimes, 0.5))}, p95 ${ms(percentile(batchTimes, 0.95))}`);

const loop = monitorEventLoopDelay({ resolution: 10 });
loop.enable();
started = performance.now();
const latencies = await Promise.all(
  Array.from({ length: systems }, async (_, index) => {
    const begin = performance.now();
    await engine.runQzdfmdb2(`system-${index}`, SCAN, context);
    return performance.now() - begin;
  }),
);
loop.disable();
console.log(
  `burst of ${systems} batches: ${ms(performance.now() - started)} wall, latency p50 ${ms(percentile(latencies, 0.5))}, ` +
    `max ${ms(Math.max(...latencies))}; main event loop delay max ${ms(loop.max / 1e6)}, p99 ${ms(loop.percentile(99) / 1e6)}`,
);
console.log(`RSS after burst: ${mb(rss())}; load average after: ${load()}`);
await engine.close();
