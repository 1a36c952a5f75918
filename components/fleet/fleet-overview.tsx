import Link from "next/link";
import { OpenFindingsTrend } from "@/components/charts/open-findings-trend";
import { Card, EmptyState } from "@/components/ui/card";
import { loadFleet } from "@/lib/dashboard/fleet";
import { loadScanActivity } from "@/lib/dashboard/scan-activity";
import { loadOpenFindingsTrend } from "@/lib/dashboard/trend";
import { prisma } from "@/lib/db/client";
import { FleetSummary } from "./fleet-summary";
import { FleetTable } from "./fleet-table";
import { PostureRules } from "./posture-rules";
import { ScanActivityProvider } from "./scan-activity";
import { ScanAllButton } from "./scan-buttons";

const TREND_DAYS = 30;

export async function FleetOverview({ canScan, canManageSystems }: { canScan: boolean; canManageSystems: boolean }) {
  const now = new Date();
  const [systems, trend, activity] = await Promise.all([
    loadFleet(prisma),
    loadOpenFindingsTrend(prisma, { days: TREND_DAYS, now }),
    loadScanActivity(prisma, { watch: [] }),
  ]);
  if (systems.length === 0) {
    return (
      <EmptyState title="No systems yet.">
        {canManageSystems ? (
          <>
            Register your first IBM i under{" "}
            <Link href="/admin/systems" className="font-medium text-indigo-700 underline dark:text-indigo-300">
              Systems
            </Link>
            .
          </>
        ) : (
          "An administrator registers them under Systems."
        )}
      </EmptyState>
    );
  }
  return (
    <ScanActivityProvider initialActive={activity.active}>
      <div className="space-y-6">
        <FleetSummary systems={systems} />
        <Card title="Systems" actions={canScan ? <ScanAllButton systemCount={systems.length} /> : undefined}>
          <FleetTable systems={systems} now={now.toISOString()} canScan={canScan} />
        </Card>
        <PostureRules />
        <Card title="Open findings over time">
          <OpenFindingsTrend trend={trend} label="Open findings across the fleet by severity over time" />
        </Card>
      </div>
    </ScanActivityProvider>
  );
}
