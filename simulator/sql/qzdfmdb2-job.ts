/**
 * One run of QZDFMDB2: one IBM i job. It reads stdin as QZDFMDB2 does, runs each statement
 * against the system's objects and prints what QZDFMDB2 prints. Job state lives only for the run:
 * QTEMP (a PostgreSQL schema created on first use and dropped at the end), its aliases, and the
 * current schema. Statements run as a role that can read the system objects but not change them.
 */
import { CATALOG, isObjectKey, type ObjectKey } from "./catalog";
import { DB2_FUNCTION_SCHEMA, JOB_ROLE } from "./db2-functions";
import { db2ErrorFromPostgres, db2Errors, type ErrorContext } from "./db2-errors";
import { Db2SyntaxError, rewriteDb2Statement, type Db2Command, type ObjectRef, type RewriteContext } from "./db2-rewriter";
import type { PgliteHost } from "./pglite-host";
import { readQzdfmdb2Input } from "./qzdfmdb2-input";
import {
  COMMAND_COMPLETED,
  CONTINUATION_PROMPT,
  FIRST_LINE_PROMPT,
  renderCliError,
  renderResultSet,
  type Db2Error,
} from "./qzdfmdb2-output";
import { cellValues, resultColumns } from "./result-columns";
import { LIBRARIES, pgColumn, pgSchemaName, storageTable } from "./system-schema";
import type { SystemEntry } from "./system-registry";
import type { ClOutcome } from "./types";

export interface JobRequest {
  stdin: string;
  currentUser: string;
  serverName: string;
  now?: Date;
  /** Absent when the caller cannot run CL: CALL QCMDEXC then fails as if the procedure were missing. */
  runCl?: (command: string) => Promise<ClOutcome>;
}

/** QZDFMDB2 ends with 4 once any statement failed. */
const EXIT_AFTER_ERROR = 4;

const TABLE_FUNCTION_LIBRARIES = new Map<string, string>(
  Object.values(CATALOG)
    .filter((object) => object.kind === "table-function")
    .map((object) => [object.name, object.schema]),
);

let jobNumber = 0;

/**
 * The system is looked up again (`lookup`) each time the job takes the session: a CL command may
 * have reloaded it with other objects meanwhile. A system dropped mid-job keeps its last entry
 * (its objects are gone, so statements answer 42704).
 */
export async function runQzdfmdb2Job(
  host: PgliteHost,
  system: SystemEntry,
  lookup: () => SystemEntry | undefined,
  request: JobRequest,
): Promise<{ stdout: string; exitCode: number }> {
  return new Qzdfmdb2Job(host, system, lookup, request).run();
}

class Qzdfmdb2Job {
  private readonly qtempSchema = `qtemp_${++jobNumber}`;
  private qtempCreated = false;
  private currentSchema: string;
  private readonly aliases = new Set<string>();
  private release: (() => void) | null = null;

  constructor(
    private readonly host: PgliteHost,
    private system: SystemEntry,
    private readonly lookup: () => SystemEntry | undefined,
    private readonly request: JobRequest,
  ) {
    this.currentSchema = request.currentUser;
  }

  async run(): Promise<{ stdout: string; exitCode: number }> {
    let stdout = "";
    let exitCode = 0;
    await this.takeSession();
    try {
      for (const step of readQzdfmdb2Input(this.request.stdin)) {
        if (step.kind === "prompt") {
          stdout += step.continuation ? CONTINUATION_PROMPT : FIRST_LINE_PROMPT;
          continue;
        }
        const answer = await this.statement(step.sql);
        stdout += answer.text;
        if (answer.failed) exitCode = EXIT_AFTER_ERROR;
      }
    } finally {
      try {
        if (this.qtempCreated) await this.host.exec(`RESET ROLE; DROP SCHEMA IF EXISTS ${this.qtempSchema} CASCADE;`);
      } finally {
        this.giveBackSession();
      }
    }
    return { stdout, exitCode };
  }

  private async takeSession(): Promise<void> {
    this.release = await this.host.acquire();
    this.system = this.lookup() ?? this.system;
    await this.applySessionState();
  }

  private giveBackSession(): void {
    this.release?.();
    this.release = null;
  }

  /** The role and the library list (search_path) are session state, restored on every take. */
  private async applySessionState(): Promise<void> {
    const current = this.pgSchemaOf(this.currentSchema);
    const path = [...(current ? [current] : []), DB2_FUNCTION_SCHEMA, "pg_catalog"].join(", ");
    await this.host.exec(`SET ROLE ${JOB_ROLE}; SET search_path = ${path};`);
  }

