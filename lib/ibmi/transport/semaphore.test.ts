import { describe, expect, test } from "vitest";
import { Semaphore } from "./semaphore";

describe("Semaphore", () => {
  test("holds at most `limit` and hands slots over in arrival order", async () => {
    const semaphore = new Semaphore(2);
    const order: string[] = [];
    const first = await semaphore.acquire();
    const second = await semaphore.acquire();
    const third = semaphore.acquire().then((release) => {
      order.push("third");
      return release;
    });
    const fourth = semaphore.acquire().then((release) => {
      order.push("fourth");
      return release;
    });
    await Promise.resolve();
    expect(semaphore.held).toBe(2);
    expect(semaphore.waiting).toBe(2);
    expect(order).toEqual([]);

    first();
    const releaseThird = await third;
    expect(order).toEqual(["third"]);
    expect(semaphore.held).toBe(2);

    second();
    (await fourth)();
    releaseThird();
    expect(order).toEqual(["third", "fourth"]);
    expect(semaphore.held).toBe(0);
  });

  test("a release function works once", async () => {
    const semaphore = new Semaphore(1);
    const release = await semaphore.acquire();
    release();
    release();
    expect(semaphore.held).toBe(0);
    await semaphore.acquire();
    expect(semaphore.held).toBe(1);
  });

  test("refuses a limit below one", () => {
    expect(() => new Semaphore(0)).toThrow(RangeError);
  });
});
