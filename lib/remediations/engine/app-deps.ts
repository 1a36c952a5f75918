import "server-only";
import { prisma } from "@/lib/db/client";
import { transportFor } from "@/lib/systems/connection";
import type { EngineDeps } from "./deps";

/** The engine as the app runs it: the shared database and each system's pooled SSH connection. */
export function appEngineDeps(): EngineDeps {
  return {
    db: prisma,
    connect: async (systemId) => (await transportFor(prisma, systemId)).transport,
    now: () => new Date(),
    verifyAttempts: 3,
    verifyDelayMs: 2_000,
  };
}
