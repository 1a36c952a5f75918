import type { Metadata } from "next";
import { CollectedNote } from "@/components/panels/collected-note";
import { PanelShell } from "@/components/panels/panel-shell";
import { RemoteFacts, type RemoteKinds } from "@/components/panels/remote-facts";
import { NotAllowed } from "@/components/ui/card";
import { loadPanelPage, systemPageMetadata } from "../system-data";

export function generateMetadata({ params }: { params: Promise<{ systemId: string }> }): Promise<Metadata> {
  return systemPageMetadata(params, "Remote access");
}

const KINDS: readonly RemoteKinds[] = ["telnetAttributes", "listeners", "connections", "systemValues", "httpServers", "sshdConfig"];

export default async function RemotePanelPage({ params }: { params: Promise<{ systemId: string }> }) {
  const page = await loadPanelPage(params, "remote", KINDS);
  if (page === null) return <NotAllowed />;
  const { system, settings, data, now, policy } = page;
  return (
    <PanelShell
      panel="remote"
      systemId={system.id}
      data={data}
      now={now}
      policyError={page.error}
      canRemediate={page.canRemediate}
      collected={<CollectedNote collected={data.observed.httpServers} lastFinished={data.lastFinished} systemName={system.name} expectedEveryMinutes={settings.fullScanMinutes} now={now} />}
    >
      <RemoteFacts observed={data.observed} policy={policy} />
    </PanelShell>
  );
}
