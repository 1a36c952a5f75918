import { notAuthorizedFromMessages } from "./authority";
import { parseClMessages } from "./cl-messages";
import { parseDb2Output, type Db2Row, type Db2StatementResult } from "./db2-output";
import { ClCommandError, Db2OutputError, ServiceUnavailable, SqlError } from "./errors";
import { QZDFMDB2_EXEC_LINE } from "./shell";
import { flattenStatement } from "./sql-text";
import type { IbmiExecutor } from "./transport/types";

/** A statement's outcome; `not-run` when QZDFMDB2 stopped after an earlier failure. */
export type SqlStatementOutcome = Db2StatementResult | { kind: "not-run" };

/**
 * Runs every statement in one exec, hence one IBM i job (QTEMP and the job log are shared by the
 * batch): QZDFMDB2 reads them from stdin, one per line, separated by `;`. Returns one outcome per
 * statement, in order. Success is decided per statement from the output, never from the exit
 * status of `system` (real systems exit 0 with failed statements and 1 after an empty query).
 *
 * @throws InvalidValueError when a statement cannot be put on one line (see flattenStatement).
 * @throws ShellStartupOutput, Db2PromptOnly or Db2OutputError when the output as a whole is unusable.
 * @throws NotAuthorized or ClCommandError when QZDFMDB2 itself could not be called.
 */
export async function runSql(conn: IbmiExecutor, statements: readonly string[], options: { timeoutMs?: number } = {}): Promise<SqlStatementOutcome[]> {
  if (statements.length === 0) return [];
  const stdin = statements.map(flattenStatement).join(";\n");
  const { code, stdout, stderr } = await conn.exec(QZDFMDB2_EXEC_LINE, { stdin, timeoutMs: options.timeoutMs });
  if (!/^\s*DB2>\s*$/m.test(stdout)) {
    // No prompt at all: the CALL of QZDFMDB2 failed before it started (its messages on stderr).
    const messages = [...parseClMessages(stdout), ...parseClMessages(stderr)];
    if (messages.length > 0) {
      throw notAuthorizedFromMessages(messages, conn.userProfile) ?? new ClCommandError("CALL QSYS/QZDFMDB2", code, messages);
    }
    if (stdout.trim() === "") {
      throw new Db2OutputError(`QZDFMDB2 printed nothing (exit code ${code}, stderr ${JSON.stringify(stderr.slice(0, 200))})`);
    }
  }
  const results = parseDb2Output(stdout);
  if (results.length > statements.length) {
    throw new Db2OutputError(`${results.length} results for ${statements.length} statements`);
  }
  if (results.length < statements.length) {
    if (results.at(-1)?.kind !== "error") {
      throw new Db2OutputError(`${results.length} results for ${statements.length} statements, the last one not an error`);
    }
    return [...results, ...Array.from({ length: statements.length - results.length }, () => ({ kind: "not-run" as const }))];
  }
  return results;
}

/**
 * What a missing IBM i service looks like: SQL0204 (42704, undefined name) for tables, views and
 * files; 42883/42884 when no routine (a table function such as IFS_READ) matches, as in
 * vscode-ibmi's QCMDEXC report (ibmi-facts §1.3, §8).
 */
const MISSING_OBJECT_STATES = new Set(["42704", "42883", "42884"]);

export const isMissingObjectState = (sqlstate: string): boolean => MISSING_OBJECT_STATES.has(sqlstate);

/**
 * The rows of a statement that must have returned a result table.
 *
 * @param options.service the IBM i service the statement reads (`QSYS2.NETSTAT_JOB_INFO`); when
 *   given, "object not found" and "routine not found" become ServiceUnavailable.
 * @throws ServiceUnavailable, or SqlError when the statement failed or did not run;
 *   Db2OutputError when it was not a query.
 */
export function requireRows(outcome: SqlStatementOutcome, statement: string, options: { service?: string } = {}): Db2Row[] {
  switch (outcome.kind) {
    case "rows":
      return outcome.rows;
    case "error":
      if (options.service && isMissingObjectState(outcome.sqlstate)) {
        throw new ServiceUnavailable(options.service, `SQLSTATE ${outcome.sqlstate}: ${outcome.message}`);
      }
      throw new SqlError(statement, outcome.sqlstate, outcome.nativeError, outcome.message);
    case "not-run":
      // No SQLSTATE exists for a statement that never ran; the empty one says so.
      throw new SqlError(statement, "", 0, "not run: an earlier statement in the batch failed");
    case "ok":
      throw new Db2OutputError(`expected a result table, got a completion message, for ${statement}`);
  }
}
