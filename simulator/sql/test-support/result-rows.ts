/**
 * Reads the single result block of a QZDFMDB2 answer with the dashboard's own parser, so the
 * tests also show that parser reads the engine's output. Cells come back as text, NULL as "-".
 */
import { parseDb2Output } from "../../../lib/ibmi/db2-output";

export function resultRows(stdout: string): { columns: string[]; rows: string[][] } {
  const results = parseDb2Output(stdout);
  const [result] = results;
  if (results.length !== 1 || result.kind !== "rows") throw new Error(`Expected one result set in:\n${stdout}`);
  return {
    columns: result.columns,
    rows: result.rows.map((row) => result.columns.map((column) => (row[column] === null ? "-" : String(row[column])))),
  };
}
