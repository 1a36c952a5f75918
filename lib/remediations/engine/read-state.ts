import { checkCatalogue } from "@/lib/checks/catalogue";
import { observe } from "@/lib/checks/observations";
import { buildReadBatch, type ReadStatement, type StatementId } from "@/lib/checks/read-batch";
import { runSql, type SqlStatementOutcome } from "@/lib/ibmi/run-sql";
import type { IbmiExecutor } from "@/lib/ibmi/transport/types";
import { extraStatements, parseExtraState, type ExtraReadId, type ExtraStatement } from "../state-reads";
import type { AnyRemediationDefinition, SystemState } from "../types";

/** Who the profile is and what it holds: every plan's authority check rests on these. */
const PROBES: readonly StatementId[] = ["probe-release", "probe-services", "probe-authorities"];

/** Reads whose parsing leans on another read (the *ACCEPT list on the member list, connections on their jobs). */
const COMPANIONS: Partial<Record<StatementId, StatementId>> = {
  "smtp-accept-entries": "smtp-list-members",
  "net-connections": "net-connection-jobs",
};
const EXTRA_COMPANIONS: Partial<Record<ExtraReadId, StatementId>> = {
  "smtp-reject-list": "smtp-list-members",
  "smtp-near-list": "smtp-list-members",
};

export interface StateStatements {
  scan: ReadStatement[];
  extra: ExtraStatement[];
}

/**
 * The statements that describe what a remediation changes and what its checks need to judge it,
 * in batch order (scan reads first, as the scan orders them, then the remediation-only reads).
 */
export function stateStatements(definition: AnyRemediationDefinition, checkIds: readonly string[]): StateStatements {
  const checkReads = checkCatalogue.filter((check) => checkIds.includes(check.id)).flatMap((check) => check.reads);
  const wanted = new Set<StatementId>([...PROBES, ...definition.reads, ...checkReads]);
  for (const id of [...wanted]) {
    const companion = COMPANIONS[id];
    if (companion) wanted.add(companion);
  }
  for (const id of definition.extraReads) {
    const companion = EXTRA_COMPANIONS[id];
    if (companion) wanted.add(companion);
  }
  return { scan: buildReadBatch("full").filter((statement) => wanted.has(statement.id)), extra: extraStatements(definition.extraReads) };
}

export interface StateRead {
  state: SystemState;
  /** Every statement of the batch with what it returned: the prior state's evidence. */
  evidence: Array<{ id: string; sql: string; result: SqlStatementOutcome | null }>;
}

/** Reads the state in ONE exec (one QZDFMDB2 batch, one IBM i job). */
export async function readState(conn: IbmiExecutor, statements: StateStatements): Promise<StateRead> {
  const all = [...statements.scan, ...statements.extra];
  const outcomes = await runSql(
    conn,
    all.map((statement) => statement.sql),
  );
  const scanResults = outcomes.slice(0, statements.scan.length).map((outcome) => (outcome.kind === "not-run" ? undefined : outcome));
  const observations = observe(statements.scan, scanResults);
  const extraResults = new Map(statements.extra.map((statement, index) => [statement.id, outcomes[statements.scan.length + index]]));
  return {
    state: { observations, extra: parseExtraState(extraResults, observations) },
    evidence: all.map((statement, index) => ({ id: statement.id, sql: statement.sql, result: outcomes[index] ?? null })),
  };
}
