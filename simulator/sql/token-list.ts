/** Helpers over a list of significant tokens (no blanks, no comments). */
import { keywordOf, type Token } from "./db2-tokenizer";

export function isPunctuation(token: Token | undefined, text: string): boolean {
  return token !== undefined && token.kind === "punctuation" && token.text === text;
}

export function isKeyword(token: Token | undefined, ...keywords: string[]): boolean {
  const keyword = keywordOf(token);
  return keyword !== null && keywords.includes(keyword);
}

/** Index of the `)` that closes the `(` at `open`, or -1 when the text ends first. */
export function closingParen(tokens: readonly Token[], open: number): number {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (isPunctuation(tokens[i], "(")) depth++;
    else if (isPunctuation(tokens[i], ")") && --depth === 0) return i;
  }
  return -1;
}

/** Splits tokens on commas that are not inside parentheses. */
export function splitTopLevel(tokens: readonly Token[], separator = ","): Token[][] {
  const parts: Token[][] = [[]];
  let depth = 0;
  for (const token of tokens) {
    if (isPunctuation(token, "(")) depth++;
    else if (isPunctuation(token, ")")) depth--;
    if (depth === 0 && isPunctuation(token, separator)) parts.push([]);
    else parts[parts.length - 1].push(token);
  }
  return parts;
}

/** Tokens for generated SQL text, e.g. syntax("CAST", "("). */
export function syntax(...texts: string[]): Token[] {
  return texts.map((text) => ({ kind: generatedKind(text), text }));
}

function generatedKind(text: string): Token["kind"] {
  if (/^[A-Za-z_]/.test(text)) return "identifier";
  if (text.startsWith("'")) return "string";
  if (text.startsWith('"')) return "quoted-identifier";
  if (/^\d/.test(text)) return "number";
  return ["(", ")", ",", ";", "."].includes(text) ? "punctuation" : "operator";
}

export function stringLiteral(value: string): Token {
  return { kind: "string", text: `'${value.replaceAll("'", "''")}'` };
}

export function unquoteString(token: Token): string {
  return token.text.slice(1, -1).replaceAll("''", "'");
}

/** A Db2 name as the system stores it: ordinary identifiers upper-cased, delimited ones as written. */
export function db2Name(token: Token): string {
  return token.kind === "quoted-identifier" ? token.text.slice(1, -1).replaceAll('""', '"') : token.text.toUpperCase();
}
