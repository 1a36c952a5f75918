/**
 * npm run db:migrate — applies pending migrations to DATABASE_URL, or to the embedded database
 * (starting it for the duration, or attaching to the running app's server).
 */
import { ensureDatabase } from "../lib/db/bootstrap";
import { loadEnvFiles } from "../lib/env";

loadEnvFiles();
const db = await ensureDatabase({ attach: true, log: console.log });
console.log(`Database is up to date (${db.embedded ? "embedded" : "DATABASE_URL"}).`);
await db.stop();
process.exit(0);
