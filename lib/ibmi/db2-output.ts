import { ebcdicColumns, ebcdicWidth, padEbcdic } from "./ebcdic-width";
import { Db2OutputError, Db2PromptOnly, ShellStartupOutput } from "./errors";

/**
 * Parser for what `QSYS/QZDFMDB2 PARM('-d' '-i' '-t')` (the QShell `db2` program) prints on stdout
 * for a batch of statements read from stdin. Grammar (ibmi-facts.md §1.3):
 *
 *   DB2>                                   one prompt per statement, `  ?>` per continuation line
 *   DB20000I  THE SQL COMMAND COMPLETED SUCCESSFULLY.        non-query success
 *                                          query: blank, header, dash line, rows, blank, trailer
 *   NAME       COUNT
 *   ---------- -----------
 *   QSYSWRK              42
 *
 *     1 RECORD(S) SELECTED.
 *    **** CLI ERROR *****                  failure: SQLSTATE, native code, message (job language)
 *            SQLSTATE: 42704
 *   NATIVE ERROR CODE: -204
 *   QSYS2.NOPE in *LIBL type *FILE not found.
 *
 * Column positions come from the dash line and are counted in EBCDIC bytes (see ebcdic-width.ts).
 * Whether a statement succeeded is read from here, never from the exit code of `system`.
 */

export type Db2Value = string | number | null;
export type Db2Row = Record<string, Db2Value>;

/** A CLI ERROR block whose SQLSTATE class is 00, 01 (warning) or 02 (no data): not a failure. */
export interface Db2Warning {
  sqlstate: string;
  nativeError: number;
  message: string;
}

export interface Db2RowsResult {
  kind: "rows";
  columns: string[];
  rows: Db2Row[];
  /** Present only when the statement produced warnings. */
  warnings?: Db2Warning[];
}

export interface Db2OkResult {
  kind: "ok";
  warnings?: Db2Warning[];
}

export interface Db2ErrorResult {
  kind: "error";
  sqlstate: string;
  nativeError: number;
  message: string;
}

export type Db2StatementResult = Db2RowsResult | Db2OkResult | Db2ErrorResult;

const TRAILER = /^\s*(\d[\d,.]*)\s+RECORD\(S\)\s+SELECTED\.\s*$/i;
const CLI_ERROR = /^\s*\*+\s*CLI ERROR\s*\*+\s*$/;
const SQLSTATE_LINE = /^\s*SQLSTATE:\s*(\w{5})\s*$/;
const NATIVE_LINE = /^\s*NATIVE ERROR CODE:\s*(-?\d+)\s*$/;
const DASH_LINE = /^-[- ]*$/;
const NUMBER = /^[-+]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * Parses QZDFMDB2 stdout into one entry per statement, in order.
 *
 * @throws ShellStartupOutput when text precedes the first `DB2>` prompt (a noisy login profile).
 * @throws Db2PromptOnly when the output has prompts but no statement produced anything (SSH daemon
 *   started from the wrong path).
 * @throws Db2OutputError when the output does not follow the grammar; nothing is guessed.
 * @returns `[]` for empty stdout.
 */
export function parseDb2Output(stdout: string): Db2StatementResult[] {
  const lines = stdout.split("\n").map((line) => line.replace(/\r$/, ""));
  const firstPrompt = lines.findIndex(isStatementPrompt);
  if (firstPrompt === -1) {
    if (stdout.trim() === "") return [];
    throw new Db2OutputError(`no DB2> prompt in ${JSON.stringify(stdout.slice(0, 200))}`);
  }
  const preamble = lines.slice(0, firstPrompt).join("\n").trim();
  if (preamble !== "") throw new ShellStartupOutput(preamble.slice(0, 200));

  const results: Db2StatementResult[] = [];
  for (const segment of splitAtPrompts(lines.slice(firstPrompt))) {
    const result = parseSegment(segment);
    if (result) results.push(result);
  }
  if (results.length === 0) throw new Db2PromptOnly();
  return results;
}

function isStatementPrompt(line: string): boolean {
  return line.trim() === "DB2>";
}

