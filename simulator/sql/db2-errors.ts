/**
 * PostgreSQL errors restated the way Db2 for i reports them through SQL CLI: SQLSTATE, native
 * error (the SQLCODE) and the SQLxxxx message text in English. Names in messages are the Db2
 * names (library QSYS2, not the engine's per-system schema).
 */
import { NATIVE_ERROR_HINT } from "./db2-functions";
import type { ObjectRef } from "./db2-rewriter";
import type { Db2Error } from "./qzdfmdb2-output";

export interface PostgresError {
  code: string;
  message: string;
  hint?: string;
}

export interface ErrorContext {
  /** Db2 library that a PostgreSQL schema stands for, if it is one of the system's. */
  libraryOf(pgSchema: string): string | undefined;
  /** Library of unqualified table names (SQL naming: the current schema). */
  currentSchema: string;
  /** Qualified names the statement used, to name the object when only its library is known. */
  references: readonly ObjectRef[];
  /** Whether a routine with this name exists on the system (then only its arguments are wrong). */
  routineExists(library: string, name: string): boolean;
}

export const db2Errors = {
  notFound: (name: string, library: string, type: string): Db2Error => ({
    sqlstate: "42704",
    nativeError: -204,
    message: `${name} in ${library} type ${type} not found.`,
  }),
  alreadyExists: (name: string, library: string): Db2Error => ({
    sqlstate: "42710",
    nativeError: -601,
    message: `${name} in ${library} type *FILE already exists.`,
  }),
  notAuthorized: (name: string, library: string, type: string): Db2Error => ({
    sqlstate: "42501",
    nativeError: -551,
    message: `Not authorized to object ${name} in ${library} type ${type}.`,
  }),
  routineNotFound: (name: string, library: string): Db2Error => ({
    sqlstate: "42884",
    nativeError: -440,
    message: `Routine ${name} in ${library} not found with specified parameters.`,
  }),
  syntax: (token: string): Db2Error => ({ sqlstate: "42601", nativeError: -104, message: `Token ${token} was not valid.` }),
  commandFailed: (message: string): Db2Error => ({ sqlstate: "38501", nativeError: -443, message }),
};

/** Fixed texts by PostgreSQL SQLSTATE: [Db2 SQLSTATE, native error, message]. */
const FIXED: Record<string, [string, number, string]> = {
  "21000": ["21000", -811, "Result of SELECT more than one row."],
  "22012": ["22012", -802, "Data conversion or data mapping error."],
  "22P02": ["22018", -420, "Character in CAST argument not valid."],
  "22007": ["22007", -180, "Syntax of date, time, or timestamp value not valid."],
  "22008": ["22008", -181, "Value in date, time, or timestamp string not valid."],
  "22001": ["22001", -404, "Value for column or variable too long."],
  "22003": ["22003", -406, "Conversion error on assignment to column or variable."],
};

export function db2ErrorFromPostgres(error: PostgresError, context: ErrorContext): Db2Error {
  if (error.hint?.startsWith(NATIVE_ERROR_HINT)) {
    return { sqlstate: error.code, nativeError: Number(error.hint.slice(NATIVE_ERROR_HINT.length)), message: error.message };
  }
  const quoted = [...error.message.matchAll(/"([^"]*)"/g)].map((match) => match[1]);
  const upper = (name: string) => name.toUpperCase();
  switch (error.code) {
    case "42P01": {
      const [schema, name] = splitQualified(quoted[0] ?? "");
      return db2Errors.notFound(upper(name), schema ? libraryName(schema, context) : context.currentSchema, "*FILE");
    }
    case "3F000": {
      const library = upper(quoted[0] ?? "");
      const ref = context.references.find((reference) => reference.library === library);
      return ref ? db2Errors.notFound(ref.name, library, "*FILE") : db2Errors.notFound(library, "QSYS", "*LIB");
    }
    case "42883":
      return missingRoutine(error.message, context);
    case "42703": {
      const column = /column (?:"([^"]+)"|(\S+)) does not exist/.exec(error.message);
      const name = (column?.[1] ?? column?.[2] ?? "").split(".").at(-1) ?? "";
      return { sqlstate: "42703", nativeError: -206, message: `Column or global variable ${upper(name)} not found.` };
    }
    case "42601": {
      const near = /at or near "(.*)"$/.exec(error.message);
      return db2Errors.syntax(near ? near[1] : "<END-OF-STATEMENT>");
    }
    case "42702":
      return { sqlstate: "42702", nativeError: -203, message: `Name ${upper(quoted[0] ?? "")} is ambiguous.` };
    case "42803":
      return {
        sqlstate: "42803",
        nativeError: -122,
        message: `Column ${upper((quoted[0] ?? "").split(".").at(-1) ?? "")} or expression in SELECT list not valid.`,
      };
    case "42P07": {
      const name = upper(quoted[0] ?? "");
      const ref = context.references.find((reference) => reference.name === name);
      return db2Errors.alreadyExists(name, ref?.library ?? "QTEMP");
    }
    case "42501": {
      const name = upper(/permission denied for \w+ (\S+)/.exec(error.message)?.[1] ?? "");
      if (/for schema/.test(error.message)) return db2Errors.notAuthorized(libraryName(name, context), "QSYS", "*LIB");
      const ref = context.references.find((reference) => reference.name === name);
      return db2Errors.notAuthorized(name, ref?.library ?? context.currentSchema, "*FILE");
    }
  }
  const fixed = FIXED[error.code];
  if (fixed) return { sqlstate: fixed[0], nativeError: fixed[1], message: fixed[2] };
  // Anything else keeps PostgreSQL's SQLSTATE (largely the same standard codes) and text.
  return { sqlstate: error.code, nativeError: -901, message: error.message };
}

function splitQualified(name: string): [string | undefined, string] {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? [undefined, name] : [name.slice(0, dot), name.slice(dot + 1)];
}

function libraryName(pgSchema: string, context: ErrorContext): string {
  return context.libraryOf(pgSchema.toLowerCase()) ?? pgSchema.toUpperCase();
}

/** `function s7_qsys2.active_job_info(x => integer) does not exist`, `operator does not exist: …` */
function missingRoutine(message: string, context: ErrorContext): Db2Error {
  const operator = /operator does not exist: \S+ (\S+) /.exec(message);
  if (operator) {
    return { sqlstate: "42818", nativeError: -401, message: `Comparison operator ${operator[1]} operands not compatible.` };
  }
  const routine = /(?:function|procedure) (?:([\w$#@]+)\.)?([\w$#@]+)\(/.exec(message);
  const name = (routine?.[2] ?? "").toUpperCase();
  const library = routine?.[1] ? libraryName(routine[1], context) : "*LIBL";
  const isSystemLibrary = routine?.[1] !== undefined && context.libraryOf(routine[1]) !== undefined;
  return isSystemLibrary && !context.routineExists(library, name)
    ? db2Errors.notFound(name, library, "*N")
    : db2Errors.routineNotFound(name, library);
}
