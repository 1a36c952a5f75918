/**
 * The Db2 display type of a result column, from what PostgreSQL reports for it: the type OID and
 * the type modifier (which carries CHAR/VARCHAR lengths and DECIMAL precision and scale).
 */
import type { CellValue, DisplayType, ResultColumn } from "./qzdfmdb2-output";

export interface PostgresField {
  name: string;
  dataTypeID: number;
  dataTypeModifier: number;
}

const OID = {
  bool: 16,
  int8: 20,
  int2: 21,
  int4: 23,
  oid: 26,
  float4: 700,
  float8: 701,
  bpchar: 1042,
  varchar: 1043,
  date: 1082,
  time: 1083,
  timestamp: 1114,
  timestamptz: 1184,
  timetz: 1266,
  numeric: 1700,
} as const;

// Db2 SUM/AVG results are DECIMAL(31, s); PostgreSQL gives a numeric without precision.
const UNDECLARED_DECIMAL_PRECISION = 31;

function displayType(field: PostgresField): DisplayType {
  const modifier = field.dataTypeModifier;
  switch (field.dataTypeID) {
    case OID.int2:
      return { kind: "integer", width: 6 };
    case OID.int4:
    case OID.oid:
      return { kind: "integer", width: 11 };
    case OID.int8:
      return { kind: "integer", width: 20 };
    case OID.numeric:
      return modifier >= 4
        ? { kind: "decimal", precision: ((modifier - 4) >> 16) & 0xffff, scale: (modifier - 4) & 0xffff }
        : { kind: "decimal", precision: UNDECLARED_DECIMAL_PRECISION, scale: null };
    case OID.float4:
    case OID.float8:
      return { kind: "float" };
    case OID.bpchar:
    case OID.varchar:
      return { kind: "text", length: modifier >= 4 ? modifier - 4 : null };
    case OID.timestamp:
    case OID.timestamptz:
      return { kind: "timestamp" };
    case OID.date:
      return { kind: "date" };
    case OID.time:
    case OID.timetz:
      return { kind: "time" };
    default:
      return { kind: "text", length: null };
  }
}

/** Db2 result names are upper case; PostgreSQL folds unquoted names to lower case. */
function db2ColumnName(name: string): string {
  return name === name.toLowerCase() ? name.toUpperCase() : name;
}

export function resultColumns(fields: readonly PostgresField[]): ResultColumn[] {
  return fields.map((field) => ({ name: db2ColumnName(field.name), type: displayType(field) }));
}

/** Booleans print as Db2 7.5+ shows them; everything else keeps PostgreSQL's text. */
export function cellValues(fields: readonly PostgresField[], row: readonly CellValue[]): CellValue[] {
  return row.map((value, index) =>
    value !== null && fields[index].dataTypeID === OID.bool ? (value === "t" ? "TRUE" : "FALSE") : value,
  );
}
