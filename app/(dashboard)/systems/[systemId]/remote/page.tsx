import type { Metadata } from "next";
import { CollectedNote } from "@/components/panels/collected-note";
import { PanelShell } from "@/components/panels/panel-shell";
import { RemoteFacts, type RemoteKinds } from "@/components/panels/remote-facts";
import { NotAllowed } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import { loadPanelData } from "@/lib/dashboard/panel-data";
import { policyForDisplay } from "@/lib/dashboard/system-policy";
import { prisma } from "@/lib/db/client";
import { systemDetail, systemPageMetadata } from "../system-data";

export function generateMetadata({ params }: { params: Promise<{ systemId: string }> }): Promise<Metadata> {
  return systemPageMetadata(params, "Remote access");
}

const KINDS: readonly RemoteKinds[] = ["telnetAttributes", "listeners", "connections", "systemValues", "httpServers", "sshdConfig"];

export default async function RemotePanelPage({ params }: { params: Promise<{ systemId: string }> }) {
  // Checked here too: moving between tabs renders only the page, not the layout that checks it.
  const { user, allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  const { systemId } = await params;
  const { system, settings, detail } = await systemDetail(systemId);
  const now = new Date();
  const data = await loadPanelData(prisma, detail, system.id, "remote", KINDS);
  const { policy } = policyForDisplay(settings.policy);
  return (
    <PanelShell
      panel="remote"
      systemId={system.id}
      data={data}
      now={now}
      canRemediate={can(user.role, "remediations.run")}
      collected={<CollectedNote collected={data.observed.httpServers} lastFinished={data.lastFinished} systemName={system.name} expectedEveryMinutes={settings.fullScanMinutes} now={now} />}
    >
      <RemoteFacts observed={data.observed} policy={policy} />
    </PanelShell>
  );
}
