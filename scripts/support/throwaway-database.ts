import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { deployMigrations } from "../../lib/db/migrate";

/**
 * A fresh, migrated database for one test run or benchmark, dropped afterwards: on `serverUrl`
 * when given and answering, otherwise on an embedded PostgreSQL in a temporary folder.
 */
export interface ThrowawayDatabase {
  url: string;
  /** Where it lives, for the log. */
  where: string;
  drop(): Promise<void>;
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function createThrowawayDatabase(options: { prefix: string; serverUrl?: string; embedded?: boolean }): Promise<ThrowawayDatabase> {
  const name = `${options.prefix}_${randomBytes(4).toString("hex")}`;
  let serverUrl: string;
  let embedded: EmbeddedDatabase | undefined;
  let folder: string | undefined;
  if (!options.embedded && options.serverUrl && (await answers(options.serverUrl))) {
    serverUrl = options.serverUrl;
  } else {
    folder = mkdtempSync(path.join(tmpdir(), `${options.prefix}-`));
    // The embedded server runs as the postgres OS user, which must be able to enter the folder.
    chmodSync(folder, 0o755);
    embedded = await startEmbeddedDatabase({ dataDir: path.join(folder, "postgres") });
    serverUrl = embedded.url;
  }
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await deployMigrations(url.toString());
  return {
    url: url.toString(),
    where: embedded ? `${name} on an embedded PostgreSQL` : `${name} on ${new URL(serverUrl).host}`,
    drop: async () => {
      const cleanup = new pg.Client({ connectionString: serverUrl });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
      await embedded?.stop();
      if (folder) rmSync(folder, { recursive: true, force: true });
    },
  };
}
