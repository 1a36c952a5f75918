/**
 * Db2 for i column type classes, as written in the catalog ("char(10)", "decimal(5,2)", …), and
 * what the simulator derives from them: the PostgreSQL column type and the QZDFMDB2 display width.
 */

export type SqlTypeText =
  | `char(${number})`
  | `varchar(${number})`
  | "smallint"
  | "integer"
  | "bigint"
  | `decimal(${number},${number})`
  | "timestamp"
  | "date"
  | "time";

export type SqlType =
  | { kind: "char" | "varchar"; length: number }
  | { kind: "smallint" | "integer" | "bigint" }
  | { kind: "decimal"; precision: number; scale: number }
  | { kind: "timestamp" | "date" | "time" };

export function parseSqlType(text: SqlTypeText): SqlType {
  const match = /^(\w+)(?:\((\d+)(?:,(\d+))?\))?$/.exec(text);
  if (!match) throw new Error(`Not a Db2 type class: ${text}`);
  const [, kind, first, second] = match;
  switch (kind) {
    case "char":
    case "varchar":
      return { kind, length: Number(first) };
    case "decimal":
      return { kind, precision: Number(first), scale: Number(second ?? 0) };
    case "smallint":
    case "integer":
    case "bigint":
    case "timestamp":
    case "date":
    case "time":
      return { kind };
    default:
      throw new Error(`Not a Db2 type class: ${text}`);
  }
}

/**
 * PostgreSQL type used to store a column. CHAR maps to bpchar so that comparisons ignore trailing
 * blanks the way Db2 pads the shorter operand ('Y' = 'Y  ' is true on IBM i).
 */
export function postgresTypeOf(type: SqlType): string {
  switch (type.kind) {
    case "char":
      return `char(${type.length})`;
    case "varchar":
      return `varchar(${type.length})`;
    case "decimal":
      return `numeric(${type.precision},${type.scale})`;
    case "timestamp":
      return "timestamp(6)";
    default:
      return type.kind;
  }
}
