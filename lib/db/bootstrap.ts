import { startEmbeddedDatabase } from "@/lib/db/embedded";
import { deployMigrations } from "@/lib/db/migrate";
import { getEnv, setEnvVar } from "@/lib/env";

export interface ReadyDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

/**
 * One code path for every entry point (web app, worker, scripts, tests): use DATABASE_URL when it
 * is set, otherwise start (or, for scripts, attach to) the embedded PostgreSQL; then apply any
 * pending migrations. DATABASE_URL is set for the rest of the process and its children.
 */
export async function ensureDatabase(options: { attach?: boolean; log?: (line: string) => void } = {}): Promise<ReadyDatabase> {
  const env = getEnv();
  let ready: ReadyDatabase;
  if (env.DATABASE_URL) {
    ready = { url: env.DATABASE_URL, embedded: false, stop: async () => undefined };
  } else {
    const db = await startEmbeddedDatabase({ dataDir: env.EMBEDDED_PG_DIR, attach: options.attach, log: options.log });
    setEnvVar("DATABASE_URL", db.url);
    ready = { url: db.url, embedded: true, stop: db.stop };
  }
  const applied = await deployMigrations(ready.url);
  if (applied.length > 0) options.log?.(`Applied migrations: ${applied.join(", ")}`);
  return ready;
}
