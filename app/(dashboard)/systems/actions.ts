"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { requestScansFor } from "@/lib/dashboard/request-scans";
import { prisma } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { queueClient } from "@/lib/jobs/boss";
import { cidrContains, parseCidr } from "@/lib/net/cidr";
import { parseIpAddress } from "@/lib/net/ip-address";
import { createTrustedNetwork, ZTrustedNetworkInput } from "@/lib/trust/trusted-networks";

const ZScanKind = z.enum(["full", "connections"]);

async function boss() {
  const databaseUrl = getEnv().DATABASE_URL;
  if (!databaseUrl) throw new AppError("unavailable", "The database is not configured, so no scan can be queued.");
  return queueClient(databaseUrl);
}

export const scanSystemAction = defineAction(
  { permission: "scans.run", input: z.object({ systemId: z.uuid(), kind: ZScanKind.default("full") }), action: "scan.request" },
  async ({ input, audit }) => {
    const result = await requestScansFor(prisma, await boss(), { systemIds: [input.systemId], kind: input.kind }, audit);
    if (result.skipped.length > 0) throw new AppError("refused", `${result.skipped[0]!.reason} Enable it under Systems to scan it.`);
    return result;
  },
);

export const scanAllAction = defineAction(
  { permission: "scans.run", input: z.object({ kind: ZScanKind.default("full") }), action: "scan.request" },
  async ({ input, audit }) => requestScansFor(prisma, await boss(), { systemIds: "all", kind: input.kind }, audit),
);

const ZTrustFromConnection = ZTrustedNetworkInput.safeExtend({
  systemId: z.uuid(),
  /** The remote address of the row the officer acted on; the network must contain it. */
  address: z.string().trim().min(1),
  scope: z.enum(["system", "fleet"]),
});

export const trustNetworkAction = defineAction(
  { permission: "trust.manage", input: ZTrustFromConnection, action: "trust.create" },
  async ({ input, audit }) => {
    const network = parseCidr(input.cidr);
    const address = parseIpAddress(input.address);
    if (network === null || address === null || !cidrContains(network, address)) {
      throw new AppError("invalid", `${input.cidr} does not contain ${input.address}.`, { cidr: [`Must contain ${input.address}.`] });
    }
    const { address: _address, scope, ...rest } = input;
    const created = await createTrustedNetwork(prisma, { ...rest, systemId: scope === "system" ? input.systemId : null }, audit);
    revalidatePath(`/systems/${input.systemId}/connections`);
    return created;
  },
);
