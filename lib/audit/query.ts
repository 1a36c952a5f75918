import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import type { Db } from "@/lib/db/client";

export const AUDIT_PAGE_SIZE = 50;

/** Query-string filters; anything malformed is dropped rather than failing the page. */
export const ZAuditFilter = z.object({
  action: z.string().trim().max(100).regex(/^[a-z_.]*$/).optional().catch(undefined),
  actor: z.string().trim().max(200).optional().catch(undefined),
  outcome: z.enum(["success", "failure", "denied"]).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).default(1).catch(1),
});
export type TAuditFilter = z.infer<typeof ZAuditFilter>;

export function parseAuditFilter(searchParams: Record<string, string | string[] | undefined>): TAuditFilter {
  const flat = Object.fromEntries(Object.entries(searchParams).map(([key, value]) => [key, Array.isArray(value) ? value[0] : value || undefined]));
  return ZAuditFilter.parse(flat);
}

export async function findAuditEvents(db: Db, filter: TAuditFilter) {
  const where: Prisma.AuditEventWhereInput = {};
  if (filter.action) where.action = { startsWith: filter.action };
  if (filter.actor) where.actorEmail = { contains: filter.actor.toLowerCase() };
  if (filter.outcome) where.outcome = filter.outcome;
  if (filter.from || filter.to) {
    where.at = {
      ...(filter.from ? { gte: new Date(`${filter.from}T00:00:00Z`) } : {}),
      ...(filter.to ? { lt: new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000) } : {}),
    };
  }
  const [total, events] = await Promise.all([
    db.auditEvent.count({ where }),
    db.auditEvent.findMany({ where, orderBy: { at: "desc" }, skip: (filter.page - 1) * AUDIT_PAGE_SIZE, take: AUDIT_PAGE_SIZE }),
  ]);
  return { total, events, pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)) };
}
