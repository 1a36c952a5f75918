import type { Validated } from "./values";

/**
 * Assembles CL command strings from validated values. A built command is a value object: `text`
 * is exactly what runs, `params` the same values by keyword, so a remediation plan can show the
 * command before anything is executed.
 */

declare const clValue: unique symbol;
/** A parameter value as it is written inside `KEYWORD(...)`. Only the functions below make one. */
export type ClValue = string & { readonly [clValue]: true };

declare const builtCommand: unique symbol;
export interface BuiltClCommand {
  readonly name: string;
  readonly params: Readonly<Record<string, string>>;
  readonly text: string;
  /** Type-level only: a command can come from `buildClCommand`, never from an object literal. */
  readonly [builtCommand]: true;
}

/** A validated name or special value, written as is (CL folds and checks it itself). */
export function clWord(value: Validated<string>): ClValue {
  return value as string as ClValue;
}

/** A CL string literal: in apostrophes, each apostrophe inside doubled. */
export function quoteClString(text: string): string {
  return `'${text.replace(/'/g, "''")}'`;
}

/** A validated text or address as a quoted CL string. */
export function clString(value: Validated<string>): ClValue {
  return quoteClString(value) as ClValue;
}

export function clInteger(value: number): ClValue {
  if (!Number.isSafeInteger(value)) throw new TypeError(`not an integer: ${value}`);
  return String(value) as ClValue;
}

/** Several values of one parameter, blank-separated: `SCDDAY(*MON *TUE)`. */
export function clList(values: readonly ClValue[]): ClValue {
  return values.join(" ") as ClValue;
}

/**
 * A command as the value of a CMD parameter. CL takes the nested command as written inside the
 * parentheses, quoted strings and all, so its text needs no further quoting.
 */
export function clCommand(command: BuiltClCommand): ClValue {
  return command.text as ClValue;
}

/** Joins `NAME KEYWORD(value) …`, leaving out parameters whose value is `undefined`. */
export function buildClCommand(name: string, params: ReadonlyArray<readonly [string, ClValue | undefined]>): BuiltClCommand {
  if (!/^[A-Z][A-Z0-9]{0,9}$/.test(name)) throw new TypeError(`not a CL command name: ${name}`);
  const given = params.filter((param): param is readonly [string, ClValue] => param[1] !== undefined);
  for (const [keyword] of given) {
    if (!/^[A-Z][A-Z0-9]{0,9}$/.test(keyword)) throw new TypeError(`not a CL keyword: ${keyword}`);
  }
  const text = [name, ...given.map(([keyword, value]) => `${keyword}(${value})`)].join(" ");
  return Object.freeze({
    name,
    params: Object.freeze(Object.fromEntries(given)),
    text,
  }) as unknown as BuiltClCommand;
}
