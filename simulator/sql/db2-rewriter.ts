/**
 * Turns one Db2 for i statement into what the simulator runs: PostgreSQL text for the engine, or a
 * structured command for the statements the job handles itself (CREATE/DROP ALIAS, the QCMDEXC
 * procedure, SET SCHEMA). The rewrite works on tokens, so a query the app never sent before is
 * still translated construct by construct rather than matched as a whole.
 *
 * Naming follows SQL naming (the QZDFMDB2 default [U]): a qualified name's library maps to the
 * system's PostgreSQL schema; an unqualified table name resolves in the current schema (the user
 * profile's name unless SET SCHEMA changed it), and unqualified functions through the SQL path.
 */
import { isSignificant, keywordOf, tokenize, type Token } from "./db2-tokenizer";
import { DURATION_WORDS, nameUnnamedColumns } from "./select-list-names";
import {
  closingParen,
  db2Name,
  isKeyword,
  isPunctuation,
  splitTopLevel,
  stringLiteral,
  syntax,
  unquoteString,
} from "./token-list";

export interface RewriteContext {
  /** PostgreSQL schema holding a library's objects on this system, or null when there is none. */
  pgSchemaOf(library: string): string | null;
  /** Library of a table function called without qualifier (ACTIVE_JOB_INFO → QSYS2). */
  tableFunctionLibrary(name: string): string | undefined;
  currentUser: string;
  currentSchema: string;
  serverName: string;
  /** CURRENT TIMESTAMP; its UTC wall-clock time is the simulated system's local time. */
  now: Date;
}

export interface ObjectRef {
  library: string;
  name: string;
}

export type Db2Command =
  | { kind: "sql"; sql: string; references: ObjectRef[] }
  | { kind: "create-alias"; alias: ObjectRef; target: ObjectRef; member: string | null; replace: boolean }
  | { kind: "drop-alias"; alias: ObjectRef }
  | { kind: "call-qcmdexc"; command: string }
  | { kind: "set-schema"; schema: string }
  /** Accepted and without effect here (SET PATH). */
  | { kind: "no-op" };

/** Db2's SQL0104 (SQLSTATE 42601). */
export class Db2SyntaxError extends Error {
  constructor(readonly token: string) {
    super(`Token ${token} was not valid.`);
  }
}

const END_OF_STATEMENT = "<END-OF-STATEMENT>";

/**
 * Statements Db2 for i accepts, by first word. Anything else (BEGIN, SHOW, COPY, DO, …) is
 * PostgreSQL-only and must fail as it would on IBM i. QZDFMDB2 runs with autocommit, so no
 * statement may leave a transaction open.
 */
const DB2_STATEMENTS = new Set([
  "SELECT", "WITH", "VALUES", "CREATE", "DROP", "INSERT", "UPDATE", "DELETE", "MERGE", "CALL",
  "SET", "COMMIT", "ROLLBACK", "ALTER", "GRANT", "REVOKE", "COMMENT", "LABEL", "RENAME", "TRUNCATE",
  "REFRESH",
]);

export function rewriteDb2Statement(sql: string, context: RewriteContext): Db2Command {
  const tokens = tokenize(sql).filter(isSignificant);
  const postgresOnly = tokens.find((token) => token.text === "::" || isKeyword(token, "ILIKE"));
  if (postgresOnly) throw new Db2SyntaxError(postgresOnly.text);
  const first = tokens[0];
  if (!first) throw new Db2SyntaxError(END_OF_STATEMENT);
  if (!isPunctuation(first, "(") && !DB2_STATEMENTS.has(keywordOf(first) ?? "")) throw new Db2SyntaxError(first.text);
  return (
    parseCreateAlias(tokens, context) ??
    parseDropAlias(tokens, context) ??
    parseQcmdexcCall(tokens) ??
    parseSetStatement(tokens) ??
    translate(tokens, context)
  );
}

