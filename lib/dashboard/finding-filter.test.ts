import { describe, expect, it } from "vitest";
import { findingFilterQuery, parseFindingFilter } from "@/lib/dashboard/finding-filter";

const SYSTEM = "0b6f3c57-2f9c-4a59-9d39-6b0f1f0f6a10";

describe("parseFindingFilter", () => {
  it("defaults to open findings of every severity, panel and system, page 1", () => {
    expect(parseFindingFilter({})).toEqual({
      filter: { severities: [], panels: [], statuses: ["open"], systemIds: [], page: 1 },
      invalid: [],
    });
  });

  it("reads repeated and comma-separated values", () => {
    const { filter, invalid } = parseFindingFilter({ severity: ["critical", "high,medium"], panel: "smtp", status: "resolved,accepted_risk", system: SYSTEM.toUpperCase(), page: "3" });
    expect(invalid).toEqual([]);
    expect(filter).toEqual({ severities: ["critical", "high", "medium"], panels: ["smtp"], statuses: ["resolved", "accepted_risk"], systemIds: [SYSTEM], page: 3 });
  });

  it("lifts the status filter for status=any", () => {
    expect(parseFindingFilter({ status: "any" }).filter.statuses).toEqual([]);
  });

  it("reports every garbage value instead of ignoring it", () => {
    const { invalid } = parseFindingFilter({ severity: "catastrophic", panel: "dns", status: "maybe", system: "'; drop table finding; --", page: "-1" });
    expect(invalid).toEqual(['severity "catastrophic"', 'panel "dns"', 'status "maybe"', `system "'; drop table finding; --"`, 'page "-1"']);
  });
});

describe("findingFilterQuery", () => {
  it("writes only what differs from the default and round-trips through the parser", () => {
    expect(findingFilterQuery({})).toBe("");
    const filter = { severities: ["high" as const], panels: ["ftp" as const], statuses: [], systemIds: [SYSTEM], page: 2 };
    const query = findingFilterQuery(filter);
    expect(query).toBe(`?severity=high&panel=ftp&status=any&system=${SYSTEM}&page=2`);
    expect(parseFindingFilter(Object.fromEntries(new URLSearchParams(query)))).toEqual({ filter, invalid: [] });
  });
});
