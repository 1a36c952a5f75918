/**
 * npm run db:diff -- --name <migration_name>
 *
 * Creates the next migration from prisma/schema.prisma without Prisma's native schema engine
 * (which cannot be downloaded here), using the wasm schema engine.
 *
 * Each migration folder keeps the schema it was generated from (schema.prisma). The next
 * migration is the diff between that snapshot and the current schema, so no database has to be
 * introspected: introspection through adapter-pg fails on PostgreSQL's internal "char" columns.
 * The engine still wants a live connection, and the new migration is proved by replaying the
 * whole history into a throwaway embedded PostgreSQL. Works offline and online.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { PrismaPg } from "@prisma/adapter-pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import { startEmbeddedDatabase } from "../lib/db/embedded";
import { defaultMigrationsDir, deployMigrations, readMigrations } from "../lib/db/migrate";

const { values } = parseArgs({ options: { name: { type: "string" } } });
if (!values.name || !/^[a-z0-9_]+$/.test(values.name)) {
  console.error("Usage: npm run db:diff -- --name add_something   (lower case, digits and _)");
  process.exit(2);
}

// The wasm engine reports Rust panics through this global; without it a panic hides its message.
(globalThis as Record<string, unknown>).PRISMA_WASM_PANIC_REGISTRY = {
  set_message: (message: string) => console.error(`Schema engine panic: ${message}`),
};

async function loadSchemaEngine() {
  const runtime: Record<string, any> = await import("@prisma/schema-engine-wasm/schema_engine_bg");
  const wasmPath = path.resolve("node_modules/@prisma/schema-engine-wasm/schema_engine_bg.wasm");
  const instance = new WebAssembly.Instance(new WebAssembly.Module(readFileSync(wasmPath)), { "./schema_engine_bg.js": runtime });
  runtime.__wbg_set_wasm(instance.exports);
  (instance.exports as { __wbindgen_start: () => void }).__wbindgen_start();
  return runtime.SchemaEngine as { new: (options: object, log: (line: string) => void, adapter: object) => Promise<any> };
}

const scratchDir = path.resolve("data/migrate-scratch");
rmSync(scratchDir, { recursive: true, force: true });
rmSync(`${scratchDir}.credentials.json`, { force: true });
const scratch = await startEmbeddedDatabase({ dataDir: scratchDir });
try {
  const SchemaEngine = await loadSchemaEngine();
  const adapter = bindMigrationAwareSqlAdapterFactory(new PrismaPg({ connectionString: scratch.url }));
  const engine = await SchemaEngine.new({ datamodels: undefined }, () => undefined, adapter);
  const schema = readFileSync("prisma/schema.prisma", "utf8");
  const previous = readMigrations().at(-1);
  const snapshot = previous ? path.join(defaultMigrationsDir(), previous.name, "schema.prisma") : undefined;
  if (snapshot && !existsSync(snapshot)) throw new Error(`${snapshot} is missing; cannot tell what the last migration produced.`);
  const from = snapshot
    ? { tag: "schemaDatamodel", files: [{ path: "prisma/schema.prisma", content: readFileSync(snapshot, "utf8") }] }
    : { tag: "empty" };
  const result = await engine.diff({
    from,
    to: { tag: "schemaDatamodel", files: [{ path: "prisma/schema.prisma", content: schema }] },
    script: true,
    exitCode: true,
    filters: { externalTables: [], externalEnums: [] },
  });
  engine.free();
  const sql: string = result.stdout ?? "";
  if (result.exitCode === 0 || !sql.trim() || /This is an empty migration/.test(sql)) {
    console.log("No changes: the migrations already match prisma/schema.prisma.");
  } else {
    const stamp = new Date().toISOString().replace(/[-:T]/g, "").slice(0, 14);
    const dir = path.join(defaultMigrationsDir(), `${stamp}_${values.name}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(path.join(dir, "migration.sql"), sql);
    writeFileSync(path.join(dir, "schema.prisma"), schema);
    writeFileSync(path.join(defaultMigrationsDir(), "migration_lock.toml"), 'provider = "postgresql"\n');
    const applied = await deployMigrations(scratch.url);
    console.log(`Created ${path.relative(process.cwd(), dir)}/migration.sql (history of ${applied.length} replayed cleanly)`);
  }
} finally {
  await scratch.stop();
  rmSync(scratchDir, { recursive: true, force: true });
  rmSync(`${scratchDir}.credentials.json`, { force: true });
}
// The wasm engine keeps Node alive for a while after it is freed.
process.exit(0);
