/**
 * A lexer for Db2 for i SQL that is just precise enough for statement splitting and the
 * token-level rewriter: strings, delimited identifiers and comments are single tokens, so a `;`
 * or a keyword inside them is never mistaken for syntax. Concatenating every token's text gives
 * back the input unchanged.
 */

export type TokenKind =
  | "space"
  | "comment"
  | "string"
  | "quoted-identifier"
  | "number"
  | "identifier"
  | "operator"
  | "punctuation";

export interface Token {
  kind: TokenKind;
  text: string;
}

// Db2 ordinary identifiers may contain $ # @ (IBM i system names do). Letters above U+00BF count
// as identifier characters; '¬' (U+00AC) stays an operator character for Db2's '¬='.
const IDENTIFIER_START = /[A-Za-z_$#@\u00c0-\uffff]/;
const IDENTIFIER_PART = /[A-Za-z0-9_$#@\u00c0-\uffff]/;
const MULTI_CHAR_OPERATORS = ["=>", "<>", "<=", ">=", "!=", "||", "::", "¬="];
const PUNCTUATION = new Set(["(", ")", ",", ";", "."]);

export function tokenize(sql: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < sql.length) {
    const start = i;
    const ch = sql[i];
    const next = sql[i + 1];
    let kind: TokenKind;
    if (/\s/.test(ch)) {
      while (i < sql.length && /\s/.test(sql[i])) i++;
      kind = "space";
    } else if (ch === "-" && next === "-") {
      while (i < sql.length && sql[i] !== "\n") i++;
      kind = "comment";
    } else if (ch === "/" && next === "*") {
      const end = sql.indexOf("*/", i + 2);
      i = end < 0 ? sql.length : end + 2;
      kind = "comment";
    } else if (ch === "'" || ch === '"') {
      i = endOfQuoted(sql, i, ch);
      kind = ch === "'" ? "string" : "quoted-identifier";
    } else if (/[0-9]/.test(ch) || (ch === "." && /[0-9]/.test(next ?? ""))) {
      i = endOfNumber(sql, i);
      kind = "number";
    } else if (IDENTIFIER_START.test(ch)) {
      while (i < sql.length && IDENTIFIER_PART.test(sql[i])) i++;
      kind = "identifier";
    } else if (PUNCTUATION.has(ch)) {
      i++;
      kind = "punctuation";
    } else {
      const multi = MULTI_CHAR_OPERATORS.find((op) => sql.startsWith(op, i));
      i += multi ? multi.length : 1;
      kind = "operator";
    }
    tokens.push({ kind, text: sql.slice(start, i) });
  }
  return tokens;
}

/** Index just past a quoted token; a doubled quote is an escaped quote. Unterminated: end of text. */
function endOfQuoted(sql: string, start: number, quote: string): number {
  let i = start + 1;
  while (i < sql.length) {
    if (sql[i] === quote) {
      if (sql[i + 1] === quote) i += 2;
      else return i + 1;
    } else i++;
  }
  return sql.length;
}

function endOfNumber(sql: string, start: number): number {
  const match = /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?/.exec(sql.slice(start));
  return start + (match ? match[0].length : 1);
}

export function isSignificant(token: Token): boolean {
  return token.kind !== "space" && token.kind !== "comment";
}

/** Upper-cased text of an ordinary identifier, or null for any other token. */
export function keywordOf(token: Token | undefined): string | null {
  return token && token.kind === "identifier" ? token.text.toUpperCase() : null;
}
