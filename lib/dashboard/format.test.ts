import { describe, expect, it } from "vitest";
import { formatAgo, formatBytes, formatDuration, formatIdle, formatUtc } from "@/lib/dashboard/format";

describe("format", () => {
  it("prints UTC to the minute with the zone named", () => {
    expect(formatUtc("2026-03-16T14:02:59.900Z")).toBe("2026-03-16 14:02 UTC");
  });

  it("says how long ago in the largest sensible unit", () => {
    const now = new Date("2026-03-16T12:00:00Z");
    expect(formatAgo(new Date("2026-03-16T11:59:30Z"), now)).toBe("30 s ago");
    expect(formatAgo(new Date("2026-03-16T11:48:00Z"), now)).toBe("12 min ago");
    expect(formatAgo(new Date("2026-03-15T09:00:00Z"), now)).toBe("27 h ago");
    expect(formatAgo(new Date("2026-03-10T12:00:00Z"), now)).toBe("6 days ago");
    expect(formatAgo(new Date("2026-03-16T12:00:05Z"), now)).toBe("just now");
  });

  it("prints durations, idle times and byte counts", () => {
    expect(formatDuration(850)).toBe("850 ms");
    expect(formatDuration(1250)).toBe("1.3 s");
    expect(formatDuration(125_000)).toBe("2 min 5 s");
    expect(formatDuration(null)).toBe("—");
    expect(formatIdle(20)).toBe("20 s");
    expect(formatIdle(600)).toBe("10 min");
    expect(formatIdle(3_900)).toBe("1 h 5 min");
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(9_000_000)).toBe("8.6 MB");
  });
});
