"use server";

import { revalidatePath } from "next/cache";
import { defineAction } from "@/lib/actions/define-action";
import { acceptFindingRisk, commentOnFinding, ZAcceptRisk, ZComment } from "@/lib/dashboard/triage-finding";
import { prisma } from "@/lib/db/client";

export const acceptRiskAction = defineAction({ permission: "findings.triage", input: ZAcceptRisk, action: "finding.accept_risk" }, async ({ input, audit }) => {
  await acceptFindingRisk(prisma, input, audit);
  revalidatePath(`/findings/${input.findingId}`);
  return null;
});

export const commentAction = defineAction({ permission: "findings.triage", input: ZComment, action: "finding.comment" }, async ({ input, audit }) => {
  await commentOnFinding(prisma, input, audit);
  revalidatePath(`/findings/${input.findingId}`);
  return null;
});
