import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { z } from "zod";
import { ConnectionReport } from "@/components/admin/connection-report";
import { HostKeyAlert } from "@/components/admin/host-key-alert";
import { PolicyEditor } from "@/components/admin/policy-editor";
import type { StoredOverrides } from "@/components/admin/policy-draft";
import { SafetySwitchesForm } from "@/components/admin/safety-switches-form";
import { SystemDangerZone } from "@/components/admin/system-danger-zone";
import { SystemForm } from "@/components/admin/system-form";
import { Badge } from "@/components/ui/badge";
import { Card, NotAllowed, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import { DEFAULT_POLICY, ZPolicyOverrides } from "@/lib/checks/policy";
import { prisma } from "@/lib/db/client";
import type { ProbeResult } from "@/lib/ibmi/probe-system";
import { assessReadiness } from "@/lib/systems/readiness";

export const metadata: Metadata = { title: "System" };

export default async function SystemPage({ params }: { params: Promise<{ id: string }> }) {
  const { user, allowed } = await userWithPermission("systems.manage");
  if (!allowed) return <NotAllowed />;
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) notFound();
  const system = await prisma.system.findUnique({ where: { id } });
  if (!system) notFound();

  const probe = system.probe as ProbeResult | null;
  const policy = ZPolicyOverrides.safeParse(system.policy);
  return (
    <>
      <PageHeader
        title={system.name}
        description={
          <>
            <span className="font-mono">
              {system.userProfile}@{system.host}:{system.port}
            </span>{" "}
            · pinned host key <span className="break-all font-mono">{system.hostKeySha256}</span>
          </>
        }
        actions={
          <div className="flex items-center gap-2">
            {system.enabled ? <Badge tone="good">Enabled</Badge> : <Badge>Disabled</Badge>}
            {system.readOnly ? <Badge tone="info">Read-only</Badge> : null}
            <Link href="/admin/systems" className="text-sm text-indigo-700 hover:underline dark:text-indigo-300">
              All systems
            </Link>
          </div>
        }
      />
      {system.pendingHostKey ? <HostKeyAlert systemId={system.id} name={system.name} pinned={system.hostKeySha256} pending={system.pendingHostKey} /> : null}
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Connection">
          <SystemForm
            system={{
              id: system.id,
              name: system.name,
              host: system.host,
              port: system.port,
              userProfile: system.userProfile,
              authMethod: system.authMethod,
              tags: system.tags,
              notes: system.notes ?? "",
              hostKeySha256: system.hostKeySha256,
            }}
          />
        </Card>
        <Card title={system.probedAt ? `What the profile can see (probed ${system.probedAt.toISOString().slice(0, 16).replace("T", " ")} UTC)` : "What the profile can see"}>
          {probe ? <ConnectionReport readiness={assessReadiness(probe)} userProfile={probe.userProfile} /> : <p className="text-sm">Not probed yet.</p>}
        </Card>
        {can(user.role, "policy.manage") ? (
          <Card title="Safety switches">
            <SafetySwitchesForm
              systemId={system.id}
              current={{ readOnly: system.readOnly, twoPersonRule: system.twoPersonRule, fullScanMinutes: system.fullScanMinutes, connectionsMinutes: system.connectionsMinutes }}
            />
          </Card>
        ) : null}
        <Card title="Disable or delete">
          <SystemDangerZone systemId={system.id} name={system.name} enabled={system.enabled} />
        </Card>
        {can(user.role, "policy.manage") ? (
          <Card title="Policy" className="lg:col-span-2">
            {policy.success ? null : (
              <p role="alert" className="mb-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800">
                The stored policy of this system is not valid ({policy.error.issues.map((issue) => `${issue.path.join(".") || "policy"}: ${issue.message}`).join("; ")}), so its
                scans fail until it is fixed. The editor starts from the defaults; saving replaces it.
              </p>
            )}
            <PolicyEditor systemId={system.id} stored={policy.success ? (system.policy as StoredOverrides) : {}} defaults={DEFAULT_POLICY} />
          </Card>
        ) : null}
      </div>
    </>
  );
}
