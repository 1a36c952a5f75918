/**
 * What one statement of a QZDFMDB2 batch returned, as `runSql` (lib/ibmi/run-sql.ts) hands it
 * over: rows, ok, a CLI error, or `not-run` when QZDFMDB2 stopped after an earlier failure.
 */
import type { Db2Row } from "@/lib/ibmi/db2-output";
import type { SqlStatementOutcome } from "@/lib/ibmi/run-sql";

export type Row = Db2Row;
export type StatementResult = SqlStatementOutcome;