function isContinuationPrompt(line: string): boolean {
  return line.trim() === "?>";
}

function isBlank(line: string): boolean {
  return line.trim() === "";
}

/** The lines after each `DB2>` prompt up to the next one, without `?>` prompts. */
function splitAtPrompts(lines: string[]): string[][] {
  const segments: string[][] = [];
  for (const line of lines) {
    if (isStatementPrompt(line)) segments.push([]);
    else if (!isContinuationPrompt(line)) segments[segments.length - 1].push(line);
  }
  return segments;
}

interface CliBlock {
  sqlstate: string;
  nativeError: number;
  message: string;
}

/** SQLSTATE classes 00 (success), 01 (warning) and 02 (no data) are completion conditions, not failures. */
function isFailure(block: CliBlock): boolean {
  return !/^0[012]/.test(block.sqlstate);
}

interface Table {
  columns: string[];
  offsets: Array<{ start: number; end: number }>;
  chunkCount: number;
  wrapWidth: number;
}

/** One statement's output; `null` when the segment is empty (the prompt after the last statement). */
function parseSegment(lines: string[]): Db2StatementResult | null {
  const warnings: Db2Warning[] = [];
  let failure: CliBlock | null = null;
  let completed = false;
  let table: Table | null = null;
  const rows: Db2Row[] = [];
  let selectedCount: number | null = null;

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];
    if (CLI_ERROR.test(line)) {
      const { block, next } = readCliBlock(lines, i);
      if (isFailure(block)) failure ??= block;
      else warnings.push(block);
      i = next;
    } else if (TRAILER.test(line)) {
      if (selectedCount !== null) throw new Db2OutputError(`second RECORD(S) SELECTED line: ${line.trim()}`);
      selectedCount = Number(TRAILER.exec(line)![1].replace(/[,.]/g, ""));
      i += 1;
    } else if (isBlank(line)) {
      if (table && selectedCount === null && !isSeparatorBlank(lines, i)) {
        i = readRow(lines, i, table, rows);
      } else {
        i += 1;
      }
    } else if (table && selectedCount === null) {
      i = readRow(lines, i, table, rows);
    } else if (line.startsWith("DB20")) {
      completed = true;
      i += 1;
    } else if (!table) {
      const header = readHeader(lines, i);
      table = header.table;
      i = header.next;
    } else {
      throw new Db2OutputError(`unexpected line after the result: ${JSON.stringify(line)}`);
    }
  }

  if (failure) return { kind: "error", ...failure };
  const withWarnings = warnings.length > 0 ? { warnings } : {};
  if (table) {
    if (selectedCount === null) throw new Db2OutputError("result table without a RECORD(S) SELECTED line");
    if (selectedCount !== rows.length) {
      throw new Db2OutputError(`${rows.length} rows parsed but the trailer says ${selectedCount}`);
    }
    return { kind: "rows", columns: table.columns, rows, ...withWarnings };
  }
  if (completed || warnings.length > 0) return { kind: "ok", ...withWarnings };
  if (selectedCount !== null) throw new Db2OutputError("RECORD(S) SELECTED line without a result table");
  return null;
}

/**
 * The blank line that ends the rows is the last of its run before the trailer, an error block or
 * the end. Any other blank line is a row whose every value is blank.
 */
function isSeparatorBlank(lines: string[], index: number): boolean {
  const next = lines[index + 1];
  return next === undefined || TRAILER.test(next) || CLI_ERROR.test(next);
}

function readCliBlock(lines: string[], index: number): { block: CliBlock; next: number } {
  const state = SQLSTATE_LINE.exec(lines[index + 1] ?? "");
  const native = NATIVE_LINE.exec(lines[index + 2] ?? "");
  if (!state || !native) {
    throw new Db2OutputError(`CLI ERROR block without SQLSTATE and NATIVE ERROR CODE lines at line ${index + 1}`);
  }
  const messageLines: string[] = [];
  let next = index + 3;
  while (next < lines.length && !isBlank(lines[next]) && !TRAILER.test(lines[next]) && !CLI_ERROR.test(lines[next])) {
    messageLines.push(lines[next].trim());
    next += 1;
  }
  return { block: { sqlstate: state[1], nativeError: Number(native[1]), message: messageLines.join(" ") }, next };
}

