/**
 * One PGlite (PostgreSQL in wasm) instance and the single database session it offers. A fresh
 * instance runs initdb (3–9 s on the project machine), so the first start saves an initialised
 * data directory, template functions included, and later starts load it (well under a second).
 *
 * The session is shared by every simulated system on this instance, so it is taken exclusively:
 * a QZDFMDB2 job holds it while its statements run and gives it back while it waits for a CL
 * command, and snapshot loads take it in between.
 */
import { existsSync } from "node:fs";
import { readFile, rename, writeFile } from "node:fs/promises";
import { PGlite, protocol, type messages } from "@electric-sql/pglite";
import type { PostgresError } from "./db2-errors";
import { TEMPLATE_SQL } from "./db2-functions";
import type { PostgresField } from "./result-columns";

export interface StatementOutcome {
  /** Null for a statement without a result set. */
  fields: PostgresField[] | null;
  /** PostgreSQL text output per column. */
  rows: (string | null)[][];
  error: PostgresError | null;
}

// Far smaller buffers than PostgreSQL's defaults: every system's data is small, and the default
// 128 MB of shared buffers would be touched in full by each instance.
const START_PARAMS = [
  ...PGlite.defaultStartParams,
  ...["-c", "shared_buffers=32MB", "-c", "temp_buffers=2MB", "-c", "work_mem=2MB", "-c", "wal_buffers=256kB"],
];

export class PgliteHost {
  private queue: Promise<void> = Promise.resolve();

  private constructor(private readonly db: PGlite) {}

  /** Opens an instance from the template at `templateFile`, building and saving it if missing. */
  static async open(templateFile: string): Promise<PgliteHost> {
    if (existsSync(templateFile)) {
      const template = new Blob([await readFile(templateFile)]);
      return new PgliteHost(await PGlite.create({ loadDataDir: template, startParams: START_PARAMS }));
    }
    const db = await PGlite.create({ startParams: START_PARAMS });
    await db.exec(TEMPLATE_SQL);
    // Uncompressed (about 40 MB): loading skips the gunzip, about 0.3 s per start.
    const dump = await db.dumpDataDir("none");
    // Written under a temporary name and renamed, so a concurrent start never reads half a file.
    const partial = `${templateFile}.${process.pid}.${Date.now()}.partial`;
    await writeFile(partial, new Uint8Array(await dump.arrayBuffer()));
    await rename(partial, templateFile);
    return new PgliteHost(db);
  }

  /** Waits for exclusive use of the session; the returned function gives it back. */
  acquire(): Promise<() => void> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const granted = this.queue.then(() => release);
    this.queue = this.queue.then(() => released);
    return granted;
  }

  /** Runs `work` holding the session. */
  async exclusive<T>(work: () => Promise<T>): Promise<T> {
    const release = await this.acquire();
    try {
      return await work();
    } finally {
      release();
    }
  }

  /** Runs statements separated by `;` (no parameters, no results). */
  async exec(sql: string): Promise<void> {
    await this.db.exec(sql);
  }

  async query(sql: string, params: unknown[]): Promise<void> {
    await this.db.query(sql, params);
  }

  /**
   * Runs one statement through the extended protocol, which (unlike PGlite's query API) reports
   * each column's type modifier, returns every value as text, keeps duplicate column names, and
   * hands back the rows produced before an error.
   */
  async run(sql: string): Promise<StatementOutcome> {
    const serialize = protocol.serialize;
    const parts = [
      serialize.parse({ text: sql }),
      serialize.bind({}),
      serialize.describe({ type: "P" }),
      serialize.execute({}),
      serialize.sync(),
    ];
    const request = new Uint8Array(parts.reduce((length, part) => length + part.length, 0));
    parts.reduce((offset, part) => (request.set(part, offset), offset + part.length), 0);
    const { messages: replies } = await this.db.execProtocol(request, { throwOnError: false });
    const outcome: StatementOutcome = { fields: null, rows: [], error: null };
    for (const reply of replies) {
      if (reply instanceof protocol.messages.RowDescriptionMessage) outcome.fields = reply.fields.map(fieldOf);
      else if (reply instanceof protocol.messages.DataRowMessage) outcome.rows.push(reply.fields);
      else if (reply instanceof protocol.messages.DatabaseError) {
        outcome.error = { code: reply.code ?? "XX000", message: reply.message, hint: reply.hint };
      }
    }
    return outcome;
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}

function fieldOf(field: messages.Field): PostgresField {
  return { name: field.name, dataTypeID: field.dataTypeID, dataTypeModifier: field.dataTypeModifier };
}
