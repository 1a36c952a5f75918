/**
 * The columns of a finding's evidence rows in the order the SQL selected them. Rows are stored
 * as JSON (PostgreSQL jsonb keeps keys in its own order), so the order is recovered from the
 * statements' text: a column appears where the SELECT list names it; others follow by name.
 */
export function evidenceColumns(rows: ReadonlyArray<Record<string, unknown>>, statements: ReadonlyArray<{ sql: string }>): string[] {
  const sql = statements.map((statement) => statement.sql.toUpperCase()).join("\n");
  const position = (column: string) => {
    const match = new RegExp(`(^|[^A-Z0-9_])${column.toUpperCase().replace(/[^A-Z0-9_]/g, "")}($|[^A-Z0-9_])`).exec(sql);
    return match === null ? Number.POSITIVE_INFINITY : match.index;
  };
  const columns = [...new Set(rows.flatMap((row) => Object.keys(row)))];
  return columns.sort((a, b) => position(a) - position(b) || a.localeCompare(b));
}
