import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db/client";
import { loadConnectionsView } from "@/lib/dashboard/connections-view";
import { isUuid } from "@/lib/dashboard/ids";
import { authorizeRoute, noStore } from "@/lib/dashboard/route-auth";

export async function GET(_request: NextRequest, { params }: { params: Promise<{ systemId: string }> }) {
  const auth = await authorizeRoute("fleet.read");
  if ("response" in auth) return auth.response;
  const { systemId } = await params;
  const exists = isUuid(systemId) && (await prisma.system.count({ where: { id: systemId } })) === 1;
  if (!exists) return Response.json({ error: { code: "not_found", message: "That system is no longer registered." } }, { status: 404, headers: noStore });
  return Response.json(await loadConnectionsView(prisma, systemId), { headers: noStore });
}
