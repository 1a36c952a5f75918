import type { Panel, Severity } from "@/lib/checks/check-types";
import { isUuid } from "@/lib/dashboard/ids";
import { isPanel } from "@/lib/dashboard/panels";
import { isSeverity } from "@/lib/dashboard/severity";

/**
 * The findings list's filter, read from URL search params. Anything that is not a known value
 * is reported in `invalid` and the list shows nothing for it (with the reason), rather than
 * being ignored (a typo must not widen the list) or reaching the database (a malformed UUID
 * would make PostgreSQL throw).
 */
export const FINDING_STATUSES = ["open", "accepted_risk", "resolved"] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

export const FINDING_STATUS_LABELS: Record<FindingStatus, string> = {
  open: "Open",
  accepted_risk: "Accepted risk",
  resolved: "Resolved",
};

export interface FindingFilter {
  severities: Severity[];
  panels: Panel[];
  /** Empty = any status. */
  statuses: FindingStatus[];
  systemIds: string[];
  page: number;
}

export type SearchParams = Record<string, string | string[] | undefined>;

const isStatus = (value: string): value is FindingStatus => (FINDING_STATUSES as readonly string[]).includes(value);

const valuesOf = (params: SearchParams, name: string): string[] =>
  [params[name] ?? []].flat().flatMap((value) => value.split(",")).map((value) => value.trim()).filter((value) => value !== "");

export function parseFindingFilter(params: SearchParams): { filter: FindingFilter; invalid: string[] } {
  const invalid: string[] = [];
  const pick = <T extends string>(name: string, accept: (value: string) => value is T): T[] =>
    valuesOf(params, name).filter((value): value is T => {
      if (accept(value)) return true;
      invalid.push(`${name} "${value}"`);
      return false;
    });

  const severities = pick("severity", isSeverity);
  const panels = pick("panel", isPanel);
  const statusValues = valuesOf(params, "status");
  // No status asked for: the work list (open findings). "any" lifts the status filter.
  const statuses = statusValues.length === 0 ? ["open" as const] : statusValues.includes("any") ? [] : pick("status", isStatus);
  const systemIds = pick("system", (value): value is string => isUuid(value)).map((id) => id.toLowerCase());
  const pageText = valuesOf(params, "page")[0];
  let page = 1;
  if (pageText !== undefined) {
    if (/^[1-9][0-9]{0,5}$/.test(pageText)) page = Number(pageText);
    else invalid.push(`page "${pageText}"`);
  }
  return { filter: { severities, panels, statuses, systemIds, page }, invalid };
}

/** The search params of a filter, for links (page 1 and the default status left out). */
export function findingFilterQuery(filter: Partial<FindingFilter>): string {
  const params = new URLSearchParams();
  for (const severity of filter.severities ?? []) params.append("severity", severity);
  for (const panel of filter.panels ?? []) params.append("panel", panel);
  const statuses = filter.statuses ?? ["open"];
  if (statuses.length === 0) params.append("status", "any");
  else if (!(statuses.length === 1 && statuses[0] === "open")) for (const status of statuses) params.append("status", status);
  for (const systemId of filter.systemIds ?? []) params.append("system", systemId);
  if (filter.page !== undefined && filter.page > 1) params.set("page", String(filter.page));
  const text = params.toString();
  return text === "" ? "" : `?${text}`;
}