/**
 * Reads the header and the dash line. A very wide result comes out cut into fixed-width pieces on
 * consecutive lines (vscode-ibmi issue #1568): the header then spans several lines before the dash
 * line, and the dash line and every row span as many lines as the header.
 */
function readHeader(lines: string[], index: number): { table: Table; next: number } {
  const headerChunks: string[] = [];
  let i = index;
  while (i < lines.length && !DASH_LINE.test(lines[i])) {
    if (isBlank(lines[i]) || TRAILER.test(lines[i]) || CLI_ERROR.test(lines[i])) {
      throw new Db2OutputError(`column headings without a dash line: ${JSON.stringify(lines[index])}`);
    }
    headerChunks.push(lines[i]);
    i += 1;
  }
  const chunkCount = headerChunks.length;
  const dashChunks = lines.slice(i, i + chunkCount);
  if (dashChunks.length < chunkCount || !dashChunks.every((chunk) => DASH_LINE.test(chunk))) {
    throw new Db2OutputError(`the dash line does not span the ${chunkCount} heading lines`);
  }
  const wrapWidth = Math.max(ebcdicWidth(headerChunks[0]), dashChunks[0].length);
  const dashes = joinChunks(dashChunks, wrapWidth);
  const header = joinChunks(headerChunks, wrapWidth);

  const offsets: Array<{ start: number; end: number }> = [];
  for (const run of dashes.matchAll(/-+/g)) offsets.push({ start: run.index, end: run.index + run[0].length });
  const columns = sliceColumns(header, offsets).map((name) => name.trim());
  const unnamed = columns.findIndex((name) => name === "");
  if (unnamed !== -1) throw new Db2OutputError(`column ${unnamed + 1} has no heading`);
  return { table: { columns, offsets, chunkCount, wrapWidth }, next: i + chunkCount };
}

function joinChunks(chunks: string[], wrapWidth: number): string {
  return chunks.map((chunk, n) => (n < chunks.length - 1 ? padEbcdic(chunk, wrapWidth) : chunk)).join("");
}

function readRow(lines: string[], index: number, table: Table, rows: Db2Row[]): number {
  const chunks = lines.slice(index, index + table.chunkCount);
  if (chunks.length < table.chunkCount) throw new Db2OutputError("a result row is cut short");
  const cells = sliceColumns(joinChunks(chunks, table.wrapWidth), table.offsets);
  rows.push(Object.fromEntries(table.columns.map((name, n) => [name, toValue(cells[n])])));
  return index + table.chunkCount;
}

/** Cuts a line at the dash-line offsets, counting EBCDIC columns. The last column takes the rest. */
function sliceColumns(line: string, offsets: Array<{ start: number; end: number }>): string[] {
  const { chars, starts } = ebcdicColumns(line);
  return offsets.map(({ start, end }, n) => {
    const last = n === offsets.length - 1;
    let text = "";
    for (let c = 0; c < chars.length; c++) {
      if (starts[c] >= start && (last || starts[c] < end)) text += chars[c];
    }
    return text;
  });
}

/**
 * A cell is a number when its slice starts with a blank (numbers are right-aligned, or carry a sign
 * blank) and the rest parses as one; `-` is NULL; anything else is the right-trimmed string. A
 * number that a JavaScript number cannot hold exactly (more than 15 significant digits) stays a
 * string, so BIGINT and DECIMAL(31) values are never silently rounded.
 */
function toValue(slice: string): Db2Value {
  const text = slice.trimEnd();
  const bare = text.trim();
  if (bare === "-") return null;
  if (slice.startsWith(" ") && NUMBER.test(bare) && significantDigits(bare) <= 15) return Number(bare);
  return text;
}

function significantDigits(numeral: string): number {
  const mantissa = numeral.replace(/[eE].*$/, "").replace(/[-+.]/g, "");
  return mantissa.replace(/^0+/, "").length;
}
