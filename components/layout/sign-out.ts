"use server";

import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { recordAudit } from "@/lib/audit/record";
import { getAuth } from "@/lib/auth/auth";
import { getCurrentUser } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { clientIp } from "@/lib/http/client-ip";

export async function signOutAction(): Promise<void> {
  const requestHeaders = await headers();
  const user = await getCurrentUser();
  await getAuth().api.signOut({ headers: requestHeaders });
  if (user) {
    await recordAudit(prisma, {
      actor: { id: user.id, email: user.email },
      action: "auth.sign_out",
      targetType: "user",
      targetId: user.id,
      outcome: "success",
      ip: clientIp(requestHeaders),
    });
  }
  redirect("/sign-in");
}
