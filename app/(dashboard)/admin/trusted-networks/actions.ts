"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { prisma } from "@/lib/db/client";
import { createTrustedNetwork, deleteTrustedNetwork, updateTrustedNetwork, ZTrustedNetworkInput } from "@/lib/trust/trusted-networks";

export const createTrustedNetworkAction = defineAction({ permission: "trust.manage", input: ZTrustedNetworkInput, action: "trust.create" }, async ({ input, audit }) => {
  const created = await createTrustedNetwork(prisma, input, audit);
  revalidatePath("/admin/trusted-networks");
  return created;
});

export const updateTrustedNetworkAction = defineAction(
  { permission: "trust.manage", input: ZTrustedNetworkInput.extend({ id: z.uuid() }), action: "trust.update" },
  async ({ input: { id, ...input }, audit }) => {
    await updateTrustedNetwork(prisma, id, input, audit);
    revalidatePath("/admin/trusted-networks");
    return null;
  },
);

export const deleteTrustedNetworkAction = defineAction({ permission: "trust.manage", input: z.object({ id: z.uuid() }), action: "trust.delete" }, async ({ input, audit }) => {
  await deleteTrustedNetwork(prisma, input.id, audit);
  revalidatePath("/admin/trusted-networks");
  return null;
});
