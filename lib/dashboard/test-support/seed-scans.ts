import { evaluateChecks } from "@/lib/checks/catalogue";
import type { Observations } from "@/lib/checks/observation-types";
import { observe } from "@/lib/checks/observations";
import { resolvePolicy, type TPolicyOverrides } from "@/lib/checks/policy";
import { buildReadBatch, type ScanKind } from "@/lib/checks/read-batch";
import { ftpListeningSample, withFtpSample } from "@/lib/checks/server-activity";
import type { Db } from "@/lib/db/client";
import { sealSystemSecret } from "@/lib/db/system-secrets";
import { loadCheckContext } from "@/lib/scans/check-context";
import { persistScan } from "@/lib/scans/persist-scan";

/**
 * Systems and scans written the way the scan runner writes them (persistScan over the real
 * check catalogue), from hand-built observations: the dashboard's queries are tested against
 * the data they will really meet, without an SSH round trip.
 */

export async function insertTestSystem(db: Db, values: { name?: string; tags?: string[]; policy?: TPolicyOverrides } = {}) {
  return db.system.create({
    data: {
      name: values.name ?? `T${Math.random().toString(36).slice(2, 9).toUpperCase()}`,
      host: "127.0.0.1",
      port: 22,
      userProfile: "PORTCUL",
      authMethod: "password",
      secretCiphertext: sealSystemSecret("not-a-real-password"),
      hostKeySha256: "SHA256:test",
      tags: values.tags ?? [],
      policy: (values.policy ?? {}) as object,
    },
    select: { id: true, name: true },
  });
}

/**
 * What a connections scan really stores: the kinds its batch does not read carry the "not in
 * scan" failure, exactly as observe() produces them.
 */
export function asConnectionsScan(observations: Observations): Observations {
  const shape = observe(buildReadBatch("connections"), []);
  const kinds = Object.keys(shape) as Array<keyof Observations>;
  return Object.fromEntries(
    kinds.map((kind) => {
      const read = shape[kind];
      return [kind, !read.ok && read.failure.kind === "not-in-scan" ? read : observations[kind]];
    }),
  ) as unknown as Observations;
}

/** One succeeded scan of `kind` that observed `observations`, finished at `finishedAt`. */
export async function persistObservedScan(
  db: Db,
  systemId: string,
  values: { kind: ScanKind; observations: Observations; finishedAt: Date },
): Promise<string> {
  const { kind, observations, finishedAt } = values;
  const system = await db.system.findUniqueOrThrow({ where: { id: systemId }, select: { policy: true } });
  const scan = await db.scan.create({
    data: { systemId, kind, trigger: "manual", status: "running", queuedAt: new Date(finishedAt.getTime() - 2000), startedAt: new Date(finishedAt.getTime() - 1500) },
  });
  // As the scan runner does: every scan, connections-only ones included, samples FTP.
  const ftpListening = ftpListeningSample(observations);
  const context = withFtpSample(await loadCheckContext(db, systemId, finishedAt), observations, finishedAt);
  const statements = buildReadBatch(kind);
  await persistScan(db, {
    scanId: scan.id,
    systemId,
    collectedAt: finishedAt,
    startedAt: new Date(finishedAt.getTime() - 1500),
    finishedAt,
    roundTrips: 1,
    statements,
    outcomes: [],
    observations,
    results: evaluateChecks(observations, resolvePolicy(system.policy), context, kind),
    ftpListening,
  });
  return scan.id;
}

/** A scan that failed the way the scan runner records it. */
export async function insertFailedScan(db: Db, systemId: string, values: { finishedAt: Date; errorType: string; errorMessage: string; kind?: ScanKind }) {
  return db.scan.create({
    data: {
      systemId,
      kind: values.kind ?? "full",
      trigger: "schedule",
      status: "failed",
      queuedAt: new Date(values.finishedAt.getTime() - 2000),
      startedAt: new Date(values.finishedAt.getTime() - 1000),
      finishedAt: values.finishedAt,
      durationMs: 1000,
      errorType: values.errorType,
      errorMessage: values.errorMessage,
    },
    select: { id: true },
  });
}
