import type { Metadata } from "next";
import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card, EmptyState, NotAllowed, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { userWithPermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Systems" };

export default async function SystemsPage() {
  const { allowed } = await userWithPermission("systems.manage");
  if (!allowed) return <NotAllowed />;
  const systems = await prisma.system.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      host: true,
      port: true,
      userProfile: true,
      authMethod: true,
      release: true,
      tags: true,
      enabled: true,
      readOnly: true,
      pendingHostKey: true,
      scans: { orderBy: { queuedAt: "desc" }, take: 1, select: { status: true, queuedAt: true, errorType: true } },
    },
  });
  return (
    <>
      <PageHeader
        title="Systems"
        description="The IBM i systems Portcullis scans, how it reaches them, and their safety switches."
        actions={
          <Link href="/admin/systems/new" className={buttonClass()}>
            Register a system
          </Link>
        }
      />
      {systems.length === 0 ? (
        <EmptyState title="No system is registered yet.">Register one to start scanning.</EmptyState>
      ) : (
        <Card title={`${systems.length} system(s)`}>
          <Table caption="Registered systems">
            <thead>
              <tr>
                <Th>Name</Th>
                <Th>Address</Th>
                <Th>Signs on as</Th>
                <Th>Release</Th>
                <Th>Tags</Th>
                <Th>Status</Th>
                <Th>Last scan</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {systems.map((system) => {
                const scan = system.scans[0];
                return (
                  <tr key={system.id} data-testid={`system-row-${system.name}`}>
                    <Td className="font-medium">
                      <Link href={`/admin/systems/${system.id}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
                        {system.name}
                      </Link>
                    </Td>
                    <Td className="font-mono text-xs">
                      {system.host}:{system.port}
                    </Td>
                    <Td className="font-mono text-xs">
                      {system.userProfile} ({system.authMethod === "password" ? "password" : "key"})
                    </Td>
                    <Td>{system.release ?? "—"}</Td>
                    <Td>
                      <div className="flex flex-wrap gap-1">
                        {system.tags.map((tag) => (
                          <Badge key={tag}>{tag}</Badge>
                        ))}
                      </div>
                    </Td>
                    <Td>
                      <div className="flex flex-wrap gap-1">
                        {system.enabled ? <Badge tone="good">Enabled</Badge> : <Badge>Disabled</Badge>}
                        {system.readOnly ? <Badge tone="info">Read-only</Badge> : null}
                        {system.pendingHostKey ? <Badge tone="critical">Host key changed</Badge> : null}
                      </div>
                    </Td>
                    <Td className="text-xs">
                      {scan ? (
                        <>
                          {scan.status}
                          {scan.errorType ? ` (${scan.errorType})` : ""}
                          <span className="block text-slate-500">{scan.queuedAt.toISOString().replace("T", " ").slice(0, 16)} UTC</span>
                        </>
                      ) : (
                        "never"
                      )}
                    </Td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </Card>
      )}
    </>
  );
}
