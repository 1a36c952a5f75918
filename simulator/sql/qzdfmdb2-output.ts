/**
 * The text QZDFMDB2 prints when run as `system "call QSYS/QZDFMDB2 PARM('-d' '-i' '-t')"`
 * (ibmi-facts §1.3): prompts, result blocks, the completion notice and CLI ERROR blocks.
 *
 * Values come in as PostgreSQL text output (the engine's wire format): integers and decimals as
 * digits, timestamps as 'YYYY-MM-DD HH:MM:SS[.ffffff]', dates 'YYYY-MM-DD', times 'HH:MM:SS'.
 */
// Shared with the dashboard's parser of this output; relative, because engine workers load this
// file through tsx without the @/ path alias.
import { ebcdicWidth, padEbcdic as padEndEbcdic } from "../../lib/ibmi/ebcdic-width";

export type DisplayType =
  | { kind: "integer"; width: number }
  /** scale null: take the largest scale among the values (an expression without a declared type). */
  | { kind: "decimal"; precision: number; scale: number | null }
  | { kind: "float" }
  /** length null: as wide as the widest value (an expression without a declared length). */
  | { kind: "text"; length: number | null }
  | { kind: "timestamp" }
  | { kind: "date" }
  | { kind: "time" };

export interface ResultColumn {
  name: string;
  type: DisplayType;
}

export type CellValue = string | null;

export interface Db2Error {
  sqlstate: string;
  nativeError: number;
  message: string;
}

export const FIRST_LINE_PROMPT = "DB2>\n";
export const CONTINUATION_PROMPT = "  ?>\n";
export const COMMAND_COMPLETED = "DB20000I  THE SQL COMMAND COMPLETED SUCCESSFULLY.\n";

/** Starts with a newline of its own, as the CLI sample code prints it; the message ends in a blank. */
export function renderCliError(error: Db2Error): string {
  return (
    "\n **** CLI ERROR *****\n" +
    `         SQLSTATE: ${error.sqlstate}\n` +
    `NATIVE ERROR CODE: ${error.nativeError}\n` +
    `${error.message} \n`
  );
}

/**
 * A result block. A fetch error (one raised while rows were being produced) is printed after the
 * rows already fetched and before the trailer, as real runs show.
 */
export function renderResultSet(columns: ResultColumn[], rows: CellValue[][], fetchError?: Db2Error): string {
  const layouts = columns.map((column, index) => layoutColumn(column, rows.map((row) => row[index])));
  const lines = [
    "",
    layouts.map((layout, index) => padEndEbcdic(columns[index].name, layout.width)).join(" "),
    layouts.map((layout) => "-".repeat(layout.width)).join(" "),
    ...rows.map((row) => layouts.map((layout, index) => layout.cell(row[index])).join(" ")),
  ];
  return (
    lines.join("\n") +
    "\n" +
    (fetchError ? renderCliError(fetchError) : "") +
    `\n${String(rows.length).padStart(3)} RECORD(S) SELECTED.\n\n`
  );
}

interface ColumnLayout {
  width: number;
  /** The cell text, exactly `width` EBCDIC bytes wide. */
  cell(value: CellValue): string;
}

const NULL_CELL = "-";

function layoutColumn(column: ResultColumn, values: CellValue[]): ColumnLayout {
  const nameWidth = ebcdicWidth(column.name) + 1;
  const type = column.type;
  switch (type.kind) {
    case "integer":
    case "float": {
      const typeWidth = type.kind === "integer" ? type.width : FLOAT_WIDTH;
      const width = Math.max(typeWidth, nameWidth);
      const show = type.kind === "integer" ? (value: string) => value : formatFloat;
      return { width, cell: (value) => padStartEbcdic(value === null ? NULL_CELL : show(value), width) };
    }
    case "decimal": {
      const scale = type.scale ?? Math.max(0, ...values.map(scaleOf));
      // Sign position, digits and the decimal point (a trailing blank when there is no point);
      // the number keeps this width and sits at the left of a column the heading made wider.
      const numberWidth = type.precision + 2;
      const width = Math.max(numberWidth, nameWidth);
      return {
        width,
        cell: (value) => {
          const number = value === null ? NULL_CELL : withScale(value, scale);
          const shown = scale > 0 ? padStartEbcdic(number, numberWidth) : padStartEbcdic(number, numberWidth - 1) + " ";
          return padEndEbcdic(shown, width);
        },
      };
    }
    case "text": {
      const shown = values.map((value) => (value === null ? NULL_CELL : value));
      const typeWidth = type.length ?? Math.max(1, ...shown.map(ebcdicWidth));
      const width = Math.max(typeWidth, nameWidth);
      return { width, cell: (value) => padEndEbcdic(value === null ? NULL_CELL : value, width) };
    }
    case "timestamp":
    case "date":
    case "time": {
      const format = DATETIME_FORMATS[type.kind];
      const width = Math.max(format.width, nameWidth);
      return { width, cell: (value) => padEndEbcdic(value === null ? NULL_CELL : format.show(value), width) };
    }
  }
}

function padStartEbcdic(text: string, width: number): string {
  return " ".repeat(Math.max(0, width - ebcdicWidth(text))) + text;
}

function scaleOf(value: CellValue): number {
  const point = value?.indexOf(".") ?? -1;
  return value === null || point < 0 ? 0 : value.length - point - 1;
}

/** Decimal text with exactly `scale` digits after the point, and a leading zero before it. */
function withScale(value: string, scale: number): string {
  const negative = value.startsWith("-");
  const [whole, fraction = ""] = value.replace(/^[-+]/, "").split(".");
  const digits = (whole === "" ? "0" : whole) + (scale > 0 ? "." + fraction.padEnd(scale, "0").slice(0, scale) : "");
  return (negative ? "-" : "") + digits;
}

// Db2 shows DOUBLE in exponent form; the exact QZDFMDB2 width is [U], this uses sign + 17 + E+nnn.
const FLOAT_WIDTH = 23;

function formatFloat(value: string): string {
  const number = Number(value);
  if (!Number.isFinite(number)) return value;
  const [mantissa, exponent] = number.toExponential(15).toUpperCase().split("E");
  const sign = exponent.startsWith("-") ? "-" : "+";
  return `${mantissa}E${sign}${exponent.replace(/^[-+]/, "").padStart(3, "0")}`;
}

/** Db2's default (ISO-like) forms: 2026-11-22-10.15.00.000000, 2026-11-22, 10.15.00. */
const DATETIME_FORMATS = {
  timestamp: {
    width: 26,
    show: (value: string) => {
      const [date, time = "00:00:00"] = value.split(" ");
      const [clock, fraction = ""] = time.split(".");
      return `${date}-${clock.replaceAll(":", ".")}.${fraction.padEnd(6, "0").slice(0, 6)}`;
    },
  },
  date: { width: 10, show: (value: string) => value },
  time: { width: 8, show: (value: string) => value.slice(0, 8).replaceAll(":", ".") },
} as const;
