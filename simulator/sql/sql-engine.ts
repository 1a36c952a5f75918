/**
 * The simulator's Db2 for i SQL engine, as seen from the main thread. Statements sent to
 * QSYS/QZDFMDB2 are evaluated by PostgreSQL (PGlite, in worker threads) over tables shaped like the
 * IBM i services and filled from each system's snapshot, and answered in QZDFMDB2's output format.
 *
 * Systems are spread over the workers (one PGlite instance each, one schema set per system);
 * every call for a system goes to the worker that holds it.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { availableParallelism, tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";
import { TEMPLATE_SQL } from "./db2-functions";
import type { BatchContext, QzdfmdbResult, SystemSqlSnapshot } from "./types";
import { compiledWorkerEntry } from "./worker-build";
import type { FromWorker, ToWorker, WorkerStartData } from "./worker-messages";

export type {
  BatchContext,
  ClOutcome,
  Db2ErrorAnswer,
  QzdfmdbResult,
  SqlRow,
  SqlValue,
  SystemSqlSnapshot,
} from "./types";

export interface SqlEngineOptions {
  /** Worker threads, each with its own PGlite instance. Default: 2, or 1 on a single core. */
  workers?: number;
  /** Where the initialised database template is cached. Default: the OS temp directory. */
  cacheDir?: string;
}

const require = createRequire(import.meta.url);

export class SqlEngine {
  private readonly placement = new Map<string, EngineWorker>();

  private constructor(private readonly workers: EngineWorker[]) {}

  static async start(options: SqlEngineOptions = {}): Promise<SqlEngine> {
    const count = options.workers ?? Math.min(2, availableParallelism());
    if (!Number.isInteger(count) || count < 1) throw new Error(`SqlEngine needs at least one worker, got ${count}`);
    const templateFile = join(options.cacheDir ?? tmpdir(), templateFileName());
    const entry = await compiledWorkerEntry();
    // Without a template the first worker builds it and the others wait to load it.
    const first = existsSync(templateFile) ? [] : [EngineWorker.start(entry, templateFile)];
    await Promise.allSettled(first);
    const results = await Promise.allSettled([
      ...first,
      ...Array.from({ length: count - first.length }, () => EngineWorker.start(entry, templateFile)),
    ]);
    const started = results.flatMap((result) => (result.status === "fulfilled" ? [result.value] : []));
    const failure = results.find((result) => result.status === "rejected");
    if (failure) {
      await Promise.all(started.map((worker) => worker.close()));
      throw failure.reason;
    }
    return new SqlEngine(started);
  }

  /** Creates the system's objects and rows, or replaces them when the system exists. */
  async loadSystem(systemId: string, snapshot: SystemSqlSnapshot): Promise<void> {
    const placed = this.placement.get(systemId);
    const worker = placed ?? this.leastLoadedWorker();
    this.placement.set(systemId, worker);
    try {
      await worker.request({ type: "load", systemId, snapshot });
    } catch (error) {
      // A failed load is rolled back: a new system does not exist, a known one keeps its data.
      if (!placed) this.placement.delete(systemId);
      throw error;
    }
  }

  /**
   * Runs one QZDFMDB2 job: `stdin` as piped to `system "call QSYS/QZDFMDB2 PARM('-d' '-i' '-t')"`.
   * Resolves to what that command writes (stderr is always empty) and its exit code.
   */
  async runQzdfmdb2(systemId: string, stdin: string, ctx: BatchContext): Promise<QzdfmdbResult> {
    const worker = this.placement.get(systemId);
    if (!worker) throw new Error(`System ${systemId} is not loaded in the SQL engine`);
    const result = await worker.request(
      {
        type: "job",
        systemId,
        stdin,
        currentUser: ctx.currentUser,
        serverName: ctx.serverName,
        now: ctx.now,
        canRunCl: ctx.runCl !== undefined,
      },
      ctx.runCl,
    );
    if (!result) throw new Error("SQL engine worker answered a job without output");
    return { stdout: result.stdout, stderr: "", exitCode: result.exitCode };
  }

