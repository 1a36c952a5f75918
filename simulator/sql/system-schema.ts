/**
 * PostgreSQL objects that stand in for one simulated system's IBM i objects, generated from the
 * catalog. Each library gets a schema per system (`s7_qsys2`, `s7_qusrsys`, …):
 * - a view-shaped service or physical file is a table of the same name;
 * - a table function is a hidden base table (`_active_job_info`) plus a SQL function of the
 *   service's name with the IBM parameters, implementing their filters. It returns SETOF a
 *   composite type, because only that keeps the column lengths PostgreSQL reports (and so the
 *   QZDFMDB2 column widths); a RETURNS TABLE function would drop them;
 * - a multi-member file is a base table with a `_member` column, plus a view of the file's name
 *   that, like SQL on IBM i, reads the first member.
 */
import { CATALOG, type ColumnDef, type ObjectKey, type ParamDef, type TableFunctionDef } from "./catalog";
import { DB2_FUNCTION_SCHEMA, JOB_ROLE } from "./db2-functions";
import { parseSqlType, postgresTypeOf } from "./sql-type";

export const LIBRARIES: readonly string[] = [...new Set(Object.values(CATALOG).map((object) => object.schema))];

export function pgSchemaName(prefix: string, library: string): string {
  return `${prefix}_${library.toLowerCase()}`;
}

/** Column names are quoted: IBM uses names such as FUNCTION that are keywords elsewhere. */
export function pgColumn(name: string): string {
  return `"${name.toLowerCase()}"`;
}

/** The table that holds an object's rows, qualified. */
export function storageTable(prefix: string, key: ObjectKey): string {
  const object = CATALOG[key];
  const hidden = object.kind === "view" ? "" : "_";
  return `${pgSchemaName(prefix, object.schema)}.${hidden}${object.name.toLowerCase()}`;
}

export function isIfsFunction(object: TableFunctionDef): boolean {
  return object.params.some((param) => param.filter.kind === "ifs-path");
}

function columnList(columns: readonly ColumnDef[]): string {
  return columns.map((column) => `${pgColumn(column.name)} ${postgresTypeOf(parseSqlType(column.type))}`).join(", ");
}

export function createSystemSql(prefix: string, available: readonly ObjectKey[]): string {
  const schemas = LIBRARIES.map((library) => pgSchemaName(prefix, library));
  return [
    ...schemas.map((schema) => `CREATE SCHEMA ${schema}; GRANT USAGE ON SCHEMA ${schema} TO ${JOB_ROLE};`),
    ...available.map((key) => createObjectSql(prefix, key)),
  ].join("\n");
}

export function dropSystemSql(prefix: string): string {
  return LIBRARIES.map((library) => `DROP SCHEMA IF EXISTS ${pgSchemaName(prefix, library)} CASCADE;`).join("\n");
}

function createObjectSql(prefix: string, key: ObjectKey): string {
  const object = CATALOG[key] as (typeof CATALOG)[ObjectKey];
  const table = storageTable(prefix, key);
  switch (object.kind) {
    case "view":
      return `CREATE TABLE ${table} (${columnList(object.columns)});`;
    case "multi-member-file":
      return `CREATE TABLE ${table} (_member varchar(10) NOT NULL, ${columnList(object.columns)});`;
    case "table-function":
      return tableFunctionSql(prefix, key, object);
  }
}

/** The view of a multi-member file reads its first member (none: no rows). */
export function memberViewSql(prefix: string, key: ObjectKey, firstMember: string | null): string {
  const object = CATALOG[key];
  const columns = object.columns.map((column) => pgColumn(column.name)).join(", ");
  const member = firstMember === null ? "NULL" : `'${firstMember.replaceAll("'", "''")}'`;
  return (
    `CREATE OR REPLACE VIEW ${pgSchemaName(prefix, object.schema)}.${object.name.toLowerCase()} AS ` +
    `SELECT ${columns} FROM ${storageTable(prefix, key)} WHERE _member = ${member};`
  );
}

