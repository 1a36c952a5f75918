import { describe, expect, it } from "vitest";
import { postureOf } from "@/lib/dashboard/posture";
import { emptySeverityCounts, type SeverityCounts } from "@/lib/dashboard/severity";

const counts = (values: Partial<SeverityCounts>): SeverityCounts => ({ ...emptySeverityCounts(), ...values });

describe("postureOf", () => {
  it("gives a clean system 100 and an A", () => {
    expect(postureOf(counts({}))).toEqual({ score: 100, grade: "A", lines: [], cappedBy: null });
  });

  it("takes points per open finding by severity and lists them", () => {
    const posture = postureOf(counts({ medium: 2, low: 3, info: 4 }));
    expect(posture.score).toBe(89);
    expect(posture.grade).toBe("B");
    expect(posture.lines).toEqual([
      { severity: "medium", count: 2, points: 8 },
      { severity: "low", count: 3, points: 3 },
      { severity: "info", count: 4, points: 0 },
    ]);
  });

  it("caps the grade at D while a critical finding is open, whatever the score", () => {
    const posture = postureOf(counts({ critical: 1 }));
    expect(posture.score).toBe(75);
    expect(posture).toMatchObject({ grade: "D", cappedBy: "critical" });
  });

  it("caps the grade at C while a high finding is open", () => {
    expect(postureOf(counts({ high: 1 }))).toMatchObject({ score: 90, grade: "C", cappedBy: "high" });
  });

  it("does not report a cap when the score is already below it", () => {
    expect(postureOf(counts({ critical: 2, high: 3 }))).toMatchObject({ score: 20, grade: "F", cappedBy: null });
  });

  it("never goes below zero", () => {
    expect(postureOf(counts({ critical: 10 })).score).toBe(0);
  });

  it("uses the band edges as written", () => {
    expect(postureOf(counts({ medium: 10 }))).toMatchObject({ score: 60, grade: "C" });
    expect(postureOf(counts({ medium: 10, low: 1 }))).toMatchObject({ score: 59, grade: "D" });
  });
});