function translate(tokens: Token[], context: RewriteContext): Db2Command {
  const body = isKeyword(tokens[0], "VALUES") ? valuesAsSelect(tokens) : nameUnnamedColumns(tokens);
  const rewriter = new TokenRewriter(context);
  const rewritten = rewriter.rewrite(withoutTrailingClauses(body));
  return { kind: "sql", sql: rewritten.map((token) => token.text).join(" "), references: rewriter.references };
}

/** `VALUES a, b` → one column, two rows, named like Db2 names unnamed columns. */
function valuesAsSelect(tokens: Token[]): Token[] {
  const rows = splitTopLevel(tokens.slice(1)).map((item) =>
    isPunctuation(item[0], "(") && closingParen(item, 0) === item.length - 1 ? item : [...syntax("("), ...item, ...syntax(")")],
  );
  const width = splitTopLevel(rows[0].slice(1, -1)).length;
  const names = Array.from({ length: width }, (_, index) => `"${String(index + 1).padStart(5, "0")}"`);
  return [
    ...syntax("SELECT", "*", "FROM", "(", "VALUES"),
    ...rows.flatMap((row, index) => [...(index > 0 ? syntax(",") : []), ...row]),
    ...syntax(")", "AS", "db2_values", "("),
    ...names.flatMap((name, index) => syntax(...(index > 0 ? [","] : []), name)),
    ...syntax(")"),
  ];
}

/** Isolation and optimizer clauses PostgreSQL has no use for: WITH UR, FOR READ ONLY, … */
function withoutTrailingClauses(tokens: Token[]): Token[] {
  let end = tokens.length;
  for (;;) {
    const tail = tokens.slice(Math.max(0, end - 4), end).map((token) => keywordOf(token) ?? token.text.toUpperCase());
    const last = (n: number) => tail.slice(-n).join(" ");
    if (/^WITH (UR|CS|RS|RR|NC|CHG|ALL|NONE)$/.test(last(2))) end -= 2;
    else if (/^FOR (READ|FETCH) ONLY$/.test(last(3))) end -= 3;
    else if (/^OPTIMIZE FOR \d+ ROWS?$/.test(last(4))) end -= 4;
    else if (last(3) === "SKIP LOCKED DATA") end -= 3;
    else return tokens.slice(0, end);
  }
}

const CAST_FUNCTIONS: Record<string, string[]> = {
  DECIMAL: ["numeric"],
  DEC: ["numeric"],
  NUMERIC: ["numeric"],
  INTEGER: ["integer"],
  INT: ["integer"],
  BIGINT: ["bigint"],
  SMALLINT: ["smallint"],
  DOUBLE: ["double", "precision"],
  FLOAT: ["double", "precision"],
};

/** Functions PostgreSQL knows under another name, or that the engine defines with Db2 semantics. */
const RENAMED_FUNCTIONS: Record<string, string> = {
  VALUE: "COALESCE",
  IFNULL: "COALESCE",
  NVL: "COALESCE",
  COUNT_BIG: "count",
  UCASE: "upper",
  LCASE: "lower",
  POSSTR: "strpos",
  CONCAT: "db2_concat",
};

/** Renamed only where they are functions, not data types (CAST(x AS CHAR(10)), column definitions). */
const TYPE_NAMED_FUNCTIONS: Record<string, string> = {
  CHAR: "db2_char",
  VARCHAR: "db2_varchar",
  TIMESTAMP: "db2_timestamp",
  TIME: "db2_time",
};

/** Keywords after which a type name must be a function call. */
const EXPRESSION_KEYWORDS = new Set([
  "SELECT", "WHERE", "AND", "OR", "NOT", "WHEN", "THEN", "ELSE", "ON", "HAVING", "BY", "IN",
  "LIKE", "IS", "DISTINCT", "ALL", "RETURN", "VALUES", "SET", "BETWEEN", "CASE", "ESCAPE",
  "EXISTS", "ANY", "SOME", "USING",
]);

