import type { Metadata } from "next";
import { CollectedNote } from "@/components/panels/collected-note";
import { FtpFacts, type FtpKinds } from "@/components/panels/ftp-facts";
import { PanelShell } from "@/components/panels/panel-shell";
import { NotAllowed } from "@/components/ui/card";
import { bestKnownSetting } from "@/lib/checks/unreadable-setting";
import { ftpExposureByWeek } from "@/lib/dashboard/ftp-exposure-weeks";
import { prisma } from "@/lib/db/client";
import { ftpListeningSamples, loadCheckContext } from "@/lib/scans/check-context";
import { loadPanelPage, systemPageMetadata } from "../system-data";

export function generateMetadata({ params }: { params: Promise<{ systemId: string }> }): Promise<Metadata> {
  return systemPageMetadata(params, "FTP");
}

const KINDS: readonly FtpKinds[] = ["ftpJobs", "listeners", "serverAutostart", "exitPrograms"];
const WEEKS = 8;

export default async function FtpPanelPage({ params }: { params: Promise<{ systemId: string }> }) {
  const page = await loadPanelPage(params, "ftp", KINDS, (systemId, now) =>
    Promise.all([loadCheckContext(prisma, systemId, now), ftpListeningSamples(prisma, systemId, new Date(now.getTime() - (WEEKS + 1) * 7 * 86_400_000))]),
  );
  if (page === null) return <NotAllowed />;
  const { system, settings, data, now, policy } = page;
  const [context, samples] = page.extra;
  const ftpAllowed = policy === null || !policy.approvedServers.includes("ftp") ? "never" : (policy.ftpWindow ?? "always");
  const weeks = ftpExposureByWeek(samples, ftpAllowed, now, { weeks: WEEKS, maxGapMinutes: context.ftpSampleGapMinutes });
  const tls = policy ? bestKnownSetting(policy.attested.ftpAllowSsl, context.applied.ftpAllowSsl) : null;
  return (
    <PanelShell
      panel="ftp"
      systemId={system.id}
      data={data}
      now={now}
      policyError={page.error}
      canRemediate={page.canRemediate}
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
      <FtpFacts observed={data.observed} policy={policy} tls={tls} weeks={weeks} />
    </PanelShell>
  );
}
