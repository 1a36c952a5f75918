import type { Db2Value } from "../db2-output";
import { ebcdicWidth, padEbcdic } from "../ebcdic-width";

/**
 * Lays out QZDFMDB2 output for unit tests of code above the parser (runners, probe, checks). The
 * parser itself is tested against hand-written literal output instead.
 */
export type Db2FixtureEntry =
  | { columns: string[]; rows: Db2Value[][] }
  | { ok: true }
  | { error: { sqlstate: string; nativeError: number; message: string } };

export function db2Fixture(entries: readonly Db2FixtureEntry[]): string {
  const lines: string[] = [];
  for (const entry of entries) {
    lines.push("DB2>");
    if ("ok" in entry) {
      lines.push("DB20000I  THE SQL COMMAND COMPLETED SUCCESSFULLY.");
    } else if ("error" in entry) {
      lines.push("", " **** CLI ERROR *****", `         SQLSTATE: ${entry.error.sqlstate}`, `NATIVE ERROR CODE: ${entry.error.nativeError}`, entry.error.message, "");
    } else {
      const cells = entry.rows.map((row) => row.map((value) => (value === null ? "-" : String(value))));
      const widths = entry.columns.map((name, n) =>
        // A number always keeps a leading blank: that is how the parser tells it from text.
        Math.max(ebcdicWidth(name) + 1, ...cells.map((row, r) => ebcdicWidth(row[n]) + (typeof entry.rows[r][n] === "number" ? 1 : 0))),
      );
      const line = (values: string[], numeric: boolean[]) =>
        values.map((value, n) => (numeric[n] ? value.padStart(widths[n]) : padEbcdic(value, widths[n]))).join(" ");
      lines.push("", line(entry.columns, entry.columns.map(() => false)), widths.map((width) => "-".repeat(width)).join(" "));
      for (const [r, row] of cells.entries()) lines.push(line(row, entry.rows[r].map((value) => typeof value === "number")));
      lines.push("", `${String(entry.rows.length).padStart(3)} RECORD(S) SELECTED.`);
    }
  }
  lines.push("DB2>");
  return lines.join("\n");
}
