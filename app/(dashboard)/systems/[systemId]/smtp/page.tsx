import type { Metadata } from "next";
import { CollectedNote } from "@/components/panels/collected-note";
import { PanelShell } from "@/components/panels/panel-shell";
import { SmtpFacts, type SmtpKinds } from "@/components/panels/smtp-facts";
import { NotAllowed } from "@/components/ui/card";
import { bestKnownSetting } from "@/lib/checks/unreadable-setting";
import { prisma } from "@/lib/db/client";
import { loadCheckContext } from "@/lib/scans/check-context";
import { loadPanelPage, systemPageMetadata } from "../system-data";

export function generateMetadata({ params }: { params: Promise<{ systemId: string }> }): Promise<Metadata> {
  return systemPageMetadata(params, "SMTP relay");
}

const KINDS: readonly SmtpKinds[] = ["smtpJobs", "listeners", "serverAutostart", "smtpListMembers", "smtpAcceptList"];

export default async function SmtpPanelPage({ params }: { params: Promise<{ systemId: string }> }) {
  const page = await loadPanelPage(params, "smtp", KINDS, (systemId, now) => loadCheckContext(prisma, systemId, now));
  if (page === null) return <NotAllowed />;
  const { system, settings, data, now, policy } = page;
  const relay = policy ? bestKnownSetting(policy.attested.smtpAllowRelay, page.extra.applied.smtpAllowRelay) : null;
  return (
    <PanelShell
      panel="smtp"
      systemId={system.id}
      data={data}
      now={now}
      policyError={page.error}
      canRemediate={page.canRemediate}
      collected={
        <CollectedNote collected={data.observed.smtpJobs} lastFinished={data.lastFinished} systemName={system.name} expectedEveryMinutes={settings.fullScanMinutes} now={now} />
      }
    >
      <SmtpFacts observed={data.observed} policy={policy} relay={relay} />
    </PanelShell>
  );
}
