import type { Metadata } from "next";
import Link from "next/link";
import { TrustedNetworkForm } from "@/components/admin/trusted-network-form";
import { TrustedNetworkRowActions } from "@/components/admin/trusted-network-row-actions";
import { Badge } from "@/components/ui/badge";
import { Card, EmptyState, NotAllowed, PageHeader } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { listTrustedNetworks } from "@/lib/trust/trusted-networks";
import { utcDayOf } from "@/lib/utc-day";

export const metadata: Metadata = { title: "Trusted networks" };

export default async function TrustedNetworksPage() {
  const { user, allowed } = await userWithPermission("trust.manage");
  if (!allowed) return <NotAllowed />;
  const [networks, systems] = await Promise.all([listTrustedNetworks(prisma), prisma.system.findMany({ orderBy: { name: "asc" }, select: { id: true, name: true } })]);
  const now = new Date();
  const linkSystems = can(user.role, "systems.manage");
  return (
    <>
      <PageHeader
        title="Trusted networks"
        description="Remote networks allowed to connect. The connections panel reports established connections from anywhere else (NET-01). An entry can be limited to some local ports, to one system, and to a date."
      />
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="lg:col-span-2">
          {networks.length === 0 ? (
            <EmptyState title="No network is trusted yet.">Every remote connection will be reported until you add the networks you expect.</EmptyState>
          ) : (
            <Card title={`${networks.length} trusted network(s)`}>
              <Table caption="Trusted networks">
                <thead>
                  <tr>
                    <Th>Network</Th>
                    <Th>Label and owner</Th>
                    <Th>Applies to</Th>
                    <Th>Local ports</Th>
                    <Th>Until</Th>
                    <Th>
                      <span className="sr-only">Actions</span>
                    </Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                  {networks.map((network) => {
                    const expired = network.expiresAt !== null && network.expiresAt <= now;
                    return (
                      <tr key={network.id} data-testid={`trusted-network-${network.cidr}`}>
                        <Td className="font-mono text-xs">{network.cidr}</Td>
                        <Td>
                          {network.label}
                          {network.owner ? <span className="block text-xs text-slate-500">{network.owner}</span> : null}
                        </Td>
                        <Td>
                          {network.system ? (
                            linkSystems ? (
                              <Link href={`/admin/systems/${network.system.id}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
                                {network.system.name}
                              </Link>
                            ) : (
                              network.system.name
                            )
                          ) : (
                            "Every system"
                          )}
                        </Td>
                        <Td className="font-mono text-xs">{network.localPorts.length === 0 ? "all" : network.localPorts.join(", ")}</Td>
                        <Td className="whitespace-nowrap text-xs">
                          {network.expiresAt ? utcDayOf(network.expiresAt) : "no expiry"}
                          {expired ? (
                            <span className="ml-1">
                              <Badge tone="warn">Expired</Badge>
                            </span>
                          ) : null}
                        </Td>
                        <Td>
                          <TrustedNetworkRowActions
                            systems={systems}
                            network={{
                              id: network.id,
                              cidr: network.cidr,
                              label: network.label,
                              owner: network.owner,
                              systemId: network.systemId,
                              localPorts: network.localPorts,
                              expiresOn: network.expiresAt ? utcDayOf(network.expiresAt) : null,
                            }}
                          />
                        </Td>
                      </tr>
                    );
                  })}
                </tbody>
              </Table>
            </Card>
          )}
        </div>
        <Card title="Add a trusted network">
          <TrustedNetworkForm systems={systems} />
        </Card>
      </div>
    </>
  );
}
