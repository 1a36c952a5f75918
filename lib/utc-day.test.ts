import { describe, expect, it } from "vitest";
import { endOfUtcDay, utcDayOf } from "@/lib/utc-day";

describe("UTC days", () => {
  it("ends a picked day at its last millisecond and reads the day back", () => {
    expect(endOfUtcDay("2026-12-31").toISOString()).toBe("2026-12-31T23:59:59.999Z");
    expect(utcDayOf(endOfUtcDay("2026-12-31"))).toBe("2026-12-31");
    expect(utcDayOf("2026-03-01T00:00:00.000Z")).toBe("2026-03-01");
  });
});
