import type { Metadata } from "next";
import { CollectedNote } from "@/components/panels/collected-note";
import { ConnectionsLive } from "@/components/panels/connections-live";
import { ListenersTable } from "@/components/panels/listeners-table";
import { PanelShell } from "@/components/panels/panel-shell";
import { Card, NotAllowed } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import { loadConnectionsView } from "@/lib/dashboard/connections-view";
import { loadPanelData } from "@/lib/dashboard/panel-data";
import { policyForDisplay } from "@/lib/dashboard/system-policy";
import { prisma } from "@/lib/db/client";
import { systemDetail, systemPageMetadata } from "../system-data";

export function generateMetadata({ params }: { params: Promise<{ systemId: string }> }): Promise<Metadata> {
  return systemPageMetadata(params, "Connections");
}

export default async function ConnectionsPanelPage({ params }: { params: Promise<{ systemId: string }> }) {
  // Checked here too: moving between tabs renders only the page, not the layout that checks it.
  const { user, allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  const { systemId } = await params;
  const { system, settings, detail } = await systemDetail(systemId);
  const now = new Date();
  const [data, view] = await Promise.all([loadPanelData(prisma, detail, system.id, "connections", ["listeners"] as const), loadConnectionsView(prisma, system.id, { now })]);
  const { policy } = policyForDisplay(settings.policy);
  return (
    <PanelShell panel="connections" systemId={system.id} data={data} now={now} canRemediate={can(user.role, "remediations.run")}>
      <ConnectionsLive systemId={system.id} systemName={system.name} initial={view} canTrust={can(user.role, "trust.manage")} />
      <Card title="Listening ports">
        <div className="space-y-3">
          <CollectedNote collected={data.observed.listeners} lastFinished={data.lastFinished} systemName={system.name} expectedEveryMinutes={settings.connectionsMinutes} now={now} />
          <ListenersTable read={data.observed.listeners?.read} baseline={policy?.listeningPortBaseline ?? null} />
        </div>
      </Card>
    </PanelShell>
  );
}
