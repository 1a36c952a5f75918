import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { deployMigrations } from "../../lib/db/migrate";
import { generateSecretKey } from "../../lib/db/secrets";
import { getEnv, getTestEnv, setEnvVar } from "../../lib/env";

/**
 * Gives the integration suite its own fresh database, dropped afterwards:
 * - PORTCULLIS_TEST_DB=embedded: an embedded PostgreSQL in a temporary folder;
 * - otherwise DATABASE_URL's server when set, else the PostgreSQL on 127.0.0.1:5432 when it answers,
 *   else a throwaway cluster (initdb in a temporary folder, the same code as the embedded server).
 * The URL reaches the test workers through DATABASE_URL (they inherit this process's environment).
 */

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

function withDatabase(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}

export default async function setup() {
  const testEnv = getTestEnv();
  const name = `portcullis_test_${randomBytes(4).toString("hex")}`;
  let serverUrl: string;
  let embedded: EmbeddedDatabase | undefined;
  let folder: string | undefined;
  const externalUrl = getEnv().DATABASE_URL;

  if (testEnv.PORTCULLIS_TEST_DB === "server" && externalUrl) {
    serverUrl = externalUrl;
  } else if (testEnv.PORTCULLIS_TEST_DB === "server" && (await answers(testEnv.PORTCULLIS_TEST_SERVER_URL))) {
    serverUrl = testEnv.PORTCULLIS_TEST_SERVER_URL;
  } else {
    folder = mkdtempSync(path.join(tmpdir(), "portcullis-it-"));
    chmodSync(folder, 0o755);
    embedded = await startEmbeddedDatabase({ dataDir: path.join(folder, "postgres") });
    serverUrl = embedded.url;
  }

  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = withDatabase(serverUrl, name);
  await deployMigrations(url);
  setEnvVar("DATABASE_URL", url);
  setEnvVar("PORTCULLIS_SECRET_KEY", generateSecretKey());
  setEnvVar("BETTER_AUTH_SECRET", randomBytes(32).toString("base64url"));
  console.log(`[integration] database ${name} on ${embedded ? "an embedded PostgreSQL" : new URL(serverUrl).host}`);

  return async () => {
    const cleanup = new pg.Client({ connectionString: serverUrl });
    await cleanup.connect();
    await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await cleanup.end();
    if (embedded) await embedded.stop();
    if (folder) rmSync(folder, { recursive: true, force: true });
  };
}