class TokenRewriter {
  readonly references: ObjectRef[] = [];

  constructor(private readonly context: RewriteContext) {}

  rewrite(tokens: readonly Token[]): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i];
      const next = tokens[i + 1];
      const keyword = keywordOf(token);
      const prev = out.at(-1);
      const call = keyword !== null && isPunctuation(next, "(") && !isPunctuation(prev, ".");
      const functionLibrary = call ? this.context.tableFunctionLibrary(keyword) : undefined;

      if (keyword === "TABLE" && isPunctuation(next, "(") && startsTableReference(prev)) {
        // TABLE(QSYS2.ACTIVE_JOB_INFO(...)) X: PostgreSQL calls set-returning functions directly.
        const close = requireClose(tokens, i + 1);
        out.push(...this.rewrite(tokens.slice(i + 2, close)));
        i = close;
      } else if (call && keyword === "LISTAGG") {
        i = this.listagg(tokens, i, out);
      } else if (call && keyword === "COUNT") {
        i = this.count(tokens, i, out);
      } else if (call && keyword in CAST_FUNCTIONS && isExpressionPosition(prev)) {
        i = this.castFunction(tokens, i, CAST_FUNCTIONS[keyword], out);
      } else if (isName(token) && isPunctuation(next, ".") && isName(tokens[i + 2]) && !isPunctuation(prev, ".")) {
        this.qualifiedName(token, tokens[i + 2], out);
        i += 2;
      } else if (functionLibrary) {
        this.qualifiedName({ kind: "identifier", text: functionLibrary }, token, out);
      } else {
        const register = this.specialRegister(tokens, i, prev);
        if (register) {
          out.push(...register.replacement);
          i += register.consumed - 1;
        } else out.push(...this.mapToken(token, next, prev, out));
      }
    }
    return out;
  }

  private mapToken(token: Token, next: Token | undefined, prev: Token | undefined, out: Token[]): Token[] {
    const keyword = keywordOf(token);
    if (token.kind === "operator" && token.text === "¬=") return syntax("<>");
    if (token.kind === "quoted-identifier" || token.kind === "identifier") {
      if (keyword !== null && isPunctuation(next, "(") && !isPunctuation(prev, ".")) {
        if (keyword in RENAMED_FUNCTIONS) return syntax(RENAMED_FUNCTIONS[keyword]);
        if (keyword in TYPE_NAMED_FUNCTIONS && isExpressionPosition(prev)) return syntax(TYPE_NAMED_FUNCTIONS[keyword]);
      }
      if (keyword === "CONCAT") return syntax("||");
      const durationPosition = !isPunctuation(next, "(") && !isPunctuation(next, ".") && isAddedOperand(out);
      if (keyword !== null && DURATION_WORDS.has(keyword) && durationPosition) {
        // Labeled duration: `x - 90 DAYS` → `x - 90 * INTERVAL '1 day'`.
        return [...syntax("*", "INTERVAL"), stringLiteral(`1 ${keyword.replace(/S$/, "").toLowerCase()}`)];
      }
      return [pgIdentifier(token)];
    }
    return [token];
  }

  private qualifiedName(library: Token, name: Token, out: Token[]): void {
    const ref = { library: db2Name(library), name: db2Name(name) };
    this.references.push(ref);
    const schema = this.context.pgSchemaOf(ref.library);
    out.push(schema ? { kind: "identifier", text: schema } : pgIdentifier(library), ...syntax("."), pgIdentifier(name));
  }

  private specialRegister(
    tokens: readonly Token[],
    i: number,
    prev: Token | undefined,
  ): { consumed: number; replacement: Token[] } | null {
    const keyword = keywordOf(tokens[i]);
    if (keyword === null || isPunctuation(prev, ".") || isKeyword(prev, "AS")) return null;
    const following = keywordOf(tokens[i + 1]);
    const [register, consumed] =
      keyword === "CURRENT" && following !== null ? [`CURRENT_${following}`, 2]
      : keyword === "NOW" && isPunctuation(tokens[i + 1], "(") && isPunctuation(tokens[i + 2], ")") ? ["CURRENT_TIMESTAMP", 3]
      : [keyword, 1];
    if (consumed === 1 && (isPunctuation(tokens[i + 1], ".") || isPunctuation(tokens[i + 1], "("))) return null;
    const { now, currentUser, serverName, currentSchema } = this.context;
    const stamp = now.toISOString().replace("T", " ").replace("Z", "000");
    const typed = (value: string, type: string[]) => [
      ...syntax("CAST", "("),
      stringLiteral(value),
      ...syntax("AS", ...type, ")"),
    ];
    const values: Record<string, Token[]> = {
      CURRENT_TIMESTAMP: typed(stamp, ["timestamp", "(", "6", ")"]),
      CURRENT_DATE: typed(stamp.slice(0, 10), ["date"]),
      CURRENT_TIME: typed(stamp.slice(11, 19), ["time", "(", "0", ")"]),
      // Db2 for i types: USER is VARCHAR(18), the others VARCHAR(128).
      USER: typed(currentUser, ["varchar", "(", "18", ")"]),
      CURRENT_USER: typed(currentUser, ["varchar", "(", "128", ")"]),
      SESSION_USER: typed(currentUser, ["varchar", "(", "128", ")"]),
      SYSTEM_USER: typed(currentUser, ["varchar", "(", "128", ")"]),
      CURRENT_SERVER: typed(serverName, ["varchar", "(", "18", ")"]),
      CURRENT_SCHEMA: typed(currentSchema, ["varchar", "(", "128", ")"]),
    };
    return register in values ? { consumed, replacement: values[register] } : null;
  }

  /** LISTAGG(x, sep) WITHIN GROUP (ORDER BY k) → string_agg, typed VARCHAR(4000) as in Db2. */
  private listagg(tokens: readonly Token[], at: number, out: Token[]): number {
    const close = requireClose(tokens, at + 1);
    const [value, separator] = splitTopLevel(tokens.slice(at + 2, close));
    const distinct = isKeyword(value[0], "DISTINCT") ? syntax("DISTINCT") : [];
    let end = close;
    let order: Token[] = [];
    const withinGroup = isKeyword(tokens[close + 1], "WITHIN") && isKeyword(tokens[close + 2], "GROUP");
    if (withinGroup && isPunctuation(tokens[close + 3], "(")) {
      end = requireClose(tokens, close + 3);
      order = this.rewrite(tokens.slice(close + 4, end));
    }
    out.push(
      ...syntax("CAST", "(", "string_agg", "("),
      ...distinct,
      ...syntax("CAST", "("),
      ...this.rewrite(value.slice(distinct.length)),
      ...syntax("AS", "text", ")", ","),
      ...(separator ? this.rewrite(separator) : [stringLiteral("")]),
      ...order,
      ...syntax(")", "AS", "varchar", "(", "4000", ")", ")"),
    );
    return end;
  }

  /** Db2's COUNT is INTEGER (COUNT_BIG is BIGINT); PostgreSQL's count is bigint. */
  private count(tokens: readonly Token[], at: number, out: Token[]): number {
    let end = requireClose(tokens, at + 1);
    if (isKeyword(tokens[end + 1], "OVER") && isPunctuation(tokens[end + 2], "(")) end = requireClose(tokens, end + 2);
    out.push(
      ...syntax("CAST", "(", "count", "("),
      ...this.rewrite(tokens.slice(at + 2, end + 1)),
      ...syntax("AS", "integer", ")"),
    );
    return end;
  }

  /** DECIMAL(x, 5, 2), INTEGER(x), … → CAST(x AS numeric(5,2)), CAST(x AS integer), … */
  private castFunction(tokens: readonly Token[], at: number, type: string[], out: Token[]): number {
    const close = requireClose(tokens, at + 1);
    const [value, ...modifiers] = splitTopLevel(tokens.slice(at + 2, close));
    let typeTokens = syntax(...type);
    if (type[0] === "numeric") {
      const [precision = "15", scale = "0"] = modifiers.map((modifier) => {
        if (modifier.length !== 1 || modifier[0].kind !== "number") throw new Db2SyntaxError(modifier[0]?.text ?? ",");
        return modifier[0].text;
      });
      typeTokens = syntax("numeric", "(", precision, ",", scale, ")");
    }
    out.push(...syntax("CAST", "("), ...this.rewrite(value), ...syntax("AS"), ...typeTokens, ...syntax(")"));
    return close;
  }
}

