import { describe, expect, it } from "vitest";
import type { ListeningSample } from "@/lib/checks/check-types";
import { computeExposureHours, sampleGapMinutes } from "@/lib/checks/exposure-hours";
import type { TServiceWindow } from "@/lib/checks/policy";

const businessHoursUtc: TServiceWindow = { days: ["mon", "tue", "wed", "thu", "fri"], from: "07:00", to: "19:00", timeZone: "UTC" };

/**
 * One sample every `stepMinutes` from `from` (inclusive) to `to` (exclusive), then a "stopped"
 * sample at `to`: without it the last sample would hold on for the gap limit.
 */
function samples(from: string, to: string, stepMinutes: number, listening: (at: Date) => boolean): ListeningSample[] {
  const result: ListeningSample[] = [];
  for (let t = Date.parse(from); t < Date.parse(to); t += stepMinutes * 60_000) {
    const at = new Date(t);
    result.push({ at, listening: listening(at) });
  }
  return [...result, { at: new Date(to), listening: false }];
}

const between = (from: string, to: string) => (at: Date) => at.getTime() >= Date.parse(from) && at.getTime() < Date.parse(to);

// 2026-03-16 is a Monday; the week before it runs from Monday 2026-03-09 00:00 UTC.
const now = new Date("2026-03-16T00:00:00Z");

describe("computeExposureHours", () => {
  it("counts the 108 h outside Mon–Fri 07–19 when FTP listens all week", () => {
    const history = samples("2026-03-09T00:00:00Z", "2026-03-16T00:00:00Z", 5, () => true);
    expect(computeExposureHours(history, businessHoursUtc, now)).toEqual({ exposureHours: 108, listeningHours: 168, observedHours: 168 });
  });

  it("counts only the weekend hours FTP was up", () => {
    const history = samples("2026-03-09T00:00:00Z", "2026-03-16T00:00:00Z", 30, between("2026-03-14T10:00:00Z", "2026-03-14T12:00:00Z"));
    expect(computeExposureHours(history, businessHoursUtc, now)).toEqual({ exposureHours: 2, listeningHours: 2, observedHours: 168 });
  });

  it("counts every listening hour when no hour is allowed (FTP not approved)", () => {
    const history = samples("2026-03-10T08:00:00Z", "2026-03-10T11:00:00Z", 15, () => true);
    // The closing "stopped" sample holds for the 60-minute gap limit: 3 h listening, 4 h observed.
    expect(computeExposureHours(history, null, now)).toEqual({ exposureHours: 3, listeningHours: 3, observedHours: 4 });
  });

  it("reads the window in its own time zone", () => {
    // 05:00–07:00 UTC on Monday 9 March is 06:00–08:00 in Berlin (UTC+1); the window opens at 07:00 local.
    const berlin = { ...businessHoursUtc, timeZone: "Europe/Berlin" };
    const history = samples("2026-03-09T05:00:00Z", "2026-03-09T07:00:00Z", 5, () => true);
    expect(computeExposureHours(history, berlin, now)).toEqual({ exposureHours: 1, listeningHours: 2, observedHours: 3 });
  });

  it("follows the daylight-saving change inside the week", () => {
    // Berlin moves to UTC+2 at 01:00 UTC on 29 March; 04:30–05:30 UTC is then 06:30–07:30 local.
    const berlinEveryDay: TServiceWindow = { days: ["mon", "tue", "wed", "thu", "fri", "sat", "sun"], from: "07:00", to: "19:00", timeZone: "Europe/Berlin" };
    const history = samples("2026-03-29T04:30:00Z", "2026-03-29T05:30:00Z", 5, () => true);
    expect(computeExposureHours(history, berlinEveryDay, new Date("2026-03-30T00:00:00Z"))).toEqual({
      exposureHours: 0.5,
      listeningHours: 1,
      observedHours: 2,
    });
  });

  it("lets an overnight window run into the next day", () => {
    const fridayNight: TServiceWindow = { days: ["fri"], from: "22:00", to: "02:00", timeZone: "UTC" };
    const history = [
      { at: new Date("2026-03-14T00:00:00Z"), listening: true }, // Saturday 00:00, still Friday's window
      { at: new Date("2026-03-14T01:00:00Z"), listening: false },
      { at: new Date("2026-03-14T03:00:00Z"), listening: true }, // Saturday 03:00, outside
      { at: new Date("2026-03-14T04:00:00Z"), listening: false },
    ];
    const result = computeExposureHours(history, fridayNight, now);
    expect(result.exposureHours).toBe(1);
    expect(result.listeningHours).toBe(2);
  });

  it("treats a gap longer than the limit as unknown, and ignores samples older than a week", () => {
    const history = [
      { at: new Date("2026-03-01T00:00:00Z"), listening: true }, // two weeks ago
      { at: new Date("2026-03-08T23:00:00Z"), listening: false }, // holds for the gap limit, ending as the week starts
      { at: new Date("2026-03-14T10:00:00Z"), listening: true }, // Saturday; next sample 3 h later
      { at: new Date("2026-03-14T13:00:00Z"), listening: false },
    ];
    const result = computeExposureHours(history, businessHoursUtc, now, { maxGapMinutes: 60 });
    expect(result).toEqual({ exposureHours: 1, listeningHours: 1, observedHours: 2 });
  });

  it("accepts sample dates as ISO strings from JSON", () => {
    const history = [
      { at: "2026-03-15T10:00:00Z" as unknown as Date, listening: true },
      { at: "2026-03-15T10:30:00Z" as unknown as Date, listening: false },
    ];
    expect(computeExposureHours(history, businessHoursUtc, now).exposureHours).toBe(0.5);
  });
});

describe("sampleGapMinutes", () => {
  it("allows two of the system's most frequent scans between samples, and at least an hour", () => {
    expect(sampleGapMinutes({ fullScanMinutes: 360, connectionsMinutes: 120 })).toBe(240);
    expect(sampleGapMinutes({ fullScanMinutes: 45, connectionsMinutes: 1440 })).toBe(90);
    expect(sampleGapMinutes({ fullScanMinutes: 60, connectionsMinutes: 5 })).toBe(60);
  });
});
