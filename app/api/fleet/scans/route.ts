import type { NextRequest } from "next/server";
import { prisma } from "@/lib/db/client";
import { isUuid } from "@/lib/dashboard/ids";
import { authorizeRoute, noStore } from "@/lib/dashboard/route-auth";
import { loadScanActivity } from "@/lib/dashboard/scan-activity";

export async function GET(request: NextRequest) {
  const auth = await authorizeRoute("fleet.read");
  if ("response" in auth) return auth.response;
  const params = request.nextUrl.searchParams;
  const systemIds = params.getAll("system").filter((id) => isUuid(id));
  const watch = params.getAll("watch").filter((id) => isUuid(id));
  const activity = await loadScanActivity(prisma, { systemIds: systemIds.length > 0 ? systemIds : undefined, watch });
  return Response.json(activity, { headers: noStore });
}
