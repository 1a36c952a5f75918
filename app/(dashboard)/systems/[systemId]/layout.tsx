import Link from "next/link";
import type { ReactNode } from "react";
import { GradeBadge } from "@/components/fleet/grade-badge";
import { ScanActivityProvider } from "@/components/fleet/scan-activity";
import { ScanNowButton } from "@/components/fleet/scan-buttons";
import { Badge } from "@/components/ui/badge";
import { NotAllowed } from "@/components/ui/card";
import { TabNav } from "@/components/ui/tab-nav";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import { PANELS } from "@/lib/dashboard/panels";
import { loadScanActivity } from "@/lib/dashboard/scan-activity";
import { prisma } from "@/lib/db/client";
import { systemDetail } from "./system-data";

export default async function SystemLayout({ children, params }: { children: ReactNode; params: Promise<{ systemId: string }> }) {
  const { user, allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  const { systemId } = await params;
  const { system, settings } = await systemDetail(systemId);
  const activity = await loadScanActivity(prisma, { systemIds: [system.id], watch: [] });
  const base = `/systems/${system.id}`;
  const tabs = [
    { href: base, label: "Overview" },
    ...PANELS.map((panel) => {
      const status = system.panels.find((entry) => entry.panel === panel.id);
      return {
        href: `${base}/${panel.id}`,
        label: panel.label,
        badge:
          status?.state === "issues" ? (
            <Badge tone="bad">
              {status.openTotal}
              <span className="sr-only"> open findings</span>
            </Badge>
          ) : status?.state === "not_assessed" ? (
            <Badge>
              <span aria-hidden="true">?</span>
              <span className="sr-only">could not assess</span>
            </Badge>
          ) : undefined,
      };
    }),
  ];
  return (
    <ScanActivityProvider systemIds={[system.id]} initialActive={activity.active}>
      <div className="space-y-4">
        <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
          <Link href="/" className="hover:underline">
            Fleet
          </Link>{" "}
          / <span aria-current="page">{system.name}</span>
        </nav>
        <header className="flex flex-wrap items-start justify-between gap-4">
          <div className="flex items-center gap-4">
            <GradeBadge posture={system.posture} size="lg" />
            <div>
              <h1 className="text-xl font-semibold tracking-tight">{system.name}</h1>
              <p className="font-mono text-xs text-slate-600 dark:text-slate-400">
                {settings.userProfile}@{system.host}:{settings.port} · IBM i {system.release ?? "release unknown"}
              </p>
              <div className="mt-1 flex flex-wrap gap-1">
                {system.tags.map((tag) => (
                  <Badge key={tag}>{tag}</Badge>
                ))}
                {!system.enabled ? <Badge tone="warn">Disabled: not scanned</Badge> : null}
                {settings.readOnly ? <Badge tone="info">Read-only: fixes are shown, never run</Badge> : null}
              </div>
            </div>
          </div>
          <div className="flex gap-2">
            {can(user.role, "scans.run") && system.enabled ? (
              <>
                <ScanNowButton systemId={system.id} systemName={system.name} kind="connections" label="Scan connections" />
                <ScanNowButton systemId={system.id} systemName={system.name} />
              </>
            ) : null}
          </div>
        </header>
        {system.hostKeyPending ? (
          <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-900 ring-1 ring-red-200 dark:bg-red-950 dark:text-red-100 dark:ring-red-900">
            The host key of {system.name} changed. If you did not expect this, someone may be intercepting the connection. Scans are refused until an administrator
            compares the new fingerprint with the system&rsquo;s own and accepts it{can(user.role, "systems.manage") ? (
              <>
                {" "}
                under{" "}
                <Link href="/admin/systems" className="font-medium underline">
                  Systems
                </Link>
              </>
            ) : null}
            .
          </p>
        ) : null}
        <TabNav label={`${system.name} panels`} items={tabs} />
        <div className="pt-2">{children}</div>
      </div>
    </ScanActivityProvider>
  );
}
