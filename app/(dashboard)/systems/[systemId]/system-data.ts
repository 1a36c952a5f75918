import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { cache } from "react";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import type { Panel } from "@/lib/checks/check-types";
import { loadFleetDetail } from "@/lib/dashboard/fleet";
import { isUuid } from "@/lib/dashboard/ids";
import type { ObservationKind } from "@/lib/dashboard/latest-observations";
import { loadPanelData } from "@/lib/dashboard/panel-data";
import { policyForDisplay } from "@/lib/dashboard/system-policy";
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

/**
 * What every panel tab starts from: the reader's permission (checked here too, because moving
 * between tabs renders only the page, not the layout that checks it), the system, its panel data
 * and its policy. `extra` loads a page's own data alongside. Null: the reader may not see fleets.
 */
export async function loadPanelPage<K extends ObservationKind, E = undefined>(
  params: Promise<{ systemId: string }>,
  panel: Panel,
  kinds: readonly K[],
  extra?: (systemId: string, now: Date) => Promise<E>,
) {
  const { user, allowed } = await userWithPermission("fleet.read");
  if (!allowed) return null;
  const { system, settings, detail } = await systemDetail((await params).systemId);
  const now = new Date();
  const [data, extraData] = await Promise.all([loadPanelData(prisma, detail, system.id, panel, kinds), extra?.(system.id, now)]);
  return {
    user,
    system,
    settings,
    now,
    data,
    extra: extraData as E,
    canRemediate: can(user.role, "remediations.run"),
    ...policyForDisplay(settings.policy),
  };
}
