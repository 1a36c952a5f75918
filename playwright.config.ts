import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { ADMIN, E2E_PORT, E2E_SIM_BASE_PORT, E2E_SIM_CONTROL_URL, E2E_SIM_SYSTEMS, OFFICER } from "./e2e/support/env";

// Playwright's own browser download cannot work here; Debian's chromium is used instead.
const chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find(existsSync);

export default defineConfig({
  testDir: "e2e",
  workers: 1,
  timeout: 90_000,
  expect: { timeout: 15_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  use: {
    baseURL: `http://localhost:${E2E_PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The same launcher as `npm run demo`, on a fresh data folder, against the production build.
    command:
      `node --import tsx scripts/demo.ts --skip-build --fresh --data-dir data/e2e --secrets-file data/e2e/.env.local --port ${E2E_PORT} ` +
      `--systems ${E2E_SIM_SYSTEMS} --sim-base-port ${E2E_SIM_BASE_PORT} --sim-control-port ${new URL(E2E_SIM_CONTROL_URL).port} --sim-churn off`,
    url: `http://localhost:${E2E_PORT}/sign-in`,
    reuseExistingServer: false,
    timeout: 240_000,
    stdout: "pipe",
    // SIGKILL would orphan the embedded PostgreSQL; SIGTERM lets the launcher stop it.
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
    env: {
      NEXT_TELEMETRY_DISABLED: "1",
      PORTCULLIS_ADMIN_EMAIL: ADMIN.email,
      PORTCULLIS_ADMIN_PASSWORD: ADMIN.password,
      PORTCULLIS_DEMO_PASSWORD: OFFICER.password,
    },
  },
});
