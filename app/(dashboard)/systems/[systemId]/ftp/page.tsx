import type { Metadata } from "next";
import { CollectedNote } from "@/components/panels/collected-note";
import { FtpFacts, type FtpKinds } from "@/components/panels/ftp-facts";
import { PanelShell } from "@/components/panels/panel-shell";
import { NotAllowed } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import { bestKnownSetting } from "@/lib/checks/unreadable-setting";
import { ftpExposureByWeek } from "@/lib/dashboard/ftp-exposure-weeks";
import { ftpListeningSamples } from "@/lib/dashboard/ftp-history";
import { loadPanelData } from "@/lib/dashboard/panel-data";
import { policyForDisplay } from "@/lib/dashboard/system-policy";
import { prisma } from "@/lib/db/client";
import { loadCheckContext } from "@/lib/scans/check-context";
import { systemDetail, systemPageMetadata } from "../system-data";

export function generateMetadata({ params }: { params: Promise<{ systemId: string }> }): Promise<Metadata> {
  return systemPageMetadata(params, "FTP");
}

const KINDS: readonly FtpKinds[] = ["ftpJobs", "listeners", "serverAutostart", "exitPrograms"];
const WEEKS = 8;

export default async function FtpPanelPage({ params }: { params: Promise<{ systemId: string }> }) {
  // Checked here too: moving between tabs renders only the page, not the layout that checks it.
  const { user, allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  const { systemId } = await params;
  const { system, settings, detail } = await systemDetail(systemId);
  const now = new Date();
  const { policy, error } = policyForDisplay(settings.policy);
  const [data, context, samples] = await Promise.all([
    loadPanelData(prisma, detail, system.id, "ftp", KINDS),
    loadCheckContext(prisma, system.id, now),
    ftpListeningSamples(prisma, system.id, new Date(now.getTime() - (WEEKS + 1) * 7 * 86_400_000)),
  ]);
  const ftpAllowed = policy === null || !policy.approvedServers.includes("ftp") ? "never" : (policy.ftpWindow ?? "always");
  const weeks = ftpExposureByWeek(samples, ftpAllowed, now, { weeks: WEEKS, maxGapMinutes: settings.fullScanMinutes * 2 });
  const tls = policy ? bestKnownSetting(policy.attested.ftpAllowSsl, context.applied.ftpAllowSsl) : null;
  return (
    <PanelShell
      panel="ftp"
      systemId={system.id}
      data={data}
      now={now}
      canRemediate={can(user.role, "remediations.run")}
      collected={
        <CollectedNote
          collected={data.observed.serverAutostart ?? data.observed.ftpJobs}
          lastFinished={data.lastFinished}
          systemName={system.name}
          expectedEveryMinutes={settings.fullScanMinutes}
          now={now}
        />
      }
    >
      <FtpFacts observed={data.observed} policy={policy} policyError={error} tls={tls} weeks={weeks} />
    </PanelShell>
  );
}
