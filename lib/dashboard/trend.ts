import type { Db } from "@/lib/db/client";
import { openFindingsTrend, type TrendPoint } from "@/lib/dashboard/trend-series";

const DAY_MS = 86_400_000;
const STATUS_EVENTS = ["opened", "reopened", "acceptance_expired", "resolved", "accepted"];

/**
 * Open findings by severity at the end of each of the last `days` days (and now), for the fleet
 * or one system, replayed from the findings' events. Findings resolved before the range and
 * never reopened cannot contribute and are not loaded.
 */
export async function loadOpenFindingsTrend(db: Db, options: { days: number; systemId?: string; now?: Date }): Promise<TrendPoint[]> {
  const now = options.now ?? new Date();
  const from = new Date(now.getTime() - options.days * DAY_MS);
  const findings = await db.finding.findMany({
    where: {
      ...(options.systemId ? { systemId: options.systemId } : {}),
      firstSeenAt: { lte: now },
      OR: [{ status: { not: "resolved" } }, { resolvedAt: { gte: from } }],
    },
    select: {
      severity: true,
      firstSeenAt: true,
      events: { where: { type: { in: STATUS_EVENTS }, at: { lte: now } }, select: { type: true, at: true } },
    },
  });
  return openFindingsTrend(findings, { to: now, points: options.days + 1, stepMs: DAY_MS });
}
