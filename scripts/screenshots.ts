/**
 * `npm run screenshots`: starts the demo on a scratch data folder (its own port and simulator
 * ports), signs in as the officer, waits until every simulated system has been scanned, and
 * writes PNGs of the fleet page, a system's overview and each of its panels, the findings list
 * and a finding to docs/screenshots/. Chromium is Debian's (/usr/bin/chromium), as for the e2e
 * tests. The demo builds the app first when the build is stale; on a machine where others build
 * too, run it under the same lock as the e2e tests (flock /tmp/portcullis-e2e.lock npm run screenshots).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Page } from "@playwright/test";
import { childProcessEnv } from "../lib/env";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: "3150" },
    "sim-base-port": { type: "string", default: "26001" },
    "data-dir": { type: "string", default: "data/screenshots" },
    out: { type: "string", default: "docs/screenshots" },
    "skip-build": { type: "boolean", default: false },
  },
});

const port = Number(values.port);
const baseURL = `http://localhost:${port}`;
const outDir = path.resolve(values.out);
const dataDir = path.resolve(values["data-dir"]);
const officer = { email: "officer@portcullis.local", password: randomBytes(12).toString("base64url") };
const SYSTEMS = ["NP0001", "HD0002", "V60003", "OL0004"];

function say(line: string) {
  console.log(`[screenshots] ${line}`);
}

function startDemo() {
  const args = ["--import", "tsx", "scripts/demo.ts", "--fresh", "--data-dir", dataDir, "--secrets-file", path.join(dataDir, ".env.local"), "--port", String(port)];
  args.push("--systems", String(SYSTEMS.length), "--sim-base-port", values["sim-base-port"]!);
  if (values["skip-build"]) args.push("--skip-build");
  const child = spawn(process.execPath, args, {
    stdio: ["ignore", "pipe", "pipe"],
    env: childProcessEnv({ NEXT_TELEMETRY_DISABLED: "1", PORTCULLIS_DEMO_PASSWORD: officer.password, PORTCULLIS_ADMIN_PASSWORD: randomBytes(12).toString("base64url") }),
  });
  const ready = new Promise<void>((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Portcullis is running")) resolve();
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => reject(new Error(`The demo stopped (exit code ${code}):\n${output.slice(-4000)}`)));
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once("exit", resolve));
    child.kill("SIGTERM");
    await exited;
  };
  return { ready, stop };
}

async function waitForScans(page: Page) {
  const deadline = Date.now() + 180_000;
  for (;;) {
    await page.goto("/");
    const done = await Promise.all(SYSTEMS.map((name) => page.getByTestId(`fleet-row-${name}`).textContent().then((text) => text?.includes("Succeeded") ?? false)));
    if (done.every(Boolean)) return;
    if (Date.now() > deadline) throw new Error("The simulated systems were not all scanned within 3 minutes.");
    await page.waitForTimeout(3_000);
  }
}

async function shoot(page: Page, route: string, name: string) {
  await page.goto(route);
  await page.waitForLoadState("networkidle");
  // Charts draw after layout; give them a moment.
  await page.waitForTimeout(800);
  await page.screenshot({ path: path.join(outDir, `${name}.png`), fullPage: true });
  say(`wrote ${path.relative(process.cwd(), path.join(outDir, `${name}.png`))}`);
}

mkdirSync(outDir, { recursive: true });
const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);
const demo = startDemo();
try {
  say(`starting the demo on ${baseURL} (data in ${path.relative(process.cwd(), dataDir)})…`);
  await demo.ready;
  const browser = await chromium.launch({ executablePath, args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"] });
  try {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ baseURL, viewport: { width: 1440, height: 900 }, colorScheme });
      const page = await context.newPage();
      await page.goto("/sign-in");
      await page.getByLabel("Email").fill(officer.email);
      await page.getByLabel("Password").fill(officer.password);
      await page.getByRole("button", { name: "Sign in" }).click();
      await page.getByTestId("user-email").waitFor();
      if (colorScheme === "dark") {
        await shoot(page, "/", "fleet-dark");
        await context.close();
        continue;
      }
      say("waiting for the first scan of every system…");
      await waitForScans(page);
      await shoot(page, "/", "fleet");
      await page.getByRole("link", { name: "NP0001", exact: true }).click();
      await page.waitForURL(/\/systems\/[0-9a-f-]{36}$/);
      const system = new URL(page.url()).pathname;
      await shoot(page, system, "system-overview");
      for (const panel of ["ftp", "smtp", "connections", "spool", "remote"]) await shoot(page, `${system}/${panel}`, `panel-${panel}`);
      await shoot(page, "/findings", "findings");
      await page.getByTestId("finding-row").first().getByRole("link").first().click();
      await page.waitForURL(/\/findings\/[0-9a-f-]{36}$/);
      await shoot(page, new URL(page.url()).pathname, "finding-detail");
      await context.close();
    }
  } finally {
    await browser.close();
  }
} finally {
  await demo.stop();
}
