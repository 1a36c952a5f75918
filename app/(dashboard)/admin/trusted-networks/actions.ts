"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { prisma } from "@/lib/db/client";
import { createTrustedNetwork, deleteTrustedNetwork, updateTrustedNetwork, ZTrustedNetworkInput } from "@/lib/trust/trusted-networks";

function audit(user: { id: string; email: string }, ip: string | null) {
  return { actor: { id: user.id, email: user.email }, ip };
}

export const createTrustedNetworkAction = defineAction({ permission: "trust.manage", input: ZTrustedNetworkInput, action: "trust.create" }, async ({ user, input, ip }) => {
  const created = await createTrustedNetwork(prisma, input, audit(user, ip));
  revalidatePath("/admin/trusted-networks");
  return created;
});

export const updateTrustedNetworkAction = defineAction(
  { permission: "trust.manage", input: ZTrustedNetworkInput.extend({ id: z.uuid() }), action: "trust.update" },
  async ({ user, input: { id, ...input }, ip }) => {
    await updateTrustedNetwork(prisma, id, input, audit(user, ip));
    revalidatePath("/admin/trusted-networks");
    return null;
  },
);

export const deleteTrustedNetworkAction = defineAction({ permission: "trust.manage", input: z.object({ id: z.uuid() }), action: "trust.delete" }, async ({ user, input, ip }) => {
  await deleteTrustedNetwork(prisma, input.id, audit(user, ip));
  revalidatePath("/admin/trusted-networks");
  return null;
});
