"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { acceptFindingRisk, commentOnFinding, ZAcceptRisk, ZComment } from "@/lib/dashboard/triage-finding";
import { prisma } from "@/lib/db/client";

export const acceptRiskAction = defineAction({ permission: "findings.triage", input: ZAcceptRisk, action: "finding.accept_risk" }, async ({ user, input, ip }) => {
  await acceptFindingRisk(prisma, input, { actor: { id: user.id, email: user.email }, ip });
  revalidatePath(`/findings/${input.findingId}`);
  return null;
});

export const commentAction = defineAction({ permission: "findings.triage", input: ZComment, action: "finding.comment" }, async ({ user, input, ip }) => {
  await commentOnFinding(prisma, input, { actor: { id: user.id, email: user.email }, ip });
  revalidatePath(`/findings/${input.findingId}`);
  return null;
});
