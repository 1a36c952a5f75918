import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";

/** Advisory-lock namespace of remediations ("PC"), so other features can lock by system too without clashing. */
const LOCK_NAMESPACE = 0x5043;
/** How long a second request waits for the lock: a double click waits for the first run, then returns its result. */
const LOCK_WAIT = "120s";
/** Longest a remediation may hold the lock: its reads, commands and verify reads. */
const RUN_LIMIT_MS = 15 * 60_000;

/**
 * Runs `work` while holding a PostgreSQL advisory lock on the system, so that no two
 * remediations run on one system at the same time, whatever process or worker they are in. The
 * lock belongs to a transaction that stays open (and idle) while `work` runs on other
 * connections; it is released when that transaction ends, even if this process dies.
 */
export async function withSystemLock<T>(db: Db, systemId: string, work: () => Promise<T>): Promise<T> {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe(`SET LOCAL lock_timeout = '${LOCK_WAIT}'`);
      try {
        await tx.$queryRaw`SELECT pg_advisory_xact_lock(${LOCK_NAMESPACE}::int4, hashtext(${systemId}))::text AS locked`;
      } catch (error) {
        // 55P03 lock_not_available: the lock wait ran out.
        if (/lock timeout|55P03/.test(String((error as Error).message))) {
          throw new AppError("conflict", "Another remediation is running on this system; try again when it has finished.");
        }
        throw error;
      }
      return work();
    },
    { maxWait: 10_000, timeout: RUN_LIMIT_MS },
  );
}
