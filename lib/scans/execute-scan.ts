import { evaluateChecks } from "@/lib/checks/catalogue";
import { observe } from "@/lib/checks/observations";
import { resolvePolicy } from "@/lib/checks/policy";
import { buildReadBatch } from "@/lib/checks/read-batch";
import { ftpListeningSample, withFtpSample } from "@/lib/checks/server-activity";
import type { Db } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/db/unique-violation";
import { HostKeyMismatch, toErrorInfo } from "@/lib/ibmi/errors";
import { runSql } from "@/lib/ibmi/run-sql";
import { isAppError } from "@/lib/errors";
import { transportFor } from "@/lib/systems/connection";
import { loadCheckContext } from "./check-context";
import { persistScan } from "./persist-scan";

const HEARTBEAT_MS = 10_000;

/**
 * Marks the scan running for this worker. A scan still "running" can be taken over: pg-boss only
 * hands a job to a second attempt once the first one's worker stopped heartbeating. The partial
 * unique index refuses a second running scan of the same system (another worker is on it).
 */
async function claim(db: Db, scanId: string, workerId: string): Promise<"claimed" | "finished" | "busy"> {
  try {
    const { count } = await db.scan.updateMany({
      where: { id: scanId, status: { in: ["queued", "running"] } },
      data: { status: "running", workerId, startedAt: new Date(), heartbeatAt: new Date(), attempts: { increment: 1 } },
    });
    return count === 1 ? "claimed" : "finished";
  } catch (error) {
    // The partial unique index on running scans: another worker is scanning this system.
    if (isUniqueViolation(error)) return "busy";
    throw error;
  }
}

export class SystemBusyError extends Error {
  constructor(scanId: string) {
    super(`Another scan of this system is running; scan ${scanId} waits for it.`);
    this.name = "SystemBusyError";
  }
}

async function recordFailure(db: Db, scanId: string, systemId: string, startedAt: Date, error: unknown): Promise<void> {
  const info = isAppError(error) ? { type: "AppError", code: error.code, message: error.message, userMessage: error.message } : toErrorInfo(error);
  if (info.code === "UNEXPECTED") console.error(`[scan ${scanId}]`, error);
  // A scan that fails leaves every earlier finding exactly as it was: only the scan row changes.
  await db.scan.update({
    where: { id: scanId },
    data: { status: "failed", finishedAt: new Date(), durationMs: Date.now() - startedAt.getTime(), errorType: info.type, errorMessage: info.userMessage },
  });
  if (error instanceof HostKeyMismatch) {
    await db.system.update({ where: { id: systemId }, data: { pendingHostKey: error.presented } });
  }
}

/** Runs one queued scan end to end. Throws SystemBusyError to have the job retried later. */
export async function executeScan(db: Db, scanId: string, options: { workerId: string }): Promise<void> {
  const claimed = await claim(db, scanId, options.workerId);
  if (claimed === "finished") return;
  if (claimed === "busy") throw new SystemBusyError(scanId);
  const scan = await db.scan.findUniqueOrThrow({ where: { id: scanId }, include: { system: { select: { policy: true } } } });
  const startedAt = new Date();
  const heartbeat = setInterval(() => {
    void db.scan.updateMany({ where: { id: scanId, workerId: options.workerId, status: "running" }, data: { heartbeatAt: new Date() } }).catch(() => undefined);
  }, HEARTBEAT_MS);
  try {
    const { transport } = await transportFor(db, scan.systemId);
    const statements = buildReadBatch(scan.kind);
    const before = transport.roundTrips;
    const outcomes = await runSql(transport, statements.map((statement) => statement.sql));
    const roundTrips = transport.roundTrips - before;
    const observations = observe(statements, outcomes);
    const collectedAt = new Date();
    // Every scan, connections-only ones included, samples whether FTP listens (exposure hours).
    const context = withFtpSample(await loadCheckContext(db, scan.systemId, collectedAt), observations, collectedAt);
    // Our own SSH session shows up in the system's connection list; it is not an intruder.
    if (transport.localAddress) context.ownAddresses = [transport.localAddress];
    const ftpListening = ftpListeningSample(observations);
    const results = evaluateChecks(observations, resolvePolicy(scan.system.policy), context, scan.kind);
    await persistScan(db, {
      scanId,
      systemId: scan.systemId,
      collectedAt,
      startedAt,
      roundTrips,
      statements,
      outcomes,
      observations,
      results,
      ftpListening,
    });
  } catch (error) {
    await recordFailure(db, scanId, scan.systemId, startedAt, error);
  } finally {
    clearInterval(heartbeat);
  }
}
