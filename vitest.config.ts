import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = fileURLToPath(new URL(".", import.meta.url));

// Two layers: pure unit tests (no network, no database) and integration tests that talk to a
// real PostgreSQL and to the IBM i simulator over real SSH. scripts/test.mjs runs both and the
// integration layer a second time against the embedded database.
export default defineConfig({
  resolve: { alias: { "@": root } },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "unit",
          environment: "node",
          include: ["{lib,simulator,scripts,app,components}/**/*.test.ts"],
          exclude: ["**/*.integration.test.ts", "node_modules/**"],
        },
      },
      {
        extends: true,
        test: {
          name: "integration",
          environment: "node",
          include: ["{lib,simulator,scripts,tests}/**/*.integration.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // Files share one database and one simulator per file; run them one at a time so
          // that timing-sensitive SSH tests don't fight over two cores.
          fileParallelism: false,
        },
      },
    ],
  },
});
