import type { Metadata } from "next";
import Link from "next/link";
import { OpenFindingsTrend } from "@/components/charts/open-findings-trend";
import { SeverityCountBadges } from "@/components/findings/severity-badge";
import { PanelStatusChip } from "@/components/fleet/panel-status-chip";
import { PostureBreakdown } from "@/components/fleet/posture-breakdown";
import { FactList } from "@/components/panels/fact-list";
import { ScansTable } from "@/components/panels/scans-table";
import { Card, NotAllowed } from "@/components/ui/card";
import { userWithPermission } from "@/lib/auth/session";
import { findingFilterQuery } from "@/lib/dashboard/finding-filter";
import { formatUtc } from "@/lib/dashboard/format";
import { PANELS } from "@/lib/dashboard/panels";
import { recentScans } from "@/lib/dashboard/scans";
import { loadOpenFindingsTrend } from "@/lib/dashboard/trend";
import { prisma } from "@/lib/db/client";
import { systemDetail, systemPageMetadata } from "./system-data";

export function generateMetadata({ params }: { params: Promise<{ systemId: string }> }): Promise<Metadata> {
  return systemPageMetadata(params, "Overview");
}

export default async function SystemOverviewPage({ params }: { params: Promise<{ systemId: string }> }) {
  // Checked here too: moving between tabs renders only the page, not the layout that checks it.
  const { allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  const { systemId } = await params;
  const { system, settings } = await systemDetail(systemId);
  const now = new Date();
  const [scans, trend] = await Promise.all([recentScans(prisma, system.id, 10), loadOpenFindingsTrend(prisma, { days: 30, systemId: system.id, now })]);
  return (
    <div className="space-y-6">
      <div className="grid gap-6 lg:grid-cols-3">
        <Card title="Posture">
          <PostureBreakdown posture={system.posture} />
          <div className="mt-4 text-sm">
            <p className="mb-1 font-medium">Open findings</p>
            <SeverityCountBadges counts={system.open} emptyText="None open" />
            <p className="mt-2 text-xs">
              <Link className="text-indigo-700 underline dark:text-indigo-300" href={`/findings${findingFilterQuery({ systemIds: [system.id] })}`}>
                All open findings of {system.name}
              </Link>
              {system.acceptedRisk > 0 ? (
                <>
                  {" · "}
                  <Link className="text-indigo-700 underline dark:text-indigo-300" href={`/findings${findingFilterQuery({ systemIds: [system.id], statuses: ["accepted_risk"] })}`}>
                    {system.acceptedRisk} accepted risk{system.acceptedRisk === 1 ? "" : "s"}
                  </Link>
                </>
              ) : null}
            </p>
          </div>
        </Card>
        <Card title="Panels" className="lg:col-span-2">
          <ul className="grid gap-3 sm:grid-cols-2">
            {PANELS.map((panel) => {
              const status = system.panels.find((entry) => entry.panel === panel.id)!;
              return (
                <li key={panel.id} className="rounded-md p-3 ring-1 ring-slate-200 dark:ring-slate-800">
                  <PanelStatusChip status={status} href={`/systems/${system.id}/${panel.id}`} />
                  <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{panel.question}</p>
                  {status.notAssessed + status.partial > 0 ? (
                    <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                      {status.notAssessed + status.partial} of {status.checks} checks could not look completely.
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ul>
        </Card>
      </div>
      <Card title="Open findings over time">
        <OpenFindingsTrend trend={trend} label={`Open findings on ${system.name} by severity over time`} />
      </Card>
      <Card title="Last scans">
        <ScansTable scans={scans} systemName={system.name} />
      </Card>
      <Card title="Settings">
        <FactList
          facts={[
            { label: "Full scan", value: `every ${settings.fullScanMinutes} min` },
            { label: "Connections scan", value: `every ${settings.connectionsMinutes} min` },
            { label: "Two-person rule", value: settings.twoPersonRule ? "Disruptive fixes need a second officer" : "Off" },
            { label: "Last probed", value: settings.probedAt ? formatUtc(settings.probedAt) : "Never" },
            ...(settings.notes ? [{ label: "Notes", value: settings.notes }] : []),
          ]}
        />
      </Card>
    </div>
  );
}