  private pgSchemaOf(library: string): string | null {
    if (library === "QTEMP") return this.qtempSchema;
    return LIBRARIES.includes(library) ? pgSchemaName(this.system.prefix, library) : null;
  }

  private async statement(sql: string): Promise<{ text: string; failed: boolean }> {
    let command: Db2Command;
    try {
      command = rewriteDb2Statement(sql, this.rewriteContext());
    } catch (error) {
      if (error instanceof Db2SyntaxError) return failure(db2Errors.syntax(error.token));
      throw error;
    }
    switch (command.kind) {
      case "sql":
        return this.sql(command.sql, command.references);
      case "create-alias":
        return this.createAlias(command.alias, command.target, command.member, command.replace);
      case "drop-alias":
        return this.dropAlias(command.alias);
      case "call-qcmdexc":
        return this.callQcmdexc(command.command);
      case "set-schema":
        this.currentSchema = command.schema;
        if (command.schema === "QTEMP") await this.ensureQtemp();
        await this.applySessionState();
        return success();
      case "no-op":
        return success();
    }
  }

  private rewriteContext(): RewriteContext {
    return {
      pgSchemaOf: (library) => this.pgSchemaOf(library),
      tableFunctionLibrary: (name) => TABLE_FUNCTION_LIBRARIES.get(name),
      currentUser: this.request.currentUser,
      currentSchema: this.currentSchema,
      serverName: this.request.serverName,
      now: this.request.now ?? new Date(),
    };
  }

  private errorContext(references: readonly ObjectRef[]): ErrorContext {
    const prefix = `${this.system.prefix}_`;
    return {
      libraryOf: (pgSchema) =>
        pgSchema === this.qtempSchema
          ? "QTEMP"
          : pgSchema.startsWith(prefix)
            ? LIBRARIES.find((library) => library.toLowerCase() === pgSchema.slice(prefix.length))
            : undefined,
      currentSchema: this.currentSchema,
      references,
      routineExists: (library, name) => this.exists(`${library}.${name}`),
    };
  }

  private exists(key: string): key is ObjectKey {
    return isObjectKey(key) && this.system.available.has(key);
  }

  private deniedError(references: readonly ObjectRef[]): Db2Error | undefined {
    for (const ref of references) {
      const denied = this.system.denied[`${ref.library}.${ref.name}`];
      if (denied) return denied;
    }
    return undefined;
  }

  private async ensureQtemp(): Promise<void> {
    if (this.qtempCreated) return;
    await this.host.exec(`RESET ROLE; CREATE SCHEMA ${this.qtempSchema} AUTHORIZATION ${JOB_ROLE};`);
    this.qtempCreated = true;
    await this.applySessionState();
  }

  private async sql(sql: string, references: readonly ObjectRef[]): Promise<{ text: string; failed: boolean }> {
    const denied = this.deniedError(references);
    if (denied) return failure(denied);
    if (references.some((ref) => ref.library === "QTEMP")) await this.ensureQtemp();
    const outcome = await this.host.run(sql);
    const error = outcome.error ? db2ErrorFromPostgres(outcome.error, this.errorContext(references)) : undefined;
    // PostgreSQL describes the result before it runs the query, so any run-time error arrives
    // after the column list. Db2 prints headings only for errors met while fetching rows (data
    // exceptions, class 22, and cardinality, class 21); others fail the statement before that.
    if (outcome.fields && (error === undefined || /^2[12]/.test(error.sqlstate))) {
      const fields = outcome.fields;
      const rows = outcome.rows.map((row) => cellValues(fields, row));
      return { text: renderResultSet(resultColumns(fields), rows, error), failed: error !== undefined };
    }
    return error ? failure(error) : success();
  }

