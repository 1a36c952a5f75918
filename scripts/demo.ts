/**
 * The demo launcher behind `npm run demo` (see scripts/demo.mjs):
 * secrets → embedded database + migrations → demo users → simulated IBM i fleet registered as
 * systems → production build (when stale) → `next start` with the worker inside, until Ctrl-C.
 *
 * Options: --port N, --data-dir DIR (default ./data), --secrets-file FILE (default .env.local; Node itself owns --env-file),
 * --systems N (simulated systems, default 6; 0 for none), --sim-base-port P (default 22001),
 * --sim-control-port P (the simulator's HTTP control API, off by default), --sim-churn off (no
 * client connections coming and going by themselves, for tests that change them on purpose), --skip-build,
 * --fresh (wipe the data folder first).
 */
import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { ensureDatabase, type ReadyDatabase } from "../lib/db/bootstrap";
import { removeEmbeddedDatabase } from "../lib/db/embedded";
import { generateSecretKey } from "../lib/db/secrets";
import { childProcessEnv, getEnv, loadEnvFiles, setEnvVar } from "../lib/env";
import { buildIsStale, writeBuildStamp } from "./build-stamp";

const { values } = parseArgs({
  options: {
    port: { type: "string" },
    "data-dir": { type: "string", default: "data" },
    "secrets-file": { type: "string", default: ".env.local" },
    systems: { type: "string", default: "6" },
    "sim-base-port": { type: "string", default: "22001" },
    "sim-control-port": { type: "string" },
    "sim-churn": { type: "string", default: "on" },
    "skip-build": { type: "boolean", default: false },
    fresh: { type: "boolean", default: false },
  },
});

const dataDir = path.resolve(values["data-dir"]);
const envFile = path.resolve(values["secrets-file"]);
const stoppers: Array<() => Promise<void>> = [];
let next: ChildProcess | undefined;

function say(line: string) {
  console.log(`[demo] ${line}`);
}

function fail(message: string): never {
  console.error(`✖ ${message}`);
  process.exit(1);
}

function rememberInEnvFile(name: string, value: string) {
  appendFileSync(envFile, `${existsSync(envFile) && !readFileSync(envFile, "utf8").endsWith("\n") ? "\n" : ""}${name}=${value}\n`, { mode: 0o600 });
  setEnvVar(name as never, value);
  say(`Generated ${name} into ${path.relative(process.cwd(), envFile)}`);
}

async function shutdown(code: number) {
  if (next && next.exitCode === null) {
    next.kill("SIGTERM");
    await new Promise((resolve) => next?.once("exit", resolve));
  }
  for (const stop of stoppers.reverse()) await stop().catch(() => undefined);
  process.exit(code);
}

async function prepareSecrets(db: ReadyDatabase) {
  if (!getEnv().BETTER_AUTH_SECRET) rememberInEnvFile("BETTER_AUTH_SECRET", randomBytes(32).toString("base64url"));
  const { prisma } = await import("../lib/db/client");
  const { assertSecretKeyMatches } = await import("../lib/db/system-secrets");
  if (!getEnv().PORTCULLIS_SECRET_KEY) {
    // A new key would make every stored IBM i credential unreadable: only when there are none.
    if ((await prisma.system.count()) > 0) {
      fail(`PORTCULLIS_SECRET_KEY is missing from ${envFile}, but registered systems have credentials sealed with it. Restore the key; nothing was changed.`);
    }
    rememberInEnvFile("PORTCULLIS_SECRET_KEY", generateSecretKey());
  }
  await assertSecretKeyMatches(prisma).catch((error: Error) => fail(error.message));
  stoppers.push(() => prisma.$disconnect());
  say(`Database ready (${db.embedded ? `embedded, ${path.relative(process.cwd(), getEnv().EMBEDDED_PG_DIR)}` : "DATABASE_URL"})`);
}

function demoPasswordsFile() {
  return path.join(dataDir, "demo-sign-ins.json");
}

async function seedUsers() {
  const env = getEnv();
  const { prisma } = await import("../lib/db/client");
  const { ensureUser } = await import("../lib/users/seed");
  const saved = existsSync(demoPasswordsFile()) ? (JSON.parse(readFileSync(demoPasswordsFile(), "utf8")) as Record<string, string>) : {};
  const adminPassword = env.PORTCULLIS_ADMIN_PASSWORD ?? saved.admin ?? randomBytes(12).toString("base64url");
  const demoPassword = env.PORTCULLIS_DEMO_PASSWORD ?? saved.demo ?? randomBytes(12).toString("base64url");
  writeFileSync(demoPasswordsFile(), JSON.stringify({ admin: adminPassword, demo: demoPassword }), { mode: 0o600 });
  const officerEmail = "officer@portcullis.local";
  const auditorEmail = "auditor@portcullis.local";
  await ensureUser(prisma, { email: env.PORTCULLIS_ADMIN_EMAIL, name: "Administrator", role: "admin", password: adminPassword });
  await ensureUser(prisma, { email: officerEmail, name: "Security Officer", role: "officer", password: demoPassword });
  await ensureUser(prisma, { email: auditorEmail, name: "Auditor", role: "auditor", password: demoPassword });
  return [
    { role: "admin", email: env.PORTCULLIS_ADMIN_EMAIL, password: adminPassword },
    { role: "officer", email: officerEmail, password: demoPassword },
    { role: "auditor", email: auditorEmail, password: demoPassword },
  ];
}

