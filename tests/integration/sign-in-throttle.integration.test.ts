import { afterAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { clearFailedSignIns, MAX_FAILURES, recordFailedSignIn, secondsLocked, throttleKeys } from "@/lib/auth/sign-in-throttle";

afterAll(() => prisma.$disconnect());

describe("sign-in throttle", () => {
  test(`locks an account after ${MAX_FAILURES} failures, whatever address the attempts claim`, async () => {
    const email = `victim-${Date.now()}@example.test`;
    for (let attempt = 1; attempt < MAX_FAILURES; attempt++) {
      await recordFailedSignIn(prisma, throttleKeys(email, null));
      expect(await secondsLocked(prisma, throttleKeys(email, `198.51.100.${attempt}`))).toBe(0);
    }
    await recordFailedSignIn(prisma, throttleKeys(email, null));
    const wait = await secondsLocked(prisma, throttleKeys(email.toUpperCase(), "203.0.113.9"));
    expect(wait).toBeGreaterThan(14 * 60);
    expect(wait).toBeLessThanOrEqual(15 * 60);
  });

  test("a successful sign-in clears the count", async () => {
    const keys = throttleKeys(`user-${Date.now()}@example.test`, null);
    for (let attempt = 0; attempt < MAX_FAILURES - 1; attempt++) await recordFailedSignIn(prisma, keys);
    await clearFailedSignIns(prisma, keys);
    await recordFailedSignIn(prisma, keys);
    expect(await secondsLocked(prisma, keys)).toBe(0);
    const row = await prisma.signInThrottle.findUnique({ where: { key: keys[0] } });
    expect(row?.failures).toBe(1);
  });

  test("concurrent failures are all counted", async () => {
    const keys = throttleKeys(`race-${Date.now()}@example.test`, null);
    await Promise.all(Array.from({ length: MAX_FAILURES }, () => recordFailedSignIn(prisma, keys)));
    expect(await secondsLocked(prisma, keys)).toBeGreaterThan(0);
  });
});
