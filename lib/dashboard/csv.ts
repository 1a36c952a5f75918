/**
 * CSV (RFC 4180: comma separated, CRLF line ends, fields quoted when they need it) for the
 * connections download. A cell that starts with = + - @ (or a tab/CR) is prefixed with an
 * apostrophe: a spreadsheet would otherwise run it as a formula, and user names and reverse-DNS
 * names come from systems an attacker may control.
 */
export type CsvCell = string | number | boolean | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(cell: CsvCell): string {
  if (cell === null || cell === undefined) return "";
  let text = String(cell);
  if (typeof cell === "string" && FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvCell[]>): string {
  return [header, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
