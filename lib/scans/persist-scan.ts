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
  finishedAt: Date;
  durationMs: number;
  roundTrips: number;
  statements: readonly ReadStatement[];
  outcomes: readonly SqlStatementOutcome[];
  observations: Observations;
  results: readonly CheckRunResult[];
  ftpListening: boolean | null;
}

const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;

/** A finding carries the exact statements it rests on, so an auditor can re-run them. */
function findingEvidence(draft: FindingDraft, statements: readonly ReadStatement[]) {
  const used = statements.filter((statement) => draft.evidence.statementIds.includes(statement.id));
  return json({ ...draft.evidence, statements: used.map(({ id, sql, object }) => ({ id, sql, object })) });
}

async function applyFindingOperation(tx: DbTransaction, op: FindingOperation, output: ScanOutput): Promise<void> {
  const at = output.finishedAt;
  const scanId = output.scanId;
  switch (op.kind) {
    case "open": {
      const finding = await tx.finding.create({
        data: {
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
        },
      });
      await tx.findingEvent.create({ data: { findingId: finding.id, type: "opened", at, scanId } });
      return;
    }
    case "seen":
    case "reopen": {
      await tx.finding.update({
        where: { id: op.id },
        data: {
          severity: op.draft.severity,
          title: op.draft.title,
          detail: op.draft.detail,
          evidence: findingEvidence(op.draft, output.statements),
          lastSeenAt: at,
          lastScanId: scanId,
          ...(op.kind === "reopen" ? { status: "open", resolvedAt: null, acceptedById: null, acceptedReason: null, acceptedUntil: null } : {}),
        },
      });
      if (op.kind === "reopen") {
        await tx.findingEvent.create({ data: { findingId: op.id, type: op.reason === "seen_again" ? "reopened" : "acceptance_expired", at, scanId } });
      }
      return;
    }
    case "resolve":
      await tx.finding.update({ where: { id: op.id }, data: { status: "resolved", resolvedAt: at, lastScanId: scanId } });
      await tx.findingEvent.create({ data: { findingId: op.id, type: "resolved", at, scanId } });
  }
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
        select: { id: true, checkId: true, key: true, status: true, acceptedUntil: true },
      });
      const operations = planFindingChanges(
        stored,
        output.results.map((result) => ({ checkId: result.checkId, panel: result.panel, evaluation: result })),
        output.finishedAt,
      );
      for (const op of operations) await applyFindingOperation(tx, op, output);

      await tx.checkResult.createMany({
        data: output.results.map((result) => ({
          scanId: output.scanId,
          systemId: output.systemId,
          checkId: result.checkId,
          outcome: result.outcome,
          detail: json({ title: result.title, panel: result.panel, severity: result.severity, detail: result.detail, findings: result.findings.length }),
        })),
      });
      await tx.observation.createMany({
        data: Object.entries(output.observations).map(([kind, data]) => ({
          scanId: output.scanId,
          systemId: output.systemId,
          kind,
          collectedAt: output.finishedAt,
          data: json(data),
        })),
      });
      const release = output.observations.release.ok ? output.observations.release.value.release : null;
      await tx.scan.update({
        where: { id: output.scanId },
        data: {
          status: "succeeded",
          finishedAt: output.finishedAt,
          durationMs: output.durationMs,
          execRoundTrips: output.roundTrips,
          evidence: json(output.statements.map((statement, index) => ({ ...statement, result: output.outcomes[index] ?? null }))),
          summary: json({ ftpListening: output.ftpListening, release, findings: output.results.reduce((sum, r) => sum + r.findings.length, 0) }),
        },
      });
      if (release) await tx.system.update({ where: { id: output.systemId }, data: { release } });
    },
    { timeout: 60_000 },
  );
}
