#!/usr/bin/env node
// `npm run demo`: installs dependencies when needed, then hands over to scripts/demo.ts.
import { spawn } from "node:child_process";
import { ensureInstalled } from "./ensure-install.mjs";

ensureInstalled();
const child = spawn(process.execPath, ["--import", "tsx", "scripts/demo.ts", ...process.argv.slice(2)], { stdio: "inherit" });
// Ctrl-C reaches every process in the terminal's group; the launcher does the orderly stop.
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