  async dropSystem(systemId: string): Promise<void> {
    const worker = this.placement.get(systemId);
    if (!worker) return;
    this.placement.delete(systemId);
    await worker.request({ type: "drop", systemId });
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((worker) => worker.close()));
    this.placement.clear();
  }

  private leastLoadedWorker(): EngineWorker {
    const counts = new Map(this.workers.map((worker) => [worker, 0]));
    for (const worker of this.placement.values()) counts.set(worker, (counts.get(worker) ?? 0) + 1);
    return this.workers.reduce((best, worker) => ((counts.get(worker) ?? 0) < (counts.get(best) ?? 0) ? worker : best));
  }
}

/** The template depends on the PGlite build and on the SQL run into it. */
function templateFileName(): string {
  // The package does not export its package.json; its entry point is dist/index.cjs.
  const pglitePackage = join(dirname(require.resolve("@electric-sql/pglite")), "..", "package.json");
  const pgliteVersion = (JSON.parse(readFileSync(pglitePackage, "utf8")) as { version: string }).version;
  const hash = createHash("sha256").update(pgliteVersion).update(TEMPLATE_SQL).digest("hex").slice(0, 16);
  return `portcullis-sql-engine-${hash}.tar`;
}

type Request = ToWorker extends infer M ? (M extends { id: number } ? Omit<M, "id"> : never) : never;
type JobResult = { stdout: string; exitCode: number } | undefined;
type RunCl = NonNullable<BatchContext["runCl"]>;

/** One worker thread, with request/answer correlation and the CL callbacks of running jobs. */
class EngineWorker {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (result: JobResult) => void; reject: (error: Error) => void; runCl?: RunCl }
  >();
  private exited = false;

  private constructor(private readonly thread: Worker) {
    thread.on("message", (message: FromWorker) => this.onMessage(message));
    thread.on("error", (error) => this.failAll(error));
    thread.on("exit", (code) => {
      this.exited = true;
      this.failAll(new Error(`SQL engine worker exited with code ${code}`));
    });
  }

  static start(entry: URL, templateFile: string): Promise<EngineWorker> {
    const thread = new Worker(entry, { workerData: { templateFile } satisfies WorkerStartData });
    return new Promise((resolve, reject) => {
      const onStart = (message: FromWorker) => {
        if (message.type === "ready") {
          thread.off("message", onStart);
          thread.off("error", reject);
          resolve(new EngineWorker(thread));
        } else if (message.type === "start-failed") {
          void thread.terminate();
          reject(new Error(`SQL engine worker failed to start: ${message.message}`));
        }
      };
      thread.on("message", onStart);
      thread.once("error", reject);
    });
  }

  request(message: Request, runCl?: RunCl): Promise<JobResult> {
    if (this.exited) return Promise.reject(new Error("SQL engine worker has exited"));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, runCl });
      this.thread.postMessage({ ...message, id } as ToWorker);
    });
  }

  async close(): Promise<void> {
    if (this.exited) return;
    await this.request({ type: "close" }).catch(() => undefined);
    await this.thread.terminate();
  }

  private onMessage(message: FromWorker): void {
    if (message.type === "cl") {
      void this.runCl(message.id, message.command);
      return;
    }
    if (message.type !== "done" && message.type !== "failed") return;
    const waiter = this.pending.get(message.id);
    this.pending.delete(message.id);
    if (message.type === "done") waiter?.resolve(message.result);
    else waiter?.reject(new Error(message.message));
  }

  private async runCl(id: number, command: string): Promise<void> {
    const runCl = this.pending.get(id)?.runCl;
    try {
      if (!runCl) throw new Error("No CL runner for this job");
      this.thread.postMessage({ type: "cl-result", id, outcome: await runCl(command) } satisfies ToWorker);
    } catch (error) {
      const text = error instanceof Error ? error.message : String(error);
      this.thread.postMessage({ type: "cl-failed", id, message: text } satisfies ToWorker);
    }
  }

  private failAll(error: Error): void {
    for (const waiter of this.pending.values()) waiter.reject(error);
    this.pending.clear();
  }
}
