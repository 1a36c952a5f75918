import type { Severity } from "@/lib/checks/check-types";

/** Chart colours per severity; the same values as the --color-severity-* theme colours in app/globals.css. */
export const SEVERITY_COLORS: Record<Severity, string> = {
  critical: "#b91c1c",
  high: "#c2410c",
  medium: "#a16207",
  low: "#0369a1",
  info: "#475569",
};
