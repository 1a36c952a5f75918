import type { Metadata } from "next";
import { CollectedNote } from "@/components/panels/collected-note";
import { PanelShell } from "@/components/panels/panel-shell";
import { RemoteFacts, type RemoteKinds } from "@/components/panels/remote-facts";
import { can } from "@/lib/auth/permissions";
import { requireUser } from "@/lib/auth/session";
import { loadPanelData } from "@/lib/dashboard/panel-data";
import { policyForDisplay } from "@/lib/dashboard/system-policy";
import { prisma } from "@/lib/db/client";
import { systemDetail } from "../system-data";

export const metadata: Metadata = { title: "Remote access" };

const KINDS: readonly RemoteKinds[] = ["telnetAttributes", "listeners", "connections", "systemValues", "httpServers", "sshdConfig"];

export default async function RemotePanelPage({ params }: { params: Promise<{ systemId: string }> }) {
  const user = await requireUser();
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
