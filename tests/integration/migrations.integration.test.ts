import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { describe, expect, test } from "vitest";
import { deployMigrations, readMigrations } from "@/lib/db/migrate";
import { getEnv } from "@/lib/env";

function migrationsDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "migrations-"));
  for (const [name, sql] of Object.entries(files)) {
    mkdirSync(path.join(dir, name));
    writeFileSync(path.join(dir, name, "migration.sql"), sql);
  }
  return dir;
}

async function withScratchSchema<T>(run: (url: string) => Promise<T>): Promise<T> {
  // A schema of its own inside the test database keeps these runs away from the real tables.
  const schema = `mig_${Math.random().toString(36).slice(2, 8)}`;
  const base = getEnv().DATABASE_URL as string;
  const client = new pg.Client({ connectionString: base });
  await client.connect();
  await client.query(`CREATE SCHEMA ${schema}`);
  const url = new URL(base);
  url.searchParams.set("options", `-c search_path=${schema}`);
  try {
    return await run(url.toString());
  } finally {
    await client.query(`DROP SCHEMA ${schema} CASCADE`);
    await client.end();
  }
}

describe("migration runner", () => {
  test("the committed history applied cleanly to this database (global setup) and nothing is pending", async () => {
    expect(readMigrations().length).toBeGreaterThan(0);
    expect(await deployMigrations(getEnv().DATABASE_URL as string)).toEqual([]);
  });

  test("applies pending migrations in order, once, with Prisma's bookkeeping", async () => {
    await withScratchSchema(async (url) => {
      const dir = migrationsDir({ "001_a": "CREATE TABLE t (id int);", "002_b": "ALTER TABLE t ADD COLUMN name text; INSERT INTO t VALUES (1, 'x');" });
      expect(await deployMigrations(url, dir)).toEqual(["001_a", "002_b"]);
      expect(await deployMigrations(url, dir)).toEqual([]);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const rows = await client.query(`SELECT migration_name, finished_at IS NOT NULL AS done FROM "_prisma_migrations" ORDER BY migration_name`);
      await client.end();
      expect(rows.rows).toEqual([
        { migration_name: "001_a", done: true },
        { migration_name: "002_b", done: true },
      ]);
    });
  });

  test("a failing migration rolls back completely and names itself", async () => {
    await withScratchSchema(async (url) => {
      const dir = migrationsDir({ "001_ok": "CREATE TABLE ok_t (id int);", "002_bad": "CREATE TABLE half (id int); SELECT no_such_function();" });
      await expect(deployMigrations(url, dir)).rejects.toThrow(/002_bad failed/);
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      const half = await client.query(`SELECT to_regclass('half') AS t`);
      await client.end();
      expect(half.rows[0].t).toBeNull();
    });
  });

  test("an applied migration that was edited afterwards is refused", async () => {
    await withScratchSchema(async (url) => {
      const dir = migrationsDir({ "001_a": "CREATE TABLE e (id int);" });
      await deployMigrations(url, dir);
      writeFileSync(path.join(dir, "001_a", "migration.sql"), "CREATE TABLE e (id bigint);");
      await expect(deployMigrations(url, dir)).rejects.toThrow(/changed after it was applied/);
    });
  });
});