function requireClose(tokens: readonly Token[], open: number): number {
  const close = closingParen(tokens, open);
  if (close < 0) throw new Db2SyntaxError(END_OF_STATEMENT);
  return close;
}

function isName(token: Token | undefined): boolean {
  return token !== undefined && (token.kind === "identifier" || token.kind === "quoted-identifier");
}

function startsTableReference(prev: Token | undefined): boolean {
  return isKeyword(prev, "FROM", "JOIN", "LATERAL") || isPunctuation(prev, ",");
}

/** After AS, `::` or a column name a type name is a data type; elsewhere it is a function call. */
function isExpressionPosition(prev: Token | undefined): boolean {
  if (prev === undefined) return true;
  if (prev.kind === "identifier") return EXPRESSION_KEYWORDS.has(prev.text.toUpperCase());
  return prev.kind === "punctuation" || prev.kind === "operator";
}

/** True when the operand just written to `out` follows a `+` or `-` (so a duration may follow). */
function isAddedOperand(out: readonly Token[]): boolean {
  let start = out.length - 1;
  if (isPunctuation(out[start], ")")) {
    let depth = 0;
    for (; start >= 0; start--) {
      if (isPunctuation(out[start], ")")) depth++;
      else if (isPunctuation(out[start], "(") && --depth === 0) break;
    }
    if (isName(out[start - 1])) start--;
  } else if (!out[start] || !["identifier", "quoted-identifier", "number", "string"].includes(out[start].kind)) {
    return false;
  }
  while (isPunctuation(out[start - 1], ".") && isName(out[start - 2])) start -= 2;
  const before = out[start - 1];
  return before?.kind === "operator" && (before.text === "+" || before.text === "-");
}