/**
 * The simulated fleet: real SSH servers on loopback behaving like IBM i (simulator/), registered
 * as systems. State and host keys live in the data folder, so changes survive a restart.
 */
async function startSimulatedFleet(): Promise<string[]> {
  const count = Number(values.systems);
  if (!Number.isInteger(count) || count <= 0) return [];
  const { Simulator } = await import("../simulator/simulator");
  const { startControlServer } = await import("../simulator/control/control-server");
  const sim = await Simulator.start({ systems: count, basePort: Number(values["sim-base-port"]), stateDir: path.join(dataDir, "simulator") });
  stoppers.push(() => sim.stop());
  if (values["sim-churn"] === "off") {
    for (const { name } of sim.systems()) {
      const runtime = sim.system(name);
      runtime.state.churn.enabled = false;
      runtime.changed();
    }
  }
  if (values["sim-control-port"]) {
    const control = await startControlServer(sim, Number(values["sim-control-port"]));
    stoppers.push(() => control.close());
    say(`Simulator control API on http://127.0.0.1:${control.port}`);
  }
  const listing = sim.systems().map((system) => ({ ...system, scenario: sim.system(system.name).scenario.name }));
  const { prisma } = await import("../lib/db/client");
  const { registerSimulatedSystems, seedDemoTrust } = await import("../lib/systems/register-simulated");
  const { created, keyChanged } = await registerSimulatedSystems(prisma, listing);
  await seedDemoTrust(prisma);
  say(`Simulated fleet: ${listing.length} IBM i system(s) on ports ${listing[0]?.port}–${listing.at(-1)?.port}${created.length ? ` (${created.length} newly registered)` : ""}`);
  for (const name of keyChanged) say(`Host key of ${name} differs from the pinned one; the dashboard will ask an administrator to confirm it.`);
  return listing.map((system) => system.name);
}

/** Systems never scanned get a first scan now instead of at the scheduler's next minute. */
async function scanNewSystems() {
  const { prisma } = await import("../lib/db/client");
  const { queueClient } = await import("../lib/jobs/boss");
  const { requestScan } = await import("../lib/scans/request-scan");
  const unscanned = await prisma.system.findMany({ where: { enabled: true, scans: { none: {} } }, select: { id: true } });
  if (unscanned.length === 0) return;
  const boss = await queueClient(getEnv().DATABASE_URL as string);
  for (const system of unscanned) await requestScan(prisma, boss, { systemId: system.id, kind: "full", trigger: "registration" });
  stoppers.push(() => boss.stop({ graceful: false }));
  say(`Queued a first scan of ${unscanned.length} system(s)`);
}

function buildIfNeeded() {
  if (values["skip-build"]) return;
  if (!buildIsStale()) {
    say("Production build is up to date");
    return;
  }
  say("Building the app (next build)…");
  const build = spawnSync(process.execPath, ["node_modules/next/dist/bin/next", "build"], {
    stdio: "inherit",
    env: childProcessEnv({ NEXT_TELEMETRY_DISABLED: "1" }),
  });
  if (build.status !== 0) fail("next build failed; see the output above.");
  writeBuildStamp();
}

async function startNext(port: number) {
  const nextBin = "node_modules/next/dist/bin/next";
  const args = [nextBin, "start", "-p", String(port)];
  // --pdeathsig: if this launcher is killed, the kernel stops the web server too.
  next = spawn("setpriv", ["--pdeathsig", "SIGTERM", "--", process.execPath, ...args], {
    stdio: "inherit",
    env: childProcessEnv({ NEXT_TELEMETRY_DISABLED: "1", PORTCULLIS_IN_PROCESS_WORKER: "1", PORT: String(port) }),
  });
  next.on("exit", (code) => {
    if (!stopping) {
      console.error(`✖ The web server stopped (exit code ${code}).`);
      void shutdown(code ?? 1);
    }
  });
  const url = `http://localhost:${port}/sign-in`;
  for (let attempt = 0; attempt < 240; attempt++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  fail(`The web server did not answer on ${url} within a minute.`);
}

let stopping = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    say("Stopping…");
    void shutdown(0);
  });
}

if (values.fresh) {
  removeEmbeddedDatabase(path.join(dataDir, "postgres"));
  rmSync(dataDir, { recursive: true, force: true });
}
mkdirSync(dataDir, { recursive: true });
loadEnvFiles([envFile, ".env"]);
if (!getEnv().DATABASE_URL) setEnvVar("EMBEDDED_PG_DIR", path.join(dataDir, "postgres"));
const port = values.port ? Number(values.port) : getEnv().PORT;
if (!getEnv().BETTER_AUTH_URL) setEnvVar("BETTER_AUTH_URL", `http://localhost:${port}`);

let db: ReadyDatabase;
try {
  db = await ensureDatabase({ log: say });
} catch (error) {
  fail((error as Error).message);
}
stoppers.push(() => db.stop());
await prepareSecrets(db);
const signIns = await seedUsers();
await startSimulatedFleet();
buildIfNeeded();
await startNext(port);
await scanNewSystems();

console.log(`
  Portcullis is running: http://localhost:${port}

  Sign in as
${signIns.map((s) => `    ${s.role.padEnd(8)} ${s.email.padEnd(28)} ${s.password}`).join("\n")}

  Press Ctrl-C to stop.
`);
