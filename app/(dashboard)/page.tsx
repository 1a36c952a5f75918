import type { Metadata } from "next";
import { Suspense } from "react";
import { FleetOverview } from "@/components/fleet/fleet-overview";
import { FleetSkeleton } from "@/components/fleet/fleet-skeleton";
import { NotAllowed, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Fleet" };

export default async function FleetPage() {
  const { user, allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  return (
    <>
      <PageHeader title="Fleet" description="How exposed each IBM i is, what to fix first, and whether the last scan could look." />
      <Suspense fallback={<FleetSkeleton />}>
        <FleetOverview canScan={can(user.role, "scans.run")} canManageSystems={can(user.role, "systems.manage")} />
      </Suspense>
    </>
  );
}
