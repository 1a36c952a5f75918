/**
 * Parameter types of the simulated command definitions (the *CMD objects' PARM statements in
 * small): what a value may look like and what the command processing program receives. Every
 * conversion failure is the command analyzer's diagnostic plus CPF0006.
 */
import { analyzerFailure } from "./cl-failure";
import type { ClValue } from "./parse-command";

export interface QualifiedName {
  readonly library: string;
  readonly name: string;
}

export type BoundValue = string | number | QualifiedName | readonly BoundValue[];

export type ParamType =
  /** One of a fixed set of special values (*YES, *NO, …). */
  | { readonly kind: "special"; readonly values: readonly string[] }
  /** A QSYS name (1–10 characters) or one of the special values. */
  | { readonly kind: "name"; readonly special?: readonly string[] }
  /** [LIB/]NAME; the library defaults to the first of `libraries` (usually *LIBL). */
  | { readonly kind: "qualified"; readonly libraries: readonly string[]; readonly special?: readonly string[] }
  /** Character value, quoted or not. */
  | { readonly kind: "text"; readonly maxLength: number; readonly special?: readonly string[] }
  | { readonly kind: "integer"; readonly min: number; readonly max: number; readonly special?: readonly string[] }
  /** hhmmss or 'hh:mm:ss'; bound as 'hh:mm:ss'. */
  | { readonly kind: "time"; readonly special?: readonly string[] }
  /** YYYY-MM-DD, MMDDYY, MMDDYYYY or MM/DD/YY(YY); bound as 'YYYY-MM-DD'. */
  | { readonly kind: "date"; readonly special?: readonly string[] }
  /** A whole CL command (CMD parameter); bound as its source text. */
  | { readonly kind: "command"; readonly maxLength: number }
  /** Up to `max` values of `of`; `alone` values (*ALL, *NONE…) must be the only one. */
  | { readonly kind: "list"; readonly of: ParamType; readonly max: number; readonly alone?: readonly string[] };

const NAME = /^[A-Z$#@][A-Z0-9$#@_.]{0,9}$/;

/** The text of one element as the command analyzer sees it, or a failure for nested lists. */
function elementText(value: ClValue, keyword: string): { text: string; quoted: boolean } {
  if (value.kind === "word") return { text: value.text, quoted: false };
  if (value.kind === "string") return { text: value.text, quoted: true };
  throw analyzerFailure("CPD0048", keyword);
}

function special(type: { special?: readonly string[] }, text: string, quoted: boolean): string | null {
  return !quoted && type.special?.includes(text) ? text : null;
}

function tooLong(text: string, keyword: string, max: number): never {
  throw analyzerFailure("CPD0074", text.slice(0, max), keyword, max);
}

function checkName(text: string, keyword: string): string {
  if (text.length > 10) tooLong(text, keyword, 10);
  if (!NAME.test(text)) throw analyzerFailure("CPD0078", text, keyword);
  return text;
}

function toTime(text: string, keyword: string): string {
  const match = /^(\d{2}):?(\d{2}):?(\d{2})$/.exec(text) ?? /^(\d{2}):?(\d{2})()$/.exec(text);
  const [hours, minutes, seconds] = match ? [match[1], match[2], match[3] || "00"].map(Number) : [NaN, NaN, NaN];
  if (!(hours! <= 23 && minutes! <= 59 && seconds! <= 59)) throw analyzerFailure("CPD0084", text, keyword);
  return [hours, minutes, seconds].map((part) => String(part).padStart(2, "0")).join(":");
}

function toDate(text: string, keyword: string): string {
  let year: number, month: number, day: number;
  let match: RegExpExecArray | null;
  if ((match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text))) [year, month, day] = [match[1], match[2], match[3]].map(Number) as [number, number, number];
  else if ((match = /^(\d{2})\/?(\d{2})\/?(\d{2}|\d{4})$/.exec(text))) {
    [month, day] = [Number(match[1]), Number(match[2])];
    year = match[3]!.length === 2 ? 2000 + Number(match[3]) : Number(match[3]);
  } else throw analyzerFailure("CPD0084", text, keyword);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw analyzerFailure("CPD0084", text, keyword);
  return date.toISOString().slice(0, 10);
}

/** Converts one element (not a list) to the value the command receives. */
function bindElement(type: Exclude<ParamType, { kind: "list" | "command" }>, value: ClValue, keyword: string): BoundValue {
  const { text, quoted } = elementText(value, keyword);
  switch (type.kind) {
    case "special":
      if (!quoted && type.values.includes(text)) return text;
      throw analyzerFailure("CPD0084", text, keyword);
    case "name":
      return special(type, text, quoted) ?? checkName(text, keyword);
    case "qualified": {
      const specialValue = special(type, text, quoted);
      if (specialValue) return specialValue;
      if (quoted) throw analyzerFailure("CPD0078", text, keyword);
      const parts = text.split("/");
      if (parts.length > 2) throw analyzerFailure("CPD0078", text, keyword);
      const [library, name] = parts.length === 2 ? [parts[0]!, parts[1]!] : [type.libraries[0]!, parts[0]!];
      if (!type.libraries.includes(library)) checkName(library, keyword);
      return { library, name: checkName(name, keyword) };
    }
    case "text":
      if (text.length > type.maxLength) tooLong(text, keyword, type.maxLength);
      return text;
    case "integer": {
      const specialValue = special(type, text, quoted);
      if (specialValue) return specialValue;
      if (!/^[+-]?\d+$/.test(text)) throw analyzerFailure("CPD0075", text, keyword);
      const number = Number(text);
      if (number < type.min || number > type.max) throw analyzerFailure("CPD0085", text, keyword, type.min, type.max);
      return number;
    }
    case "time":
      return special(type, text, quoted) ?? toTime(text, keyword);
    case "date":
      return special(type, text, quoted) ?? toDate(text, keyword);
  }
}

/**
 * Binds the values given for one parameter: `values` are the elements inside KEYWORD( … ), or
 * the single positional value.
 */
export function bindValue(type: ParamType, values: readonly ClValue[], keyword: string, raw: string): BoundValue {
  if (type.kind === "command") {
    if (raw.length === 0) throw analyzerFailure("CPD0072", keyword);
    if (raw.length > type.maxLength) tooLong(raw, keyword, type.maxLength);
    return raw;
  }
  if (type.kind === "list") {
    const elements = values.length === 1 && values[0]!.kind === "list" ? values[0]!.items : values;
    if (elements.length > type.max) throw analyzerFailure("CPD0048", keyword);
    const bound = elements.map((element) => bindValue(type.of, [element], keyword, ""));
    const alone = bound.find((item) => typeof item === "string" && type.alone?.includes(item));
    if (alone !== undefined && bound.length > 1) throw analyzerFailure("CPD0084", String(alone), keyword);
    return bound;
  }
  if (values.length !== 1) throw analyzerFailure("CPD0048", keyword);
  return bindElement(type, values[0]!, keyword);
}
