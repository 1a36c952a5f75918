import type { CheckOutcome, Panel } from "@/lib/checks/check-types";
import { totalOf, type SeverityCounts } from "@/lib/dashboard/severity";

/**
 * One panel's state on the fleet page. Open findings win (they are real whatever else is
 * unknown); a panel without findings is only "ok" when every check of it could look
 * completely, otherwise it says it could not assess, never a silent green.
 */
export type PanelState = "issues" | "not_assessed" | "ok" | "never_scanned";

export interface PanelStatus {
  panel: Panel;
  state: PanelState;
  open: SeverityCounts;
  openTotal: number;
  /** Checks of the panel whose latest outcome is not_assessed / partial. */
  notAssessed: number;
  partial: number;
  checks: number;
}

export function panelStatus(
  panel: Panel,
  latestOutcomes: ReadonlyArray<{ outcome: CheckOutcome }>,
  open: SeverityCounts,
): PanelStatus {
  const openTotal = totalOf(open);
  const notAssessed = latestOutcomes.filter((result) => result.outcome === "not_assessed").length;
  const partial = latestOutcomes.filter((result) => result.outcome === "partial").length;
  let state: PanelState;
  if (openTotal > 0) state = "issues";
  else if (latestOutcomes.length === 0) state = "never_scanned";
  else if (notAssessed + partial > 0) state = "not_assessed";
  else state = "ok";
  return { panel, state, open, openTotal, notAssessed, partial, checks: latestOutcomes.length };
}
