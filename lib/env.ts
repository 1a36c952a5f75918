import { existsSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

/**
 * The only module that reads process.env. Every setting is validated here, so a missing or
 * malformed variable stops the app at start-up with its name instead of failing later.
 */

const booleanFlag = z
  .enum(["1", "0", "true", "false", "yes", "no"])
  .transform((value) => value === "1" || value === "true" || value === "yes");

const postgresUrl = z
  .string()
  .refine((value) => /^postgres(ql)?:\/\//.test(value), "must be a postgres:// or postgresql:// URL");

/** 32 random bytes, base64 encoded: `openssl rand -base64 32`. */
const encryptionKey = z
  .string()
  .refine((value) => Buffer.from(value, "base64").length === 32, "must be 32 bytes, base64 encoded (openssl rand -base64 32)");

const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  /** Any PostgreSQL 15+. When unset, an embedded PostgreSQL is started in EMBEDDED_PG_DIR. */
  DATABASE_URL: postgresUrl.optional(),
  EMBEDDED_PG_DIR: z.string().min(1).default("data/postgres"),
  /** PostgreSQL connections per process (a worker scanning many systems at once wants more). */
  PORTCULLIS_DB_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  /** Seals IBM i passwords and private keys at rest (AES-256-GCM). */
  PORTCULLIS_SECRET_KEY: encryptionKey.optional(),
  BETTER_AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** The URL people use to reach the app; sign-in requests from other origins are refused. */
  BETTER_AUTH_URL: z.url().optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PORTCULLIS_ADMIN_EMAIL: z.email().default("admin@portcullis.local"),
  PORTCULLIS_ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  /** Password of the demo's officer and auditor accounts (generated when unset). */
  PORTCULLIS_DEMO_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  /** Run the scan/remediation worker inside the web process (the demo does). */
  PORTCULLIS_IN_PROCESS_WORKER: booleanFlag.default(false),
  PORTCULLIS_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(25),
  /** How often workers look for scans whose worker died (pg-boss monitoring), in seconds. */
  PORTCULLIS_JOB_MONITOR_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  /** Enqueue scheduled scans (connections often, the rest hourly). */
  PORTCULLIS_SCHEDULER: booleanFlag.default(true),
  PORTCULLIS_SSH_CONNECT_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  PORTCULLIS_SSH_COMMAND_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  PORTCULLIS_SSH_MAX_CHANNELS: z.coerce.number().int().min(1).max(64).default(4),
  PORTCULLIS_DNS_TIMEOUT_MS: z.coerce.number().int().min(50).default(1_500),
  /** Header set by a trusted reverse proxy with the client address (e.g. x-real-ip). Unset: no proxy. */
  PORTCULLIS_CLIENT_IP_HEADER: z.string().min(1).optional(),
});

export type Env = z.infer<typeof envSchema>;

export class EnvError extends Error {
  constructor(readonly variables: string[], message: string) {
    super(message);
    this.name = "EnvError";
  }
}

let cached: Env | undefined;

/** Validated settings; throws EnvError naming each bad variable. */
export function getEnv(): Env {
  if (cached) return cached;
  const result = envSchema.safeParse(process.env);
  if (!result.success) {
    const problems = result.error.issues.map((issue) => ({ name: String(issue.path[0]), message: issue.message }));
    const lines = problems.map((p) => `  ${p.name}: ${p.message}`).join("\n");
    throw new EnvError(
      problems.map((p) => p.name),
      `Portcullis cannot start: invalid environment.\n${lines}\nSee .env.example for every setting.`,
    );
  }
  cached = result.data;
  return cached;
}

/** Forget the cached settings (tests and launchers that set variables at run time). */
export function resetEnvCache(): void {
  cached = undefined;
}

/**
 * Scripts run outside Next, which loads .env files itself; they call this first. Variables
 * already in the environment win over the files, as with Next.
 */
export function loadEnvFiles(files = [".env.local", ".env"]): void {
  for (const name of files) {
    const file = path.resolve(/* turbopackIgnore: true */ name);
    if (existsSync(/* turbopackIgnore: true */ file)) process.loadEnvFile(file);
  }
  resetEnvCache();
}

/** Set a variable for this process and its children (launchers pass settings down this way). */
export function setEnvVar(name: keyof Env, value: string): void {
  (process.env as Record<string, string>)[name] = value;
  resetEnvCache();
}

/** Environment for child processes started by launchers and tests. */
export function childProcessEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, ...extra };
}


const testEnvSchema = z.object({
  /** Which PostgreSQL the integration suite uses: the server at PORTCULLIS_TEST_SERVER_URL, or an embedded one. */
  PORTCULLIS_TEST_DB: z.enum(["server", "embedded"]).default("server"),
  /** A server where the suite may create and drop throwaway databases (trust auth on this project's machines). */
  PORTCULLIS_TEST_SERVER_URL: postgresUrl.default("postgresql://postgres@127.0.0.1:5432/postgres"),
});

/** Settings of the test harness itself (never read by the app). */
export function getTestEnv(): z.infer<typeof testEnvSchema> {
  return testEnvSchema.parse(process.env);
}

/** Remove a variable for this process (tests of missing settings). */
export function unsetEnvVar(name: keyof Env): void {
  delete (process.env as Record<string, string | undefined>)[name];
  resetEnvCache();
}
