#!/usr/bin/env node
// `npm test`: installs what it needs, runs every test layer, and ends with one line
// "N passed, N failed" summing them all. Exits non-zero when anything failed.
//
// Layers: type check · unit (Vitest) · integration on PostgreSQL (DATABASE_URL, else
// 127.0.0.1:5432, else a throwaway cluster) · the same integration suite on the embedded database ·
// production build · end-to-end (Playwright in Debian's chromium against the production build).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { ensureInstalled } from "./ensure-install.mjs";

const results = [];

function run(command, args, env = {}) {
  return spawnSync(command, args, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", CHECKPOINT_DISABLE: "1", ...env } });
}

function record(layer, passed, failed, note = "") {
  results.push({ layer, passed, failed, note });
  console.log(`\n── ${layer}: ${passed} passed, ${failed} failed${note ? ` (${note})` : ""}\n`);
}

function ensureChromium() {
  if (["/usr/bin/chromium", "/usr/bin/chromium-browser"].some(existsSync)) return;
  if (process.getuid?.() !== 0) {
    console.error("Chromium is missing: install Debian's chromium (apt-get install -y chromium) or run as root.");
    return;
  }
  console.log("Installing Debian's chromium for the end-to-end tests…");
  run("apt-get", ["update", "-qq"]);
  run("apt-get", ["install", "-y", "-qq", "chromium"], { DEBIAN_FRONTEND: "noninteractive" });
}

function vitestLayer(layer, project, env) {
  const report = `test-results/${project}-${layer.replace(/\W+/g, "-")}.json`;
  rmSync(report, { force: true });
  const status = run("npx", ["vitest", "run", "--project", project, "--reporter=default", "--reporter=json", `--outputFile.json=${report}`], env).status;
  if (!existsSync(report)) return record(layer, 0, 1, `vitest exited ${status} without a report`);
  const json = JSON.parse(readFileSync(report, "utf8"));
  const failed = json.numFailedTests + (status !== 0 && json.numFailedTests === 0 ? 1 : 0);
  record(layer, json.numPassedTests, failed, json.numPendingTests ? `${json.numPendingTests} skipped` : "");
}

function playwrightLayer() {
  const report = "test-results/e2e.json";
  rmSync(report, { force: true });
  const status = run("npx", ["playwright", "test"]).status;
  if (!existsSync(report)) return record("end-to-end", 0, 1, `playwright exited ${status} without a report`);
  const stats = JSON.parse(readFileSync(report, "utf8")).stats;
  const failed = stats.unexpected + stats.flaky + (status !== 0 && stats.unexpected === 0 ? 1 : 0);
  record("end-to-end", stats.expected, failed, stats.skipped ? `${stats.skipped} skipped` : "");
}

ensureInstalled();
ensureChromium();
mkdirSync("test-results", { recursive: true });

const typecheck = run("npx", ["tsc", "--noEmit", "-p", "."]).status;
record("type check", typecheck === 0 ? 1 : 0, typecheck === 0 ? 0 : 1);
vitestLayer("unit", "unit", {});
vitestLayer("integration (PostgreSQL server)", "integration", { PORTCULLIS_TEST_DB: "server" });
vitestLayer("integration (embedded PostgreSQL)", "integration", { PORTCULLIS_TEST_DB: "embedded" });
const build = run("npx", ["next", "build"]).status;
record("production build", build === 0 ? 1 : 0, build === 0 ? 0 : 1);
if (build === 0) playwrightLayer();
else record("end-to-end", 0, 1, "not run: the build failed");

console.log("Summary");
for (const r of results) console.log(`  ${r.layer.padEnd(36)} ${String(r.passed).padStart(5)} passed ${String(r.failed).padStart(4)} failed${r.note ? `  ${r.note}` : ""}`);
const passed = results.reduce((sum, r) => sum + r.passed, 0);
const failed = results.reduce((sum, r) => sum + r.failed, 0);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
