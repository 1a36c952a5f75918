import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * Whether `next build` must run again: a fingerprint of every input of the build (sizes and
 * modification times) is kept next to the build output.
 */

const INPUTS = ["app", "components", "lib", "generated", "public", "instrumentation.ts", "next.config.ts", "package-lock.json", "tsconfig.json"];
const STAMP = ".next/portcullis-build-stamp";

function walk(entry: string, out: string[]) {
  if (!existsSync(entry)) return;
  const stat = statSync(entry);
  if (stat.isDirectory()) {
    for (const child of readdirSync(entry).sort()) walk(path.join(entry, child), out);
  } else if (!/\.test\.tsx?$/.test(entry)) {
    out.push(`${entry}:${stat.size}:${Math.floor(stat.mtimeMs)}`);
  }
}

function fingerprint(): string {
  const lines: string[] = [];
  for (const input of INPUTS) walk(input, lines);
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

export function buildIsStale(): boolean {
  return !existsSync(".next/BUILD_ID") || !existsSync(STAMP) || readFileSync(STAMP, "utf8") !== fingerprint();
}

export function writeBuildStamp(): void {
  writeFileSync(STAMP, fingerprint());
}
