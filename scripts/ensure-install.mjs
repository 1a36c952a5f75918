// Shared by `npm run demo` and `npm test`: installs dependencies when they are missing or older
// than the lockfile. Plain JavaScript: it runs before anything is installed.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

function needsInstall() {
  const marker = "node_modules/.package-lock.json";
  if (!existsSync(marker) || !existsSync("generated/prisma/client.ts")) return true;
  return existsSync("package-lock.json") && statSync("package-lock.json").mtimeMs > statSync(marker).mtimeMs;
}

export function ensureInstalled() {
  if (!needsInstall()) return;
  console.log("Installing dependencies (npm install)…");
  // `npm ci` cannot be used here: the lockfile lacks other platforms' optional binaries.
  const install = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (install.status !== 0) {
    console.error("✖ npm install failed; see the output above.");
    process.exit(install.status ?? 1);
  }
}
