import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { loadFleetDetail } from "@/lib/dashboard/fleet";
import { isUuid } from "@/lib/dashboard/ids";
import { prisma } from "@/lib/db/client";

/**
 * The system's fleet row and the scans and check results behind it, loaded once per request and
 * shared by the layout and the page. An unknown or malformed id is a 404.
 */
export const systemDetail = cache(async (systemId: string) => {
  if (!isUuid(systemId)) notFound();
  const [detail, settings] = await Promise.all([
    loadFleetDetail(prisma, { systemIds: [systemId] }),
    prisma.system.findUnique({
      where: { id: systemId },
      select: { port: true, userProfile: true, policy: true, fullScanMinutes: true, connectionsMinutes: true, readOnly: true, twoPersonRule: true, notes: true, probedAt: true },
    }),
  ]);
  const system = detail.systems[0];
  if (system === undefined || settings === null) notFound();
  return { system, settings, detail };
});

/** "NP0001 · FTP" in the browser tab, so several systems open side by side can be told apart. */
export async function systemPageMetadata(params: Promise<{ systemId: string }>, page: string): Promise<Metadata> {
  const { system } = await systemDetail((await params).systemId);
  return { title: `${system.name} · ${page}` };
}