function tableFunctionSql(prefix: string, key: ObjectKey, object: TableFunctionDef): string {
  const schema = pgSchemaName(prefix, object.schema);
  const name = object.name.toLowerCase();
  const rowType = `${schema}.${name}_row`;
  const params = object.params.map(paramDeclaration).join(", ");
  const body = isIfsFunction(object) ? ifsReadBody(prefix, key, object) : filteredRowsBody(prefix, key, object);
  return [
    isIfsFunction(object)
      ? `CREATE TABLE ${storageTable(prefix, key)} (path text PRIMARY KEY, content text NOT NULL);`
      : `CREATE TABLE ${storageTable(prefix, key)} (_seq integer NOT NULL, ${columnList(object.columns)});`,
    `CREATE TYPE ${rowType} AS (${columnList(object.columns)});`,
    `CREATE FUNCTION ${schema}.${name}(${params}) RETURNS SETOF ${rowType} LANGUAGE sql STABLE AS $body$ ${body} $body$;`,
  ].join("\n");
}

function paramDeclaration(param: ParamDef): string {
  const type = postgresTypeOf(parseSqlType(param.type)).replace(/\(.*\)$/, "");
  const value = typeof param.default === "string" ? `'${param.default}'` : String(param.default);
  const fallback = param.default === undefined ? "" : ` DEFAULT ${value}`;
  return `${param.name.toLowerCase()} ${type}${fallback}`;
}

function filteredRowsBody(prefix: string, key: ObjectKey, object: TableFunctionDef): string {
  const fn = DB2_FUNCTION_SCHEMA;
  const argument = (index: number) => `$${index + 1}`;
  const detailParam = object.params.findIndex((param) => param.filter.kind === "detail-level");
  const select = object.columns.map((column) => {
    if (column.name === "ORDINAL_POSITION") return `(row_number() OVER (ORDER BY t._seq))::integer`;
    const value = `t.${pgColumn(column.name)}`;
    return column.detail && detailParam >= 0
      ? `CASE WHEN ${fn}.detail_includes(${argument(detailParam)}, '${column.detail}') THEN ${value} END`
      : value;
  });
  const conditions = object.params.flatMap((param, index) => {
    const position = `${index + 1}, '${object.name}'`;
    switch (param.filter.kind) {
      case "name-list":
        return [
          `${fn}.check_argument(${fn}.list_within(${argument(index)}, ${param.filter.max}), ${position})`,
          `${fn}.name_in_list(t.${pgColumn(param.filter.column)}, ${argument(index)})`,
        ];
      case "generic-job-name":
        return [`${fn}.job_name_matches(t.${pgColumn(param.filter.column)}, t.job_type, ${argument(index)})`];
      case "detail-level": {
        const level = `upper(coalesce(${argument(index)}, 'NONE'))`;
        return [`${fn}.check_argument(${level} IN ('NONE', 'WORK', 'QTEMP', 'ALL', 'FULL'), ${position})`];
      }
      default:
        return [];
    }
  });
  return `SELECT ${select.join(", ")} FROM ${storageTable(prefix, key)} t WHERE ${conditions.join(" AND ") || "true"}`;
}

/**
 * IFS_READ: one row per line of the stream file. A missing file is SQL0443 unless
 * IGNORE_ERRORS => 'YES' (the exact IBM message is [U]).
 */
function ifsReadBody(prefix: string, key: ObjectKey, object: TableFunctionDef): string {
  const table = storageTable(prefix, key);
  const path = `$${object.params.findIndex((param) => param.filter.kind === "ifs-path") + 1}`;
  const ignoreErrors = `$${object.params.findIndex((param) => param.name === "IGNORE_ERRORS") + 1}`;
  const [lineNumber, line] = object.columns;
  return (
    `SELECT l.n::integer AS ${pgColumn(lineNumber.name)}, ` +
    `l.line::${postgresTypeOf(parseSqlType(line.type))} AS ${pgColumn(line.name)} ` +
    `FROM ${table} f, LATERAL regexp_split_to_table(regexp_replace(f.content, '\\r?\\n$', ''), '\\r?\\n') ` +
    `WITH ORDINALITY AS l(line, n) ` +
    `WHERE f.path = ${path} AND (EXISTS (SELECT 1 FROM ${table} WHERE path = ${path}) OR upper(${ignoreErrors}) = 'YES' ` +
    `OR ${DB2_FUNCTION_SCHEMA}.raise_error('38501', -443, 'No such path or directory.'))`
  );
}
