/**
 * Db2 names a result column that is neither a column reference nor given an alias by its ordinal
 * position: `SELECT JOB_NAME, COUNT(*) …` returns columns JOB_NAME and 00002. PostgreSQL would
 * call it "count" or "?column?", so the main select list gets explicit `AS "0000n"` aliases.
 */
import { keywordOf, type Token } from "./db2-tokenizer";
import { closingParen, isKeyword, isPunctuation, splitTopLevel, syntax } from "./token-list";

/** Words that end a select list when met outside parentheses. */
const SELECT_LIST_END = new Set([
  "FROM", "INTO", "WHERE", "GROUP", "HAVING", "ORDER", "UNION", "EXCEPT", "INTERSECT",
  "FETCH", "LIMIT", "OFFSET", "FOR", "WITH", "WINDOW", "OPTIMIZE",
]);

/** Single words that are values, not column references. */
const VALUE_WORDS = new Set([
  "USER", "SESSION_USER", "SYSTEM_USER", "CURRENT_USER", "CURRENT_DATE", "CURRENT_TIME",
  "CURRENT_TIMESTAMP", "CURRENT_SERVER", "CURRENT_SCHEMA", "CURRENT_PATH", "NULL", "TRUE", "FALSE",
]);

/** Words that can end an expression and therefore are not an implicit alias after one. */
export const DURATION_WORDS = new Set([
  "YEAR", "YEARS", "MONTH", "MONTHS", "DAY", "DAYS", "HOUR", "HOURS", "MINUTE", "MINUTES",
  "SECOND", "SECONDS", "MICROSECOND", "MICROSECONDS",
]);
const EXPRESSION_END_WORDS = new Set(["END", ...DURATION_WORDS]);

/** Words after which another operand follows, so the next name is not an alias. */
const OPERATOR_WORDS = new Set([
  "CONCAT", "AND", "OR", "NOT", "IS", "LIKE", "IN", "BETWEEN", "ESCAPE", "CASE", "WHEN", "THEN", "ELSE", "CURRENT",
]);

export function nameUnnamedColumns(tokens: readonly Token[]): Token[] {
  const selectAt = mainSelectIndex(tokens);
  if (selectAt < 0) return [...tokens];
  let start = selectAt + 1;
  if (isKeyword(tokens[start], "DISTINCT", "ALL")) start++;
  const end = selectListEnd(tokens, start);
  const items = splitTopLevel(tokens.slice(start, end));
  const named = items.flatMap((item, index) => [
    ...(index > 0 ? syntax(",") : []),
    ...item,
    ...(needsName(item) ? syntax("AS", `"${String(index + 1).padStart(5, "0")}"`) : []),
  ]);
  return [...tokens.slice(0, start), ...named, ...tokens.slice(end)];
}

/** The SELECT of the statement's own result: after any common table expressions. */
function mainSelectIndex(tokens: readonly Token[]): number {
  let i = 0;
  if (isKeyword(tokens[0], "WITH")) {
    i = 1;
    // name [(columns)] AS (query) [, …]
    while (i < tokens.length) {
      i++;
      if (isPunctuation(tokens[i], "(")) i = closingParen(tokens, i) + 1;
      if (!isKeyword(tokens[i], "AS") || !isPunctuation(tokens[i + 1], "(")) return -1;
      i = closingParen(tokens, i + 1) + 1;
      if (i <= 0) return -1;
      if (!isPunctuation(tokens[i], ",")) break;
      i++;
    }
  }
  for (; i < tokens.length; i++) {
    if (isKeyword(tokens[i], "SELECT")) return i;
    if (!isPunctuation(tokens[i], "(")) return -1;
  }
  return -1;
}

function selectListEnd(tokens: readonly Token[], start: number): number {
  let depth = 0;
  for (let i = start; i < tokens.length; i++) {
    if (isPunctuation(tokens[i], "(")) depth++;
    else if (isPunctuation(tokens[i], ")")) {
      if (--depth < 0) return i;
    } else if (depth === 0 && SELECT_LIST_END.has(keywordOf(tokens[i]) ?? "")) return i;
  }
  return tokens.length;
}

function isName(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === "identifier" || token.kind === "quoted-identifier");
}

function needsName(item: readonly Token[]): boolean {
  const last = item.at(-1);
  if (!last || (last.kind === "operator" && last.text === "*")) return false;
  if (isKeyword(item[0], "CURRENT") && item.length === 2) return true;
  if (isColumnReference(item)) return item.length === 1 && VALUE_WORDS.has(keywordOf(item[0]) ?? "");
  return !hasAlias(item);
}

/** name, qualifier.name or schema.table.name */
function isColumnReference(item: readonly Token[]): boolean {
  if (item.length % 2 === 0 || item.length > 5) return false;
  return item.every((token, index) => (index % 2 === 0 ? isName(token) : isPunctuation(token, ".")));
}

function hasAlias(item: readonly Token[]): boolean {
  const last = item.at(-1);
  const before = item.at(-2);
  if (item.length < 2 || !isName(last) || !before) return false;
  if (isKeyword(before, "AS")) return true;
  if (last?.kind === "identifier" && EXPRESSION_END_WORDS.has(keywordOf(last) ?? "")) return false;
  return (
    isPunctuation(before, ")") ||
    before.kind === "string" ||
    before.kind === "number" ||
    before.kind === "quoted-identifier" ||
    (before.kind === "identifier" && !OPERATOR_WORDS.has(keywordOf(before) ?? ""))
  );
}
