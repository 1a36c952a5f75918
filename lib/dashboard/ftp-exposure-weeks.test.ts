import { describe, expect, it } from "vitest";
import type { TServiceWindow } from "@/lib/checks/policy";
import { ftpExposureByWeek } from "@/lib/dashboard/ftp-exposure-weeks";

const HOUR = 3_600_000;
// Monday 2026-03-16 00:00 UTC.
const now = new Date("2026-03-16T00:00:00Z");
const hourly = (from: Date, hours: number, listening: (at: Date) => boolean) =>
  Array.from({ length: hours }, (_, i) => {
    const at = new Date(from.getTime() + i * HOUR);
    return { at, listening: listening(at) };
  });
const businessHours: TServiceWindow = { days: ["mon", "tue", "wed", "thu", "fri"], from: "07:00", to: "19:00", timeZone: "UTC" };

describe("ftpExposureByWeek", () => {
  it("reports every week as unobserved when there are no samples", () => {
    const weeks = ftpExposureByWeek([], "never", now, { weeks: 3, maxGapMinutes: 120 });
    expect(weeks).toHaveLength(3);
    expect(weeks.map((w) => w.unobservedHours)).toEqual([168, 168, 168]);
    expect(weeks.map((w) => w.weekEnding)).toEqual(["2026-03-02T00:00:00.000Z", "2026-03-09T00:00:00.000Z", "2026-03-16T00:00:00.000Z"]);
  });

  it("counts every listening hour as exposure when FTP is not approved", () => {
    const samples = hourly(new Date(now.getTime() - 168 * HOUR), 168, () => true);
    const [week] = ftpExposureByWeek(samples, "never", now, { weeks: 1, maxGapMinutes: 120 });
    expect(week).toMatchObject({ exposureHours: 168, allowedHours: 0, unobservedHours: 0 });
  });

  it("counts nothing as exposure when FTP is approved without a window", () => {
    const samples = hourly(new Date(now.getTime() - 168 * HOUR), 168, () => true);
    const [week] = ftpExposureByWeek(samples, "always", now, { weeks: 1, maxGapMinutes: 120 });
    expect(week).toMatchObject({ exposureHours: 0, allowedHours: 168 });
  });

  it("splits listening into inside and outside the window", () => {
    // Listening around the clock for the whole week: 5 × 12 h inside Mon–Fri 07–19, the rest outside.
    const samples = hourly(new Date(now.getTime() - 168 * HOUR), 168, () => true);
    const [week] = ftpExposureByWeek(samples, businessHours, now, { weeks: 1, maxGapMinutes: 120 });
    expect(week).toMatchObject({ allowedHours: 60, exposureHours: 108, unobservedHours: 0 });
  });

  it("keeps weeks apart: last week's exposure does not leak into this week", () => {
    const twoWeeksAgo = new Date(now.getTime() - 336 * HOUR);
    const samples = [...hourly(twoWeeksAgo, 168, () => true), ...hourly(new Date(now.getTime() - 168 * HOUR), 168, () => false)];
    const weeks = ftpExposureByWeek(samples, "never", now, { weeks: 2, maxGapMinutes: 120 });
    expect(weeks.map((w) => w.exposureHours)).toEqual([168, 0]);
  });
});
