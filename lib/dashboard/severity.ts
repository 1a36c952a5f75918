import type { Severity } from "@/lib/checks/check-types";

/** Most severe first, the order every list and chart uses. */
export const SEVERITIES = ["critical", "high", "medium", "low", "info"] as const satisfies readonly Severity[];

export type SeverityCounts = Record<Severity, number>;

export const SEVERITY_LABELS: Record<Severity, string> = {
  critical: "Critical",
  high: "High",
  medium: "Medium",
  low: "Low",
  info: "Info",
};

export function isSeverity(value: unknown): value is Severity {
  return typeof value === "string" && (SEVERITIES as readonly string[]).includes(value);
}

export function emptySeverityCounts(): SeverityCounts {
  return { critical: 0, high: 0, medium: 0, low: 0, info: 0 };
}

export const totalOf = (counts: SeverityCounts) => SEVERITIES.reduce((sum, severity) => sum + counts[severity], 0);

/** The most severe level with at least one item, or null. */
export const worstOf = (counts: SeverityCounts): Severity | null => SEVERITIES.find((severity) => counts[severity] > 0) ?? null;