/**
 * Db2 folds ordinary identifiers to upper case and PostgreSQL to lower case, so a delimited
 * upper-case name ("LOCAL_PORT") is the lower-case one there; names with # @ $ need quotes.
 */
function pgIdentifier(token: Token): Token {
  if (token.kind === "quoted-identifier") {
    const name = db2Name(token);
    return /^[A-Z_][A-Z0-9_]*$/.test(name) ? { kind: "identifier", text: name.toLowerCase() } : token;
  }
  if (/[#@]|^\$/.test(token.text)) return { kind: "quoted-identifier", text: `"${token.text.toLowerCase()}"` };
  return token;
}

function readQualifiedName(tokens: readonly Token[], at: number, context: RewriteContext): { ref: ObjectRef; next: number } {
  if (!isName(tokens[at])) throw new Db2SyntaxError(tokens[at]?.text ?? END_OF_STATEMENT);
  if (isPunctuation(tokens[at + 1], ".")) {
    if (!isName(tokens[at + 2])) throw new Db2SyntaxError(tokens[at + 2]?.text ?? END_OF_STATEMENT);
    return { ref: { library: db2Name(tokens[at]), name: db2Name(tokens[at + 2]) }, next: at + 3 };
  }
  return { ref: { library: context.currentSchema, name: db2Name(tokens[at]) }, next: at + 1 };
}

function expectEnd(tokens: readonly Token[], at: number): void {
  if (at < tokens.length) throw new Db2SyntaxError(tokens[at].text);
}

/** CREATE [OR REPLACE] ALIAS name FOR file [(member)] */
function parseCreateAlias(tokens: Token[], context: RewriteContext): Db2Command | null {
  if (!isKeyword(tokens[0], "CREATE")) return null;
  const replace = isKeyword(tokens[1], "OR") && isKeyword(tokens[2], "REPLACE");
  const aliasAt = replace ? 3 : 1;
  if (!isKeyword(tokens[aliasAt], "ALIAS")) return null;
  const alias = readQualifiedName(tokens, aliasAt + 1, context);
  if (!isKeyword(tokens[alias.next], "FOR")) throw new Db2SyntaxError(tokens[alias.next]?.text ?? END_OF_STATEMENT);
  const target = readQualifiedName(tokens, alias.next + 1, context);
  let member: string | null = null;
  let next = target.next;
  if (isPunctuation(tokens[next], "(")) {
    const close = requireClose(tokens, next);
    const inside = tokens.slice(next + 1, close);
    // *FIRST / *LAST arrive as two tokens.
    if (inside.length === 2 && inside[0].text === "*" && inside[1].kind === "identifier") member = `*${db2Name(inside[1])}`;
    else if (inside.length === 1 && isName(inside[0])) member = db2Name(inside[0]);
    else throw new Db2SyntaxError(inside[0]?.text ?? ")");
    next = close + 1;
  }
  expectEnd(tokens, next);
  return { kind: "create-alias", alias: alias.ref, target: target.ref, member, replace };
}

/** DROP ALIAS name */
function parseDropAlias(tokens: Token[], context: RewriteContext): Db2Command | null {
  if (!isKeyword(tokens[0], "DROP") || !isKeyword(tokens[1], "ALIAS")) return null;
  const alias = readQualifiedName(tokens, 2, context);
  expectEnd(tokens, alias.next);
  return { kind: "drop-alias", alias: alias.ref };
}

/** CALL [QSYS2.|QSYS.]QCMDEXC('command' [, length]) with a literal command. */
function parseQcmdexcCall(tokens: Token[]): Db2Command | null {
  if (!isKeyword(tokens[0], "CALL")) return null;
  const nameAt = isPunctuation(tokens[2], ".") && isKeyword(tokens[1], "QSYS2", "QSYS") ? 3 : 1;
  if (!isKeyword(tokens[nameAt], "QCMDEXC") || !isPunctuation(tokens[nameAt + 1], "(")) return null;
  const close = closingParen(tokens, nameAt + 1);
  const args = splitTopLevel(tokens.slice(nameAt + 2, close));
  const literal = args[0]?.length === 1 && args[0][0].kind === "string";
  if (close !== tokens.length - 1 || !literal || args.length > 2) return null;
  return { kind: "call-qcmdexc", command: unquoteString(args[0][0]) };
}

/** SET [CURRENT] SCHEMA [=] name; SET [CURRENT] PATH …; any other SET is not supported here. */
function parseSetStatement(tokens: Token[]): Db2Command | null {
  if (!isKeyword(tokens[0], "SET")) return null;
  let at = isKeyword(tokens[1], "CURRENT") ? 2 : 1;
  if (isKeyword(tokens[at], "PATH")) return { kind: "no-op" };
  if (!isKeyword(tokens[at], "SCHEMA")) throw new Db2SyntaxError(tokens[at]?.text ?? END_OF_STATEMENT);
  at += tokens[at + 1]?.text === "=" ? 2 : 1;
  const name = tokens[at];
  if (!name || !(isName(name) || name.kind === "string")) throw new Db2SyntaxError(name?.text ?? END_OF_STATEMENT);
  expectEnd(tokens, at + 1);
  return { kind: "set-schema", schema: name.kind === "string" ? unquoteString(name) : db2Name(name) };
}
