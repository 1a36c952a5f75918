import type { Metadata } from "next";
import { CollectedNote } from "@/components/panels/collected-note";
import { PanelShell } from "@/components/panels/panel-shell";
import { SpoolFacts } from "@/components/panels/spool-facts";
import { NotAllowed } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import { asObservations, OBSERVATION_KINDS } from "@/lib/dashboard/latest-observations";
import { loadPanelData } from "@/lib/dashboard/panel-data";
import { policyForDisplay } from "@/lib/dashboard/system-policy";
import { prisma } from "@/lib/db/client";
import { systemDetail, systemPageMetadata } from "../system-data";

export function generateMetadata({ params }: { params: Promise<{ systemId: string }> }): Promise<Metadata> {
  return systemPageMetadata(params, "Spooled files");
}

export default async function SpoolPanelPage({ params }: { params: Promise<{ systemId: string }> }) {
  // Checked here too: moving between tabs renders only the page, not the layout that checks it.
  const { user, allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  const { systemId } = await params;
  const { system, settings, detail } = await systemDetail(systemId);
  const now = new Date();
  const data = await loadPanelData(prisma, detail, system.id, "spool", OBSERVATION_KINDS);
  const observations = asObservations(data.observed);
  const { policy, error } = policyForDisplay(settings.policy);
  return (
    <PanelShell
      panel="spool"
      systemId={system.id}
      data={data}
      now={now}
      canRemediate={can(user.role, "remediations.run")}
      collected={<CollectedNote collected={data.observed.outputQueues} lastFinished={data.lastFinished} systemName={system.name} expectedEveryMinutes={settings.fullScanMinutes} now={now} />}
    >
      {observations ? <SpoolFacts observations={observations} policy={policy} policyError={error} /> : null}
    </PanelShell>
  );
}
