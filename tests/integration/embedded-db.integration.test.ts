import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, test } from "vitest";
import { clusterLocation, EmbeddedDbBusyError, removeEmbeddedDatabase, startEmbeddedDatabase } from "@/lib/db/embedded";

const root = mkdtempSync(path.join(tmpdir(), "embedded-test-"));
// The server runs as the postgres OS user, which must be able to enter the folder.
chmodSync(root, 0o755);
const dataDir = path.join(root, "postgres");

afterAll(() => rmSync(root, { recursive: true, force: true }));

function holdDatabase(): Promise<{ child: ChildProcess; url: string }> {
  // detached: its own process group, so the test can kill -9 the app and its server together.
  const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/fixtures/hold-embedded-db.ts", dataDir], {
    detached: true,
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    child.stdout?.on("data", (chunk: Buffer) => {
      const match = /READY (\S+)/.exec(chunk.toString());
      if (match) resolve({ child, url: match[1] as string });
    });
    child.once("exit", (code) => reject(new Error(`holder exited early (${code})`)));
  });
}

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("embedded PostgreSQL", () => {
  test("a second server on the same folder is refused with the folder and the holding process", async () => {
    const { child, url } = await holdDatabase();
    try {
      await query(url, "CREATE TABLE kept (note text); INSERT INTO kept VALUES ('before the crash')");
      const attempt = startEmbeddedDatabase({ dataDir });
      await expect(attempt).rejects.toBeInstanceOf(EmbeddedDbBusyError);
      await expect(attempt).rejects.toThrow(new RegExp(`${dataDir}.*in use by process ${child.pid}`));
      // Scripts may attach to the live server instead.
      const attached = await startEmbeddedDatabase({ dataDir, attach: true });
      expect(attached.owned).toBe(false);
      expect(await query(attached.url, "SELECT note FROM kept")).toEqual([{ note: "before the crash" }]);
    } finally {
      // kill -9 of the whole group: the app and its server die without any cleanup.
      process.kill(-(child.pid as number), "SIGKILL");
      await new Promise((resolve) => child.once("exit", resolve));
    }
  });

  test("after a kill -9 the next start recovers by itself and the data is intact", async () => {
    const db = await startEmbeddedDatabase({ dataDir });
    try {
      expect(db.owned).toBe(true);
      expect(await query(db.url, "SELECT note FROM kept")).toEqual([{ note: "before the crash" }]);
    } finally {
      await db.stop();
    }
  });

  test("a folder the postgres OS user cannot enter (a checkout under /root) gets its cluster relocated, not an error", async () => {
    const privateHome = mkdtempSync(path.join(tmpdir(), "private-home-"));
    chmodSync(privateHome, 0o700);
    const requested = path.join(privateHome, "checkout", "data", "postgres");
    const location = clusterLocation(requested);
    try {
      expect(location.dataDir).toMatch(/^\/var\/lib\/portcullis\/[0-9a-f]{16}\/postgres$/);
      expect(location.relocatedBecause).toContain(privateHome);
      const db = await startEmbeddedDatabase({ dataDir: requested });
      try {
        expect(await query(db.url, "SELECT 1 AS ok")).toEqual([{ ok: 1 }]);
      } finally {
        await db.stop();
      }
    } finally {
      removeEmbeddedDatabase(requested);
      rmSync(privateHome, { recursive: true, force: true });
    }
  });
});
