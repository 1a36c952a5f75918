import { describe, expect, it } from "vitest";
import { openFindingsTrend, type FindingHistory } from "@/lib/dashboard/trend-series";

const DAY = 86_400_000;
const day = (n: number) => new Date(Date.UTC(2026, 2, 1) + n * DAY);
const finding = (severity: FindingHistory["severity"], events: Array<[string, number]>): FindingHistory => ({
  severity,
  firstSeenAt: day(events[0]![1]),
  events: events.map(([type, n]) => ({ type, at: day(n) })),
});
const series = (findings: FindingHistory[], points = 6) => openFindingsTrend(findings, { to: day(5), points, stepMs: DAY });

describe("openFindingsTrend", () => {
  it("samples one point per step ending at `to`, oldest first", () => {
    const points = series([]);
    expect(points.map((p) => p.at)).toEqual([0, 1, 2, 3, 4, 5].map((n) => day(n).toISOString()));
    expect(points.every((p) => p.critical + p.high + p.medium + p.low + p.info === 0)).toBe(true);
  });

  it("counts a finding from the moment it opened until it was resolved", () => {
    const points = series([finding("high", [["opened", 1], ["resolved", 3]])]);
    expect(points.map((p) => p.high)).toEqual([0, 1, 1, 0, 0, 0]);
  });

  it("counts it again when it reopens, and when an acceptance expires", () => {
    const points = series([
      finding("critical", [["opened", 0], ["resolved", 1], ["reopened", 4]]),
      finding("medium", [["opened", 0], ["accepted", 2], ["acceptance_expired", 4]]),
    ]);
    expect(points.map((p) => p.critical)).toEqual([1, 0, 0, 0, 1, 1]);
    expect(points.map((p) => p.medium)).toEqual([1, 1, 0, 0, 1, 1]);
  });

  it("ignores comments and other notes", () => {
    const points = series([finding("low", [["opened", 2], ["comment", 3], ["remediation", 4]])]);
    expect(points.map((p) => p.low)).toEqual([0, 0, 1, 1, 1, 1]);
  });

  it("orders events by time whatever order they were loaded in", () => {
    const points = series([{ severity: "info", firstSeenAt: day(1), events: [{ type: "resolved", at: day(3) }, { type: "opened", at: day(1) }] }]);
    expect(points.map((p) => p.info)).toEqual([0, 1, 1, 0, 0, 0]);
  });

  it("treats a finding without an opened event as open from first sight", () => {
    const points = series([{ severity: "high", firstSeenAt: day(4), events: [] }]);
    expect(points.map((p) => p.high)).toEqual([0, 0, 0, 0, 1, 1]);
  });
});
