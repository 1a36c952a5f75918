/**
 * The CL command string parser: `[LIB/]NAME param param …`, where a parameter is `KEYWORD(values)`
 * or a positional value, and a value is a word, an 'apostrophe string' (with '' for a quote), or a
 * parenthesised list of values. Unquoted text is upper-cased (CL is case-insensitive outside
 * strings); quoted text is kept. Qualified names (LIB/OBJ) are single words. Inside a list,
 * `WORD(…)` stays together as a keyword element so that a nested command such as
 * `CMD(ENDTCPSVR SERVER(*FTP))` parses, and each list keeps its raw source for such parameters.
 * Comments and `+`/`-` line continuations are accepted as in CL source.
 */
import { analyzerFailure } from "./cl-failure";

export type ClValue =
  | { readonly kind: "word"; readonly text: string }
  | { readonly kind: "string"; readonly text: string }
  | { readonly kind: "list"; readonly items: readonly ClValue[]; readonly raw: string }
  | { readonly kind: "keyword"; readonly keyword: string; readonly value: ClValue & { kind: "list" } };

export interface ClParameter {
  /** Upper-cased keyword, or null for a positional value. */
  readonly keyword: string | null;
  readonly value: ClValue;
}

export interface ParsedCommand {
  readonly library: string | null;
  readonly name: string;
  readonly parameters: readonly ClParameter[];
}

const NAME = /^[A-Z$#@][A-Z0-9$#@_.]{0,9}$/;

/** Removes comments and joins continued lines, leaving strings alone. */
function normalise(source: string): string {
  let out = "";
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    if (ch === "'") {
      const end = closingQuote(source, i);
      out += source.slice(i, end + 1);
      i = end;
    } else if (ch === "/" && source[i + 1] === "*") {
      const end = source.indexOf("*/", i + 2);
      i = end === -1 ? source.length : end + 1;
      out += " ";
    } else if ((ch === "+" || ch === "-") && /^[ \t]*\r?\n/.test(source.slice(i + 1))) {
      const lineEnd = source.indexOf("\n", i);
      i = lineEnd;
      // '+' also skips the next line's leading blanks; '-' keeps them.
      if (ch === "+") while (source[i + 1] === " " || source[i + 1] === "\t") i++;
    } else {
      out += ch === "\n" || ch === "\r" || ch === "\t" ? " " : ch;
    }
  }
  return out;
}

/** Index of the apostrophe that closes the string opening at `start`. */
function closingQuote(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] !== "'") continue;
    if (source[i + 1] === "'") i++;
    else return i;
  }
  throw analyzerFailure("CPD0014");
}

class Reader {
  position = 0;
  constructor(readonly text: string) {}

  peek(): string | undefined {
    return this.text[this.position];
  }

  skipBlanks(): void {
    while (this.peek() === " ") this.position++;
  }

  atEnd(): boolean {
    return this.position >= this.text.length;
  }

  readWord(): string {
    const start = this.position;
    while (!this.atEnd() && !" ()'".includes(this.peek()!)) this.position++;
    return this.text.slice(start, this.position);
  }

  readString(): string {
    const end = closingQuote(this.text, this.position);
    const body = this.text.slice(this.position + 1, end).replaceAll("''", "'");
    this.position = end + 1;
    this.expectSeparator(`'${body}'`);
    return body;
  }

  /** After a string or a closing parenthesis only a blank, '(' … ')' or the end may follow. */
  expectSeparator(previous: string): void {
    const next = this.peek();
    if (next !== undefined && next !== " " && next !== ")") throw analyzerFailure("CPD0020", next, previous);
  }

  readList(): ClValue & { kind: "list" } {
    const open = this.position;
    this.position++;
    const items: ClValue[] = [];
    for (;;) {
      this.skipBlanks();
      if (this.atEnd()) throw analyzerFailure("CPD0013");
      if (this.peek() === ")") break;
      items.push(this.readValue(true));
    }
    const raw = this.text.slice(open + 1, this.position).trim();
    this.position++;
    this.expectSeparator(")");
    return { kind: "list", items, raw };
  }

  readValue(inList: boolean): ClValue {
    const ch = this.peek();
    if (ch === "'") return { kind: "string", text: this.readString() };
    if (ch === "(") return this.readList();
    if (ch === ")") throw analyzerFailure("CPD0013");
    const word = this.readWord().toUpperCase();
    if (inList && this.peek() === "(") return { kind: "keyword", keyword: word, value: this.readList() };
    if (this.peek() === "'") throw analyzerFailure("CPD0020", "'", word);
    return { kind: "word", text: word };
  }
}

export function parseCommand(source: string): ParsedCommand {
  const reader = new Reader(normalise(source).trim());
  const qualified = reader.readWord().toUpperCase();
  const slash = qualified.indexOf("/");
  const library = slash === -1 ? null : qualified.slice(0, slash);
  const name = slash === -1 ? qualified : qualified.slice(slash + 1);
  const validLibrary = library === null || NAME.test(library) || ["*LIBL", "*CURLIB", "*NLVLIBL", "*SYSTEM"].includes(library);
  if (!NAME.test(name) || !validLibrary) {
    const bad = reader.atEnd() ? qualified : reader.peek()!;
    if (!reader.atEnd() && name && NAME.test(name)) throw analyzerFailure("CPD0020", bad, qualified);
    throw analyzerFailure("CPD0030", name, library ?? "*LIBL");
  }
  if (!reader.atEnd() && reader.peek() !== " ") throw analyzerFailure("CPD0020", reader.peek()!, qualified);
  const parameters: ClParameter[] = [];
  for (;;) {
    reader.skipBlanks();
    if (reader.atEnd()) break;
    const ch = reader.peek();
    if (ch === "'" || ch === "(" || ch === ")") {
      parameters.push({ keyword: null, value: reader.readValue(false) });
      continue;
    }
    const word = reader.readWord().toUpperCase();
    if (reader.peek() === "(") {
      parameters.push({ keyword: word, value: reader.readList() });
    } else {
      if (reader.peek() === "'") throw analyzerFailure("CPD0020", "'", word);
      parameters.push({ keyword: null, value: { kind: "word", text: word } });
    }
  }
  return { library, name, parameters };
}
