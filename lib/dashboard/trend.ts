import type { Db } from "@/lib/db/client";
import { openFindingsTrend, type TrendPoint } from "@/lib/dashboard/trend-series";

const DAY_MS = 86_400_000;
const MINUTE_MS = 60_000;
const STATUS_EVENTS = ["opened", "reopened", "acceptance_expired", "resolved", "accepted"];

export interface OpenFindingsTrend {
  points: TrendPoint[];
  stepMs: number;
}

/**
 * Open findings by severity over the last `days` days (or since the first finding, when the
 * history is shorter, so a new installation shows its first hours instead of a flat month),
 * for the fleet or one system, replayed from the findings' events. Findings resolved before
 * the range and never reopened cannot contribute and are not loaded.
 */
export async function loadOpenFindingsTrend(db: Db, options: { days: number; systemId?: string; now?: Date; points?: number }): Promise<OpenFindingsTrend> {
  const now = options.now ?? new Date();
  const count = options.points ?? 31;
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
  const earliest = Math.min(...findings.map((finding) => finding.firstSeenAt.getTime()));
  const history = Number.isFinite(earliest) ? now.getTime() - earliest : 0;
  // Whole minutes, at least one per point, and at least half an hour shown.
  const span = Math.min(options.days * DAY_MS, Math.max(30 * MINUTE_MS, history * 1.1));
  const stepMs = Math.max(MINUTE_MS, Math.ceil(span / (count - 1) / MINUTE_MS) * MINUTE_MS);
  return { points: openFindingsTrend(findings, { to: now, points: count, stepMs }), stepMs };
}
