/**
 * Rows the engine knows without the simulator's help (objects marked `derived: "catalog"`):
 * SYSIBM.SYSDUMMY1's single row, QSYS2.SYSCOLUMNS from the catalog, and QSYS2.SYSPARTITIONSTAT
 * with one row per member of each multi-member file. A snapshot that gives rows for one of these
 * objects replaces the derived rows, e.g. to set member timestamps.
 */
import { CATALOG, type ObjectKey } from "./catalog";
import { parseSqlType } from "./sql-type";
import type { SqlRow, SystemSqlSnapshot } from "./types";

export function derivedRows(key: ObjectKey, available: readonly ObjectKey[], snapshot: SystemSqlSnapshot): SqlRow[] {
  switch (key) {
    case "SYSIBM.SYSDUMMY1":
      return [{ IBMREQD: "Y" }];
    case "QSYS2.SYSCOLUMNS":
      return available.flatMap(columnRows);
    case "QSYS2.SYSPARTITIONSTAT":
      return available.flatMap((fileKey) => partitionRows(fileKey, snapshot));
    default:
      return [];
  }
}

/** Storage sizes SYSCOLUMNS.LENGTH reports for types without a length. */
const FIXED_LENGTHS = { smallint: 2, integer: 4, bigint: 8, timestamp: 10, date: 4, time: 3 } as const;

function columnRows(key: ObjectKey): SqlRow[] {
  const object = CATALOG[key];
  if (object.kind === "table-function") return [];
  return object.columns.map((column, index) => {
    const type = parseSqlType(column.type);
    const length = "length" in type ? type.length : "precision" in type ? type.precision : FIXED_LENGTHS[type.kind];
    return {
      COLUMN_NAME: column.name,
      TABLE_NAME: object.name,
      TABLE_SCHEMA: object.schema,
      ORDINAL_POSITION: index + 1,
      // DATA_TYPE is VARCHAR(8) on IBM i, hence TIMESTMP.
      DATA_TYPE: type.kind === "timestamp" ? "TIMESTMP" : type.kind.toUpperCase(),
      LENGTH: length,
      NUMERIC_SCALE: type.kind === "decimal" ? type.scale : ["smallint", "integer", "bigint"].includes(type.kind) ? 0 : null,
      IS_NULLABLE: "Y",
      // IBM generates short system names for long column names; the first 10 characters stand in.
      SYSTEM_COLUMN_NAME: column.name.slice(0, 10),
      // Long names without a documented system name get their first 10 characters [U].
      SYSTEM_TABLE_NAME: ("systemName" in object ? object.systemName : undefined) ?? object.name.slice(0, 10),
      SYSTEM_TABLE_SCHEMA: object.schema,
    };
  });
}

function partitionRows(key: ObjectKey, snapshot: SystemSqlSnapshot): SqlRow[] {
  const object = CATALOG[key];
  if (object.kind !== "multi-member-file") return [];
  const recordLength = object.columns.reduce((sum, column) => {
    const type = parseSqlType(column.type);
    return sum + ("length" in type ? type.length : 8);
  }, 0);
  return Object.entries(snapshot.members[key] ?? {}).map(([member, rows], index) => ({
    TABLE_SCHEMA: object.schema,
    TABLE_NAME: object.name,
    TABLE_PARTITION: member,
    PARTITION_NUMBER: index + 1,
    NUMBER_ROWS: rows.length,
    NUMBER_DELETED_ROWS: 0,
    DATA_SIZE: 4096 + rows.length * recordLength,
    CREATE_TIMESTAMP: null,
    LAST_CHANGE_TIMESTAMP: null,
    SYSTEM_TABLE_SCHEMA: object.schema,
    SYSTEM_TABLE_NAME: object.name,
    SYSTEM_TABLE_MEMBER: member,
  }));
}
