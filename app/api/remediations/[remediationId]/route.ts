import { isAppError } from "@/lib/errors";
import { authorizeRoute, noStore } from "@/lib/dashboard/route-auth";
import { prisma } from "@/lib/db/client";
import { remediationView } from "@/lib/remediations/engine/views";

/** One remediation as recorded, polled while it waits for approval or runs. */
export async function GET(_request: Request, { params }: { params: Promise<{ remediationId: string }> }) {
  const auth = await authorizeRoute("fleet.read");
  if ("response" in auth) return auth.response;
  const { remediationId } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(remediationId)) return Response.json({ error: { code: "not_found", message: "No such remediation." } }, { status: 404, headers: noStore });
  try {
    return Response.json(await remediationView(prisma, remediationId), { headers: noStore });
  } catch (error) {
    if (isAppError(error) && error.code === "not_found") return Response.json({ error: { code: error.code, message: error.message } }, { status: 404, headers: noStore });
    throw error;
  }
}
