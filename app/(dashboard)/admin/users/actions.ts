"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { ROLES } from "@/lib/auth/permissions";
import { prisma } from "@/lib/db/client";
import { createUser, setUserDisabled, setUserRole, ZNewUser } from "@/lib/users/users";

export const createUserAction = defineAction({ permission: "users.manage", input: ZNewUser, action: "user.create" }, async ({ input, audit }) => {
  const created = await createUser(prisma, input, audit);
  revalidatePath("/admin/users");
  return created;
});

export const setUserRoleAction = defineAction(
  { permission: "users.manage", input: z.object({ userId: z.string().min(1), role: z.enum(ROLES) }), action: "user.set_role" },
  async ({ input, audit }) => {
    await setUserRole(prisma, input.userId, input.role, audit);
    revalidatePath("/admin/users");
    return null;
  },
);

export const setUserDisabledAction = defineAction(
  { permission: "users.manage", input: z.object({ userId: z.string().min(1), disabled: z.boolean() }), action: "user.set_disabled" },
  async ({ input, audit }) => {
    await setUserDisabled(prisma, input.userId, input.disabled, audit);
    revalidatePath("/admin/users");
    return null;
  },
);
