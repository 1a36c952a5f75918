import type { Prisma } from "@/generated/prisma/client";
import type { CheckRunResult } from "@/lib/checks/catalogue";
import type { FindingDraft } from "@/lib/checks/check-types";
import type { Observations } from "@/lib/checks/observation-types";
import type { ReadStatement } from "@/lib/checks/read-batch";
import type { Db, DbTransaction } from "@/lib/db/client";
import type { SqlStatementOutcome } from "@/lib/ibmi/run-sql";
import { planFindingChanges, type FindingOperation } from "./finding-lifecycle";

export interface ScanOutput {
  scanId: string;
  systemId: string;
  /** When the system answered; observations and findings are dated by it. */
  collectedAt: Date;
  startedAt: Date;
  /** When the scan ended; defaults to the moment it is stored (seeded history sets it). */
  finishedAt?: Date;
  roundTrips: number;
  statements: readonly ReadStatement[];
  outcomes: readonly SqlStatementOutcome[];
  observations: Observations;
  results: readonly CheckRunResult[];
  ftpListening: boolean | null;
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** Prisma keeps DateTime as UTC in "timestamp without time zone"; raw statements must do the same. */
const utc = (date: Date) => date.toISOString();

/** A finding carries the exact statements it rests on, so an auditor can re-run them. */
function findingEvidence(draft: FindingDraft, statements: readonly ReadStatement[]) {
  const used = statements.filter((statement) => draft.evidence.statementIds.includes(statement.id));
  return json({ ...draft.evidence, statements: used.map(({ id, sql, object }) => ({ id, sql, object })) });
}

type Stored = { id: string; severity: string; title: string; detail: string; evidence: Prisma.JsonValue };

/**
 * Applies the lifecycle operations with a handful of statements whatever the number of findings
 * (hundreds of systems are scanned at once, each holding a pooled connection while it writes):
 * new findings in one insert, sightings in one update, and row-by-row updates only for findings
 * whose text or evidence changed.
 */
async function applyFindingOperations(tx: DbTransaction, operations: FindingOperation[], stored: Map<string, Stored>, output: ScanOutput): Promise<void> {
  const at = output.collectedAt;
  const scanId = output.scanId;
  const events: Prisma.FindingEventCreateManyInput[] = [];

  const opened = operations.filter((op) => op.kind === "open");
  if (opened.length > 0) {
    const created = await tx.finding.createManyAndReturn({
      data: opened.map((op) => ({
        systemId: output.systemId,
        checkId: op.checkId,
        key: op.draft.key,
        panel: op.panel,
        severity: op.draft.severity,
        title: op.draft.title,
        detail: op.draft.detail,
        evidence: findingEvidence(op.draft, output.statements),
        firstSeenAt: at,
        lastSeenAt: at,
        lastScanId: scanId,
      })),
      select: { id: true },
    });
    events.push(...created.map((finding) => ({ findingId: finding.id, type: "opened", at, scanId })));
  }

  const sighted = operations.filter((op) => op.kind === "seen" || op.kind === "reopen");
  if (sighted.length > 0) {
    await tx.finding.updateMany({ where: { id: { in: sighted.map((op) => op.id) } }, data: { lastSeenAt: at, lastScanId: scanId } });
  }
  for (const op of sighted) {
    const evidence = findingEvidence(op.draft, output.statements);
    const before = stored.get(op.id);
    const changed =
      !before ||
      before.severity !== op.draft.severity ||
      before.title !== op.draft.title ||
      before.detail !== op.draft.detail ||
      JSON.stringify(before.evidence) !== JSON.stringify(evidence);
    if (op.kind === "reopen") {
      await tx.finding.update({
        where: { id: op.id },
        data: { severity: op.draft.severity, title: op.draft.title, detail: op.draft.detail, evidence, status: "open", resolvedAt: null, acceptedById: null, acceptedReason: null, acceptedUntil: null },
      });
      events.push({ findingId: op.id, type: op.reason === "seen_again" ? "reopened" : "acceptance_expired", at, scanId });
    } else if (changed) {
      await tx.finding.update({ where: { id: op.id }, data: { severity: op.draft.severity, title: op.draft.title, detail: op.draft.detail, evidence } });
    }
  }

  const resolved = operations.filter((op) => op.kind === "resolve").map((op) => op.id);
  if (resolved.length > 0) {
    await tx.finding.updateMany({ where: { id: { in: resolved } }, data: { status: "resolved", resolvedAt: at, lastScanId: scanId } });
    events.push(...resolved.map((findingId) => ({ findingId, type: "resolved", at, scanId })));
  }
  if (events.length > 0) await tx.findingEvent.createMany({ data: events });
}

/**
 * Stores a successful scan in one transaction: the scan's evidence and timings, a snapshot per
 * observation, each check's outcome, and the finding lifecycle changes.
 */
export async function persistScan(db: Db, output: ScanOutput): Promise<void> {
  const checkIds = output.results.map((result) => result.checkId);
  await db.$transaction(
    async (tx) => {
      const stored = await tx.finding.findMany({
        where: { systemId: output.systemId, checkId: { in: checkIds } },
        select: { id: true, checkId: true, key: true, status: true, acceptedUntil: true, severity: true, title: true, detail: true, evidence: true },
      });
      const operations = planFindingChanges(
        stored,
        output.results.map((result) => ({ checkId: result.checkId, panel: result.panel, evaluation: result })),
        output.collectedAt,
      );
      await applyFindingOperations(tx, operations, new Map(stored.map((finding) => [finding.id, finding])), output);

      await tx.checkResult.createMany({
        data: output.results.map((result) => ({
          scanId: output.scanId,
          systemId: output.systemId,
          checkId: result.checkId,
          outcome: result.outcome,
          detail: json({ title: result.title, panel: result.panel, severity: result.severity, detail: result.detail, findings: result.findings.length }),
        })),
      });
      // The observation snapshots and the scan's evidence are the bulk of a scan (tens of KB of
      // JSON): they go to PostgreSQL as one JSON text each, which Prisma would otherwise walk value
      // by value (measured: most of a worker's CPU per scan).
      const snapshots = Object.entries(output.observations).map(([kind, data]) => ({ kind, data }));
      await tx.$executeRaw`
        INSERT INTO observation (id, scan_id, system_id, kind, collected_at, data)
        SELECT gen_random_uuid(), ${output.scanId}::uuid, ${output.systemId}::uuid, snapshot.kind, ${utc(output.collectedAt)}::timestamptz AT TIME ZONE 'UTC', snapshot.data
        FROM jsonb_to_recordset(${JSON.stringify(snapshots)}::jsonb) AS snapshot(kind text, data jsonb)`;
      const release = output.observations.release.ok ? output.observations.release.value.release : null;
      const finishedAt = output.finishedAt ?? new Date();
      const evidence = output.statements.map((statement, index) => ({ ...statement, result: output.outcomes[index] ?? null }));
      const summary = { ftpListening: output.ftpListening, release, findings: output.results.reduce((sum, r) => sum + r.findings.length, 0) };
      await tx.$executeRaw`
        UPDATE scan SET status = 'succeeded', finished_at = ${utc(finishedAt)}::timestamptz AT TIME ZONE 'UTC', duration_ms = ${finishedAt.getTime() - output.startedAt.getTime()},
          exec_round_trips = ${output.roundTrips}, evidence = ${JSON.stringify(evidence)}::jsonb, summary = ${JSON.stringify(summary)}::jsonb
        WHERE id = ${output.scanId}::uuid`;
      if (release) await tx.system.update({ where: { id: output.systemId }, data: { release } });
    },
    // Under a burst every worker slot wants a pooled connection: wait for one rather than fail.
    { maxWait: 60_000, timeout: 120_000 },
  );
}
