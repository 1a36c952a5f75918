/**
 * npm run user:create -- --email someone@example.com --role officer [--name "Some One"] [--password ...]
 * Without --password a strong one is generated and printed once.
 */
import { randomBytes } from "node:crypto";
import { parseArgs } from "node:util";
import { ensureDatabase } from "../lib/db/bootstrap";
import { loadEnvFiles } from "../lib/env";
import { AppError } from "../lib/errors";

const { values } = parseArgs({
  options: { email: { type: "string" }, role: { type: "string" }, name: { type: "string" }, password: { type: "string" } },
});

loadEnvFiles();
const db = await ensureDatabase({ attach: true });
// Imported after the database is ready: the client reads DATABASE_URL on first use.
const { prisma } = await import("../lib/db/client");
const { createUser, ZNewUser } = await import("../lib/users/users");

const generated = values.password ? undefined : randomBytes(12).toString("base64url");
const parsed = ZNewUser.safeParse({
  email: values.email,
  role: values.role,
  name: values.name ?? values.email?.split("@")[0],
  password: values.password ?? generated,
});
let exitCode = 0;
if (!parsed.success) {
  for (const issue of parsed.error.issues) console.error(`✖ --${issue.path.join(".")}: ${issue.message}`);
  console.error("Usage: npm run user:create -- --email someone@example.com --role admin|officer|auditor [--name ...] [--password ...]");
  exitCode = 2;
} else {
  try {
    await createUser(prisma, parsed.data, { actor: null, ip: null });
    console.log(`Created ${parsed.data.email} (${parsed.data.role}).${generated ? ` Password: ${generated}` : ""}`);
  } catch (error) {
    console.error(`✖ ${error instanceof AppError ? error.message : (error as Error).message}`);
    exitCode = 1;
  }
}
await prisma.$disconnect();
await db.stop();
process.exit(exitCode);
