import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";
import { getEnv } from "@/lib/env";

/**
 * One PrismaClient per process. The client is built eagerly (the auth library inspects it at
 * import time) while the connection string is read lazily, on the first query: by then the
 * launcher or instrumentation has set DATABASE_URL to the embedded server if none was given.
 */

function createClient() {
  const adapter = new PrismaPg({
    max: getEnv().PORTCULLIS_DB_POOL_SIZE,
    get connectionString() {
      const url = getEnv().DATABASE_URL;
      if (!url) throw new Error("DATABASE_URL is not set and the embedded database has not been started.");
      return url;
    },
  });
  // Sealed IBM i secrets never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { system: { secretCiphertext: true } } });
}

export type Db = ReturnType<typeof createClient>;
export type DbTransaction = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { portcullisPrisma?: Db };

export const prisma: Db = globalForPrisma.portcullisPrisma ?? createClient();
globalForPrisma.portcullisPrisma = prisma;
