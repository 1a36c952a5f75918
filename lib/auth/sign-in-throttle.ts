import type { Db } from "@/lib/db/client";

/**
 * Failed sign-ins are counted per account (and per client address when a trusted proxy gives
 * one) in the database, so every app process shares the count and rotating a forged
 * X-Forwarded-For does not reset it.
 */

export const MAX_FAILURES = 5;
const WINDOW_MINUTES = 15;
const LOCK_MINUTES = 15;

export function throttleKeys(email: string, ip: string | null): string[] {
  const keys = [`email:${email.trim().toLowerCase()}`];
  if (ip) keys.push(`ip:${ip}`);
  return keys;
}

/** Seconds until the caller may try again, or 0 when not locked. */
export async function secondsLocked(db: Db, keys: string[], now = new Date()): Promise<number> {
  const rows = await db.signInThrottle.findMany({ where: { key: { in: keys }, lockedUntil: { gt: now } } });
  const until = Math.max(0, ...rows.map((row) => row.lockedUntil?.getTime() ?? 0));
  return until > 0 ? Math.ceil((until - now.getTime()) / 1000) : 0;
}

export async function recordFailedSignIn(db: Db, keys: string[]): Promise<void> {
  for (const key of keys) {
    // One statement per key keeps the increment atomic when two processes race.
    await db.$executeRaw`
      INSERT INTO sign_in_throttle (key, failures, window_start)
      VALUES (${key}, 1, now())
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN sign_in_throttle.window_start < now() - make_interval(mins => ${WINDOW_MINUTES})
                        THEN 1 ELSE sign_in_throttle.failures + 1 END,
        window_start = CASE WHEN sign_in_throttle.window_start < now() - make_interval(mins => ${WINDOW_MINUTES})
                            THEN now() ELSE sign_in_throttle.window_start END`;
    await db.$executeRaw`
      UPDATE sign_in_throttle SET locked_until = now() + make_interval(mins => ${LOCK_MINUTES})
      WHERE key = ${key} AND failures >= ${MAX_FAILURES} AND (locked_until IS NULL OR locked_until < now())`;
  }
}

export async function clearFailedSignIns(db: Db, keys: string[]): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: { in: keys } } });
}
