import { describe, expect, it } from "vitest";
import { postureOf, worstSeverityPerCheck } from "@/lib/dashboard/posture";
import { emptySeverityCounts, type SeverityCounts } from "@/lib/dashboard/severity";

const counts = (values: Partial<SeverityCounts>): SeverityCounts => ({ ...emptySeverityCounts(), ...values });

describe("worstSeverityPerCheck", () => {
  it("counts each check once, at its most severe open finding", () => {
    const problems = worstSeverityPerCheck([
      ...Array.from({ length: 40 }, () => ({ checkId: "NET-01", severity: "high" as const })),
      { checkId: "NET-01", severity: "medium" },
      { checkId: "OUTQ-01", severity: "medium" },
      { checkId: "OUTQ-01", severity: "critical" },
      { checkId: "SMTP-04", severity: "low" },
    ]);
    expect(problems).toEqual(counts({ critical: 1, high: 1, low: 1 }));
  });
});

describe("postureOf", () => {
  it("gives a clean system 100 and an A", () => {
    expect(postureOf(counts({}))).toEqual({ score: 100, grade: "A", lines: [], cappedBy: null });
  });

  it("takes points per problem by severity and lists them", () => {
    const posture = postureOf(counts({ medium: 4, low: 3, info: 4 }));
    expect(posture.score).toBe(89);
    expect(posture.grade).toBe("B");
    expect(posture.lines).toEqual([
      { severity: "medium", checks: 4, points: 8 },
      { severity: "low", checks: 3, points: 3 },
      { severity: "info", checks: 4, points: 0 },
    ]);
  });

  it("caps the grade at D while a critical problem is open, whatever the score", () => {
    expect(postureOf(counts({ critical: 1 }))).toMatchObject({ score: 80, grade: "D", cappedBy: "critical" });
  });

  it("caps the grade at C while a high problem is open", () => {
    expect(postureOf(counts({ high: 1 }))).toMatchObject({ score: 94, grade: "C", cappedBy: "high" });
  });

  it("does not report a cap when the score is already below it", () => {
    expect(postureOf(counts({ critical: 2, high: 5 }))).toMatchObject({ score: 30, grade: "F", cappedBy: null });
  });

  it("never goes below zero", () => {
    expect(postureOf(counts({ critical: 10 })).score).toBe(0);
  });

  it("uses the band edges as written", () => {
    expect(postureOf(counts({ medium: 20 }))).toMatchObject({ score: 60, grade: "C" });
    expect(postureOf(counts({ medium: 20, low: 1 }))).toMatchObject({ score: 59, grade: "D" });
  });
});
