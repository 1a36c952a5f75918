import type { BuiltClCommand } from "./cl-builder";
import { InvalidValueError } from "./errors";
import type { Validated } from "./values";

/**
 * SQL text for QZDFMDB2. Statements reach it one per line on stdin, `-t` making `;` the
 * terminator, so every statement is flattened to a single line first.
 */

/** A validated value as an SQL string literal (apostrophes doubled). */
export function sqlString(value: Validated<string>): string {
  return `'${value.replace(/'/g, "''")}'`;
}

/** Validated values as a literal list for `IN (...)`. */
export function sqlStringList(values: readonly Validated<string>[]): string {
  if (values.length === 0) throw new TypeError("an IN list needs at least one value");
  return values.map(sqlString).join(", ");
}

/**
 * `CALL QSYS2.QCMDEXC('<CL>')`: the CL text goes inside an SQL string, so its apostrophes (already
 * doubled once as CL string delimiters) are doubled again.
 */
export function qcmdexcCall(command: BuiltClCommand): string {
  return `CALL QSYS2.QCMDEXC('${command.text.replace(/'/g, "''")}')`;
}

/**
 * One statement as one line: line breaks and tabs outside literals become blanks and a trailing
 * `;` is dropped. Refused, because they cannot survive the one-line form or the `-t` splitting:
 * a `;` anywhere else (whether QZDFMDB2 splits inside literals is [U]), a `--` comment (it would
 * swallow the rest of the line), a line break inside a literal, an unterminated literal.
 */
export function flattenStatement(sql: string): string {
  const field = "SQL statement";
  let out = "";
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < sql.length; i++) {
    const char = sql[i];
    if (quote) {
      if (char === "\n" || char === "\r") throw new InvalidValueError(field, "must not break a line inside a literal", sql);
      if (char === ";") throw new InvalidValueError(field, "must not contain ; inside a literal", sql);
      if (char === quote) quote = null;
      out += char;
    } else if (char === "'" || char === '"') {
      quote = char;
      out += char;
    } else if (char === "\n" || char === "\r" || char === "\t") {
      out += " ";
    } else if (char === "-" && sql[i + 1] === "-") {
      throw new InvalidValueError(field, "must not contain -- comments", sql);
    } else if (char === ";") {
      if (sql.slice(i + 1).trim() !== "") throw new InvalidValueError(field, "must be a single statement", sql);
      break;
    } else {
      out += char;
    }
  }
  if (quote) throw new InvalidValueError(field, "has an unterminated literal", sql);
  const flat = out.trim();
  if (flat === "") throw new InvalidValueError(field, "must not be empty", sql);
  return flat;
}
