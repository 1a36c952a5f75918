import type { Metadata } from "next";
import { CollectedNote } from "@/components/panels/collected-note";
import { PanelShell } from "@/components/panels/panel-shell";
import { SpoolFacts } from "@/components/panels/spool-facts";
import { NotAllowed } from "@/components/ui/card";
import { asObservations, OBSERVATION_KINDS } from "@/lib/dashboard/latest-observations";
import { loadPanelPage, systemPageMetadata } from "../system-data";

export function generateMetadata({ params }: { params: Promise<{ systemId: string }> }): Promise<Metadata> {
  return systemPageMetadata(params, "Spooled files");
}

export default async function SpoolPanelPage({ params }: { params: Promise<{ systemId: string }> }) {
  const page = await loadPanelPage(params, "spool", OBSERVATION_KINDS);
  if (page === null) return <NotAllowed />;
  const { system, settings, data, now, policy } = page;
  const observations = asObservations(data.observed);
  return (
    <PanelShell
      panel="spool"
      systemId={system.id}
      data={data}
      now={now}
      policyError={page.error}
      canRemediate={page.canRemediate}
      collected={<CollectedNote collected={data.observed.outputQueues} lastFinished={data.lastFinished} systemName={system.name} expectedEveryMinutes={settings.fullScanMinutes} now={now} />}
    >
      {observations ? <SpoolFacts observations={observations} policy={policy} /> : null}
    </PanelShell>
  );
}
