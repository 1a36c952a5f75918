/**
 * The dashboard's own scan batch (lib/checks) run through the engine and read back with the
 * dashboard's QZDFMDB2 parser: every statement a scan sends must be answered, not fail.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { buildReadBatch } from "../../lib/checks/read-batch";
import { parseDb2Output } from "../../lib/ibmi/db2-output";
import { flattenStatement } from "../../lib/ibmi/sql-text";
import { SqlEngine } from "./sql-engine";
import { SAMPLE_NOW, sampleSnapshot } from "./test-support/sample-snapshot";

let engine: SqlEngine;

beforeAll(async () => {
  engine = await SqlEngine.start({ workers: 1 });
  await engine.loadSystem("scanned", sampleSnapshot());
});

afterAll(async () => {
  await engine?.close();
});

it.each(["full", "connections"] as const)("answers every statement of a %s scan", async (kind) => {
  const batch = buildReadBatch(kind);
  const answer = await engine.runQzdfmdb2("scanned", batch.map((read) => flattenStatement(read.sql)).join(";\n"), {
    currentUser: "DASHUSR",
    serverName: "PROD1",
    now: SAMPLE_NOW,
  });
  const results = parseDb2Output(answer.stdout);
  const failed = batch.flatMap((read, index) => (results[index]?.kind === "error" ? [{ id: read.id, ...results[index] }] : []));
  expect(failed).toEqual([]);
  expect(results.map((result) => result.kind === "rows" || result.kind === "ok")).toEqual(batch.map(() => true));
  expect(answer.exitCode).toBe(0);
});
