import type { Severity } from "@/lib/checks/check-types";
import { emptySeverityCounts, type SeverityCounts } from "@/lib/dashboard/severity";

/**
 * Open findings by severity over time, replayed from each finding's own history (FindingEvent),
 * so the chart shows what was really open on each day, not a reconstruction from today's state.
 *
 * opened / reopened / acceptance_expired make a finding open; resolved and accepted (risk
 * accepted) close it; other events (comments, remediation notes) change nothing. A finding is
 * counted with its current severity: severity changes are not kept as events.
 */
export interface FindingHistory {
  severity: Severity;
  firstSeenAt: Date;
  events: ReadonlyArray<{ type: string; at: Date }>;
}

export interface TrendPoint extends SeverityCounts {
  /** End of the sampled period (ISO 8601). */
  at: string;
}

const OPENS = new Set(["opened", "reopened", "acceptance_expired"]);
const CLOSES = new Set(["resolved", "accepted"]);

/** Times at which a finding's open/closed state changed, in order, starting closed. */
function transitions(finding: FindingHistory): Array<{ at: number; open: boolean }> {
  const changes = finding.events
    .filter((event) => OPENS.has(event.type) || CLOSES.has(event.type))
    .map((event) => ({ at: event.at.getTime(), open: OPENS.has(event.type) }))
    .sort((a, b) => a.at - b.at);
  // Findings always get an "opened" event; should one lack it, it was open from first sight.
  if (!changes.some((change) => change.open)) changes.unshift({ at: finding.firstSeenAt.getTime(), open: true });
  return changes;
}

function openAt(changes: ReadonlyArray<{ at: number; open: boolean }>, instant: number): boolean {
  let open = false;
  for (const change of changes) {
    if (change.at > instant) break;
    open = change.open;
  }
  return open;
}

/**
 * One point per `stepMs` ending at `to` (oldest first), each counting the findings open at
 * that instant.
 */
export function openFindingsTrend(
  findings: readonly FindingHistory[],
  range: { to: Date; points: number; stepMs: number },
): TrendPoint[] {
  const instants = Array.from({ length: range.points }, (_, index) => range.to.getTime() - (range.points - 1 - index) * range.stepMs);
  const points = instants.map((instant) => ({ at: new Date(instant).toISOString(), ...emptySeverityCounts() }));
  for (const finding of findings) {
    const changes = transitions(finding);
    instants.forEach((instant, index) => {
      if (openAt(changes, instant)) points[index]![finding.severity] += 1;
    });
  }
  return points;
}
