import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { checkCatalogue } from "@/lib/checks/catalogue";
import type { Panel, Severity } from "@/lib/checks/check-types";
import type { Db } from "@/lib/db/client";
import type { FindingFilter, FindingStatus } from "@/lib/dashboard/finding-filter";
import { isUuid } from "@/lib/dashboard/ids";

export const FINDINGS_PAGE_SIZE = 50;

export interface FindingListItem {
  id: string;
  systemId: string;
  systemName: string;
  checkId: string;
  panel: Panel;
  severity: Severity;
  status: FindingStatus;
  title: string;
  firstSeenAt: Date;
  lastSeenAt: Date;
  resolvedAt: Date | null;
  acceptedUntil: Date | null;
}

const LIST_SELECT = {
  id: true,
  systemId: true,
  checkId: true,
  panel: true,
  severity: true,
  status: true,
  title: true,
  firstSeenAt: true,
  lastSeenAt: true,
  resolvedAt: true,
  acceptedUntil: true,
  system: { select: { name: true } },
} as const satisfies Prisma.FindingSelect;

type ListRow = Prisma.FindingGetPayload<{ select: typeof LIST_SELECT }>;

const toItem = ({ system, ...row }: ListRow): FindingListItem => ({ ...row, panel: row.panel as Panel, systemName: system.name });

// severity sorts by the enum's declared order: critical first.
const ORDER: Prisma.FindingOrderByWithRelationInput[] = [{ severity: "asc" }, { lastSeenAt: "desc" }, { id: "asc" }];

export async function findFindings(db: Db, filter: FindingFilter): Promise<{ items: FindingListItem[]; total: number; pages: number }> {
  const where: Prisma.FindingWhereInput = {
    ...(filter.severities.length ? { severity: { in: filter.severities } } : {}),
    ...(filter.panels.length ? { panel: { in: filter.panels } } : {}),
    ...(filter.statuses.length ? { status: { in: filter.statuses } } : {}),
    ...(filter.systemIds.length ? { systemId: { in: filter.systemIds } } : {}),
  };
  const [total, rows] = await Promise.all([
    db.finding.count({ where }),
    db.finding.findMany({ where, orderBy: ORDER, skip: (filter.page - 1) * FINDINGS_PAGE_SIZE, take: FINDINGS_PAGE_SIZE, select: LIST_SELECT }),
  ]);
  return { items: rows.map(toItem), total, pages: Math.max(1, Math.ceil(total / FINDINGS_PAGE_SIZE)) };
}

/** What a panel lists: the findings still standing (open, or accepted while the acceptance runs). */
export async function standingFindings(db: Db, systemId: string, panel: Panel): Promise<FindingListItem[]> {
  const rows = await db.finding.findMany({
    where: { systemId, panel, status: { in: ["open", "accepted_risk"] } },
    orderBy: [{ status: "asc" }, ...ORDER],
    select: LIST_SELECT,
  });
  return rows.map(toItem);
}

const ZEvidence = z.object({
  statementIds: z.array(z.string()).catch([]),
  rows: z.array(z.record(z.string(), z.unknown())).catch([]),
  determinedBy: z.string().catch(""),
  confidence: z.enum(["high", "medium", "low"]).catch("low"),
  statements: z.array(z.object({ id: z.string(), sql: z.string(), object: z.string().catch("") })).catch([]),
}).catch({ statementIds: [], rows: [], determinedBy: "", confidence: "low", statements: [] });
export type FindingEvidenceView = z.infer<typeof ZEvidence>;

export interface FindingDetail extends FindingListItem {
  detail: string;
  evidence: FindingEvidenceView;
  acceptedReason: string | null;
  acceptedBy: string | null;
  lastScanId: string | null;
  check: { why: string; source: string; remediationIds: readonly string[] } | null;
  events: Array<{ id: string; type: string; at: Date; actor: string | null; scanId: string | null; note: string | null }>;
}

export async function findingDetail(db: Db, findingId: string): Promise<FindingDetail | null> {
  if (!isUuid(findingId)) return null;
  const row = await db.finding.findUnique({
    where: { id: findingId },
    select: {
      ...LIST_SELECT,
      detail: true,
      evidence: true,
      acceptedReason: true,
      acceptedById: true,
      lastScanId: true,
      events: { orderBy: [{ at: "asc" }, { id: "asc" }], select: { id: true, type: true, at: true, actorId: true, scanId: true, note: true } },
    },
  });
  if (row === null) return null;
  const actorIds = [...new Set([row.acceptedById, ...row.events.map((event) => event.actorId)].filter((id): id is string => id !== null))];
  const actors = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, email: true } })).map((user) => [user.id, user.email]),
  );
  const check = checkCatalogue.find((entry) => entry.id === row.checkId);
  const { events, evidence, acceptedById, detail, acceptedReason, lastScanId, ...listRow } = row;
  return {
    ...toItem(listRow),
    detail,
    evidence: ZEvidence.parse(evidence ?? {}),
    acceptedReason,
    acceptedBy: acceptedById === null ? null : (actors.get(acceptedById) ?? "a deleted user"),
    lastScanId,
    check: check ? { why: check.why, source: check.source, remediationIds: check.remediationIds } : null,
    events: events.map((event) => ({
      id: event.id,
      type: event.type,
      at: event.at,
      actor: event.actorId === null ? null : (actors.get(event.actorId) ?? "a deleted user"),
      scanId: event.scanId,
      note: event.note,
    })),
  };
}
