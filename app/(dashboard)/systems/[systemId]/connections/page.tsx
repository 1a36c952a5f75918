import type { Metadata } from "next";
import { CollectedNote } from "@/components/panels/collected-note";
import { ConnectionsLive } from "@/components/panels/connections-live";
import { ListenersTable } from "@/components/panels/listeners-table";
import { PanelShell } from "@/components/panels/panel-shell";
import { Card, NotAllowed } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { loadConnectionsView } from "@/lib/dashboard/connections-view";
import { prisma } from "@/lib/db/client";
import { loadPanelPage, systemPageMetadata } from "../system-data";

export function generateMetadata({ params }: { params: Promise<{ systemId: string }> }): Promise<Metadata> {
  return systemPageMetadata(params, "Connections");
}

export default async function ConnectionsPanelPage({ params }: { params: Promise<{ systemId: string }> }) {
  const page = await loadPanelPage(params, "connections", ["listeners"] as const, (systemId, now) => loadConnectionsView(prisma, systemId, { now }));
  if (page === null) return <NotAllowed />;
  const { user, system, settings, data, now, policy } = page;
  return (
    <PanelShell panel="connections" systemId={system.id} data={data} now={now} policyError={page.error} canRemediate={page.canRemediate}>
      <ConnectionsLive systemId={system.id} systemName={system.name} initial={page.extra} canTrust={can(user.role, "trust.manage")} />
      <Card title="Listening ports">
        <div className="space-y-3">
          <CollectedNote collected={data.observed.listeners} lastFinished={data.lastFinished} systemName={system.name} expectedEveryMinutes={settings.connectionsMinutes} now={now} />
          <ListenersTable read={data.observed.listeners?.read} baseline={policy?.listeningPortBaseline ?? null} />
        </div>
      </Card>
    </PanelShell>
  );
}
