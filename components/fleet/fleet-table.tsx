"use client";

import Link from "next/link";
import { useMemo, useState } from "react";
import { SeverityCountBadges } from "@/components/findings/severity-badge";
import { Badge } from "@/components/ui/badge";
import { Field, Select, TextInput } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import type { FleetSystem } from "@/lib/dashboard/fleet";
import { formatAgo, formatUtc } from "@/lib/dashboard/format";
import { SEVERITIES } from "@/lib/dashboard/severity";
import { GradeBadge } from "./grade-badge";
import { PanelStatusChip } from "./panel-status-chip";
import { useScanActivity } from "./scan-activity";
import { ScanNowButton } from "./scan-buttons";

const SORTS = {
  worst: "Most exposed first",
  name: "Name",
  open: "Most open findings",
  stale: "Oldest last scan first",
} as const;
type Sort = keyof typeof SORTS;

/** Most exposed first: lowest score, then the most severe open findings, never-graded last. */
function compareExposure(a: FleetSystem, b: FleetSystem): number {
  if (a.posture === null || b.posture === null) return Number(a.posture === null) - Number(b.posture === null);
  if (a.posture.score !== b.posture.score) return a.posture.score - b.posture.score;
  for (const severity of SEVERITIES) if (a.open[severity] !== b.open[severity]) return b.open[severity] - a.open[severity];
  return a.name.localeCompare(b.name);
}

const COMPARE: Record<Sort, (a: FleetSystem, b: FleetSystem) => number> = {
  worst: compareExposure,
  name: (a, b) => a.name.localeCompare(b.name),
  open: (a, b) => b.openTotal - a.openTotal || compareExposure(a, b),
  stale: (a, b) => (a.lastScan?.finishedAt ?? "").localeCompare(b.lastScan?.finishedAt ?? "") || a.name.localeCompare(b.name),
};

export function FleetTable({ systems, now, canScan }: { systems: FleetSystem[]; now: string; canScan: boolean }) {
  const [search, setSearch] = useState("");
  const [tag, setTag] = useState("");
  const [sort, setSort] = useState<Sort>("worst");
  const { activeBySystem } = useScanActivity();
  const tags = useMemo(() => [...new Set(systems.flatMap((system) => system.tags))].sort(), [systems]);

  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return systems
      .filter((system) => (tag === "" || system.tags.includes(tag)) && (needle === "" || `${system.name} ${system.host} ${system.tags.join(" ")}`.toLowerCase().includes(needle)))
      .sort(COMPARE[sort]);
  }, [systems, search, tag, sort]);

  return (
    <div className="space-y-4">
      <div className="grid gap-3 sm:grid-cols-[2fr_1fr_1fr]">
        <Field id="fleet-search" label="Search">
          <TextInput id="fleet-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Name, host or tag" />
        </Field>
        <Field id="fleet-tag" label="Tag">
          <Select id="fleet-tag" value={tag} onChange={(event) => setTag(event.target.value)}>
            <option value="">All tags</option>
            {tags.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </Select>
        </Field>
        <Field id="fleet-sort" label="Sort by">
          <Select id="fleet-sort" value={sort} onChange={(event) => setSort(event.target.value as Sort)}>
            {Object.entries(SORTS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        Showing {shown.length} of {systems.length} system{systems.length === 1 ? "" : "s"}.
      </p>
      {shown.length === 0 ? (
        <p className="rounded-md border border-dashed border-slate-300 px-4 py-6 text-center text-sm dark:border-slate-700">
          No system matches these filters.{" "}
          <button type="button" className="font-medium text-indigo-700 underline dark:text-indigo-300" onClick={() => { setSearch(""); setTag(""); }}>
            Clear filters
          </button>
        </p>
      ) : (
        <Table caption="Systems in the fleet">
          <thead>
            <tr>
              <Th>System</Th>
              <Th>Grade</Th>
              <Th>Open findings</Th>
              <Th>Panels</Th>
              <Th>Release</Th>
              <Th>Last scan</Th>
              {canScan ? (
                <Th>
                  <span className="sr-only">Actions</span>
                </Th>
              ) : null}
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
            {shown.map((system) => {
              const active = activeBySystem.get(system.id);
              return (
                <tr key={system.id} data-testid={`fleet-row-${system.name}`}>
                  <Td>
                    <Link href={`/systems/${system.id}`} className="font-semibold text-indigo-700 hover:underline dark:text-indigo-300">
                      {system.name}
                    </Link>
                    <div className="font-mono text-xs text-slate-500 dark:text-slate-400">{system.host}</div>
                    <div className="mt-1 flex flex-wrap gap-1">
                      {system.tags.map((name) => (
                        <Badge key={name}>{name}</Badge>
                      ))}
                      {!system.enabled ? <Badge tone="warn">Disabled</Badge> : null}
                      {system.hostKeyPending ? <Badge tone="critical">Host key changed</Badge> : null}
                    </div>
                  </Td>
                  <Td>
                    <GradeBadge posture={system.posture} />
                  </Td>
                  <Td>
                    <SeverityCountBadges counts={system.open} emptyText={system.posture === null ? "—" : "None open"} />
                    {system.acceptedRisk > 0 ? <div className="mt-1 text-xs text-slate-500 dark:text-slate-400">{system.acceptedRisk} accepted risk</div> : null}
                  </Td>
                  <Td>
                    <div className="flex max-w-sm flex-wrap gap-1">
                      {system.panels.map((panel) => (
                        <PanelStatusChip key={panel.panel} status={panel} href={`/systems/${system.id}/${panel.panel}`} />
                      ))}
                    </div>
                  </Td>
                  <Td className="whitespace-nowrap">{system.release ?? <span className="text-slate-500 dark:text-slate-400">—</span>}</Td>
                  <Td className="min-w-56 text-xs">
                    {active ? (
                      <p className="font-medium text-indigo-700 dark:text-indigo-300">
                        {active.kind === "full" ? "Full" : "Connections"} scan {active.status === "queued" ? "queued" : "running"}…
                      </p>
                    ) : null}
                    {system.lastScan ? (
                      <>
                        <p>
                          <time dateTime={system.lastScan.finishedAt} title={formatUtc(system.lastScan.finishedAt)}>
                            {formatAgo(system.lastScan.finishedAt, now)}
                          </time>{" "}
                          · {system.lastScan.kind}{" "}
                          {system.lastScan.status === "succeeded" ? <Badge tone="good">Succeeded</Badge> : <Badge tone="critical">Failed</Badge>}
                        </p>
                        {system.lastScan.failure ? <p className="mt-1 text-red-700 dark:text-red-300">{system.lastScan.failure.headline}</p> : null}
                      </>
                    ) : (
                      <p className="text-slate-500 dark:text-slate-400">Never scanned</p>
                    )}
                  </Td>
                  {canScan ? (
                    <Td>
                      <ScanNowButton systemId={system.id} systemName={system.name} />
                    </Td>
                  ) : null}
                </tr>
              );
            })}
          </tbody>
        </Table>
      )}
      <p className="text-xs text-slate-600 dark:text-slate-400">
        * Some checks of that panel could not look completely (a missing service or authority); the panel names what is missing and the CL that grants it.
      </p>
    </div>
  );
}
