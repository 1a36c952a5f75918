import type { Metadata } from "next";
import Link from "next/link";
import { RemediationHistory } from "@/components/remediation/remediation-history";
import { Card, NotAllowed, PageHeader } from "@/components/ui/card";
import { userWithPermission } from "@/lib/auth/session";
import { isUuid } from "@/lib/dashboard/ids";
import { prisma } from "@/lib/db/client";
import { listRemediations } from "@/lib/remediations/engine/views";

export const metadata: Metadata = { title: "Remediations" };

export default async function RemediationsPage({ searchParams }: { searchParams: Promise<{ system?: string }> }) {
  const { allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  const { system: systemParam } = await searchParams;
  const systemId = systemParam && isUuid(systemParam) ? systemParam : undefined;
  const system = systemId ? await prisma.system.findUnique({ where: { id: systemId }, select: { id: true, name: true } }) : null;
  const remediations = await listRemediations(prisma, { systemId: system?.id });
  return (
    <>
      <PageHeader
        title={system ? `Remediations on ${system.name}` : "Remediations"}
        description="Every change Portcullis planned or made: the exact commands, who asked and why, how it was verified, and its undo."
        actions={
          system ? (
            <Link href="/remediations" className="text-sm text-indigo-700 underline dark:text-indigo-300">
              Whole fleet
            </Link>
          ) : null
        }
      />
      <Card>
        <RemediationHistory remediations={remediations} showSystem={!system} />
      </Card>
    </>
  );
}
