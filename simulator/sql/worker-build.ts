/**
 * Engine workers run plain JavaScript compiled from this folder's TypeScript. Node 20 workers
 * cannot load `.ts` files, and loading them through tsx's module hooks cost a worker more than a
 * second on the project machine (against 70 ms for a plain module). The worker's module graph is
 * therefore transpiled once with the TypeScript compiler and kept, keyed by a hash of the sources,
 * in node_modules/.cache (where the compiled files still resolve the project's packages).
 * Worker-side files therefore import each other by relative path, never through the @/ alias.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdir, readdir, rename, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const ENTRY = fileURLToPath(new URL("./engine-worker.ts", import.meta.url));
const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
const IMPORT_SPECIFIER = /(\bfrom\s+|\bimport\s+)"(\.{1,2}\/[^"]+)"/g;

/** The compiled engine-worker module, built now if this version of the sources has not been. */
export async function compiledWorkerEntry(): Promise<URL> {
  const sources = moduleGraph(ENTRY);
  const hash = createHash("sha256");
  for (const [path, text] of sources) hash.update(relative(REPO_ROOT, path)).update("\0").update(text);
  const outDir = join(nodeModulesDir(), ".cache", "portcullis-sql-worker", hash.digest("hex").slice(0, 16));
  const entry = outputPath(outDir, ENTRY);
  if (!existsSync(entry)) await compile(sources, outDir);
  return pathToFileURL(entry);
}

/** Every TypeScript file the entry reaches through relative imports, with its text. */
function moduleGraph(entry: string): Map<string, string> {
  const files = new Map<string, string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop() as string;
    if (files.has(file)) continue;
    const text = readFileSync(file, "utf8");
    files.set(file, text);
    for (const match of text.matchAll(IMPORT_SPECIFIER)) pending.push(`${resolve(dirname(file), match[2])}.ts`);
  }
  return files;
}

function outputPath(outDir: string, source: string): string {
  return join(outDir, relative(REPO_ROOT, source)).replace(/\.ts$/, ".mjs");
}

function nodeModulesDir(): string {
  const pglite = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  return pglite.slice(0, pglite.lastIndexOf("node_modules") + "node_modules".length);
}

async function compile(sources: Map<string, string>, outDir: string): Promise<void> {
  // Loaded only when a build is needed: the compiler takes a while to load.
  const { default: ts } = await import("typescript");
  const partial = `${outDir}.${process.pid}.${Date.now()}.partial`;
  for (const [path, text] of sources) {
    const { outputText } = ts.transpileModule(text, {
      fileName: path,
      compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022, isolatedModules: true },
    });
    const target = outputPath(partial, path);
    await mkdir(dirname(target), { recursive: true });
    const withExtensions = outputText.replace(
      IMPORT_SPECIFIER,
      (_, keyword: string, specifier: string) => `${keyword}"${specifier}.mjs"`,
    );
    await writeFile(target, withExtensions);
  }
  // Renamed into place whole, so a concurrent start never sees half a build; if another process
  // finished the same build first, its copy is kept.
  await mkdir(dirname(outDir), { recursive: true });
  await rename(partial, outDir).catch(async (error: NodeJS.ErrnoException) => {
    await rm(partial, { recursive: true, force: true });
    if (!existsSync(outDir)) throw error;
  });
  // Builds of earlier source versions are of no further use.
  for (const name of await readdir(dirname(outDir))) {
    if (name !== basename(outDir) && !name.endsWith(".partial")) {
      await rm(join(dirname(outDir), name), { recursive: true, force: true });
    }
  }
}
