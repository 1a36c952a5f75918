import { authorizeRoute, noStore } from "@/lib/dashboard/route-auth";
import { prisma } from "@/lib/db/client";
import { findRemediationView } from "@/lib/remediations/engine/views";

/** One remediation as recorded, polled while it waits for approval or runs. */
export async function GET(_request: Request, { params }: { params: Promise<{ remediationId: string }> }) {
  const auth = await authorizeRoute("fleet.read");
  if ("response" in auth) return auth.response;
  const view = await findRemediationView(prisma, (await params).remediationId);
  if (!view) return Response.json({ error: { code: "not_found", message: "That remediation does not exist." } }, { status: 404, headers: noStore });
  return Response.json(view, { headers: noStore });
}
