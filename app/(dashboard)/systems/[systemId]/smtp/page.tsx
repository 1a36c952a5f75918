import type { Metadata } from "next";
import { CollectedNote } from "@/components/panels/collected-note";
import { PanelShell } from "@/components/panels/panel-shell";
import { SmtpFacts, type SmtpKinds } from "@/components/panels/smtp-facts";
import { NotAllowed } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import { bestKnownSetting } from "@/lib/checks/unreadable-setting";
import { loadPanelData } from "@/lib/dashboard/panel-data";
import { policyForDisplay } from "@/lib/dashboard/system-policy";
import { prisma } from "@/lib/db/client";
import { loadCheckContext } from "@/lib/scans/check-context";
import { systemDetail, systemPageMetadata } from "../system-data";

export function generateMetadata({ params }: { params: Promise<{ systemId: string }> }): Promise<Metadata> {
  return systemPageMetadata(params, "SMTP relay");
}

const KINDS: readonly SmtpKinds[] = ["smtpJobs", "listeners", "serverAutostart", "smtpListMembers", "smtpAcceptList"];

export default async function SmtpPanelPage({ params }: { params: Promise<{ systemId: string }> }) {
  // Checked here too: moving between tabs renders only the page, not the layout that checks it.
  const { user, allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  const { systemId } = await params;
  const { system, settings, detail } = await systemDetail(systemId);
  const now = new Date();
  const { policy, error } = policyForDisplay(settings.policy);
  const [data, context] = await Promise.all([loadPanelData(prisma, detail, system.id, "smtp", KINDS), loadCheckContext(prisma, system.id, now)]);
  const relay = policy ? bestKnownSetting(policy.attested.smtpAllowRelay, context.applied.smtpAllowRelay) : null;
  return (
    <PanelShell
      panel="smtp"
      systemId={system.id}
      data={data}
      now={now}
      canRemediate={can(user.role, "remediations.run")}
      collected={
        <CollectedNote collected={data.observed.smtpJobs} lastFinished={data.lastFinished} systemName={system.name} expectedEveryMinutes={settings.fullScanMinutes} now={now} />
      }
    >
      <SmtpFacts observed={data.observed} policy={policy} policyError={error} relay={relay} />
    </PanelShell>
  );
}
