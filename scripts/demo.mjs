#!/usr/bin/env node
// `npm run demo`: installs dependencies when they are missing or stale, then hands over to
// scripts/demo.ts (which needs them). Plain JavaScript on purpose: it runs before anything is installed.
import { spawn, spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";

function needsInstall() {
  const marker = "node_modules/.package-lock.json";
  if (!existsSync(marker) || !existsSync("generated/prisma/client.ts")) return true;
  return existsSync("package-lock.json") && statSync("package-lock.json").mtimeMs > statSync(marker).mtimeMs;
}

if (needsInstall()) {
  console.log("Installing dependencies (npm install)…");
  const install = spawnSync("npm", ["install", "--no-audit", "--no-fund"], { stdio: "inherit" });
  if (install.status !== 0) {
    console.error("✖ npm install failed; see the output above.");
    process.exit(install.status ?? 1);
  }
}

const child = spawn(process.execPath, ["--import", "tsx", "scripts/demo.ts", ...process.argv.slice(2)], { stdio: "inherit" });
// Ctrl-C reaches every process in the terminal's group; the launcher below does the orderly stop.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