  private async createAlias(
    alias: ObjectRef,
    target: ObjectRef,
    member: string | null,
    replace: boolean,
  ): Promise<{ text: string; failed: boolean }> {
    if (alias.library !== "QTEMP") {
      // Aliases elsewhere would outlive the job; the simulator keeps no permanent user objects.
      return failure(
        LIBRARIES.includes(alias.library)
          ? db2Errors.notAuthorized(alias.library, "QSYS", "*LIB")
          : db2Errors.notFound(alias.library, "QSYS", "*LIB"),
      );
    }
    const source = await this.aliasSource(target, member);
    if ("error" in source) return failure(source.error);
    if (this.aliases.has(alias.name) && !replace) return failure(db2Errors.alreadyExists(alias.name, "QTEMP"));
    await this.ensureQtemp();
    const view = `${this.qtempSchema}.${pgColumn(alias.name)}`;
    // Replacing drops first: CREATE OR REPLACE VIEW cannot change the columns of the old target.
    const dropped = await this.host.run(`DROP VIEW IF EXISTS ${view}`);
    const created = dropped.error ? dropped : await this.host.run(`CREATE VIEW ${view} AS ${source.select}`);
    if (created.error) return failure(db2ErrorFromPostgres(created.error, this.errorContext([alias, target])));
    this.aliases.add(alias.name);
    return success();
  }

  /** The SELECT behind an alias, or why the target (or its member) cannot be used. */
  private async aliasSource(target: ObjectRef, member: string | null): Promise<{ select: string } | { error: Db2Error }> {
    const key = `${target.library}.${target.name}`;
    const denied = this.system.denied[key];
    if (denied) return { error: denied };
    if (target.library === "QTEMP") {
      const exists = this.aliases.has(target.name) || (await this.qtempTableExists(target.name));
      return exists
        ? { select: `SELECT * FROM ${this.qtempSchema}.${pgColumn(target.name)}` }
        : { error: db2Errors.notFound(target.name, "QTEMP", "*FILE") };
    }
    if (!this.exists(key) || CATALOG[key].kind === "table-function") {
      return { error: db2Errors.notFound(target.name, target.library, "*FILE") };
    }
    const object = CATALOG[key];
    if (object.kind !== "multi-member-file") {
      // A single-member file's member carries the file's name.
      return member === null || member === "*FIRST" || member === "*LAST" || member === target.name
        ? { select: `SELECT * FROM ${storageTable(this.system.prefix, key)}` }
        : { error: db2Errors.notFound(member, target.library, "*MEM") };
    }
    const members = this.system.members.get(key) ?? [];
    const chosen = member === null || member === "*FIRST" ? members[0] : member === "*LAST" ? members.at(-1) : member;
    if (chosen === undefined || !members.includes(chosen)) {
      return { error: db2Errors.notFound(member ?? "*FIRST", target.library, "*MEM") };
    }
    const columns = object.columns.map((column) => pgColumn(column.name)).join(", ");
    return {
      select: `SELECT ${columns} FROM ${storageTable(this.system.prefix, key)} WHERE _member = '${chosen.replaceAll("'", "''")}'`,
    };
  }

  private async qtempTableExists(name: string): Promise<boolean> {
    if (!this.qtempCreated) return false;
    const found = await this.host.run(`SELECT to_regclass('${this.qtempSchema}.${pgColumn(name).replaceAll("'", "''")}')`);
    return found.rows[0]?.[0] != null;
  }

  private async dropAlias(alias: ObjectRef): Promise<{ text: string; failed: boolean }> {
    if (alias.library !== "QTEMP" || !this.aliases.has(alias.name)) {
      return failure(db2Errors.notFound(alias.name, alias.library, "*FILE"));
    }
    const dropped = await this.host.run(`DROP VIEW ${this.qtempSchema}.${pgColumn(alias.name)}`);
    if (dropped.error) return failure(db2ErrorFromPostgres(dropped.error, this.errorContext([alias])));
    this.aliases.delete(alias.name);
    return success();
  }

  /**
   * CALL QSYS2.QCMDEXC: the CL command runs in the simulator (main thread). The session is given
   * back meanwhile, so the command may reload this system's snapshot; later statements see it.
   */
  private async callQcmdexc(command: string): Promise<{ text: string; failed: boolean }> {
    const runCl = this.request.runCl;
    if (!runCl) return failure(db2Errors.routineNotFound("QCMDEXC", "QSYS2"));
    this.giveBackSession();
    let outcome: ClOutcome;
    try {
      outcome = await runCl(command);
    } finally {
      await this.takeSession();
    }
    if (outcome.success) return success();
    // SQL0443 carries the CL escape message's text (the last message); the message id is not shown.
    return failure(db2Errors.commandFailed(outcome.messages.at(-1)?.text ?? `Error occurred in command ${command}.`));
  }
}

function success(): { text: string; failed: boolean } {
  return { text: COMMAND_COMPLETED, failed: false };
}

function failure(error: Db2Error): { text: string; failed: boolean } {
  return { text: renderCliError(error), failed: true };
}
