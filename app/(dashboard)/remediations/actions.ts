"use server";

import { z } from "zod";
import { defineAction } from "@/lib/actions/define-action";
import { appEngineDeps } from "@/lib/remediations/engine/app-deps";
import { previewRemediation } from "@/lib/remediations/engine/preview";
import { approveRemediation, rejectRemediation, runRemediation } from "@/lib/remediations/engine/run";

const ZTarget = z.object({
  systemId: z.uuid(),
  actionId: z.string().max(60).nullish(),
  params: z.record(z.string(), z.unknown()).nullish(),
  findingId: z.uuid().nullish(),
  undoOfId: z.uuid().nullish(),
});

const ZRun = ZTarget.extend({
  stateHash: z.string().regex(/^[0-9a-f]{64}$/),
  reason: z.string().trim().min(3, "Say why (or give the ticket)").max(500),
  ticket: z.string().trim().max(60).nullish(),
  idempotencyKey: z.uuid(),
  confirmName: z.string().max(60).nullish(),
});

// No revalidatePath here: it would re-render the page under the open dialog (a resolved finding
// leaves its list and takes the dialog with it). The pages are dynamic; the dialog refreshes the
// page when it is closed.

export const previewRemediationAction = defineAction({ permission: "remediations.run", input: ZTarget, action: "remediation.preview" }, async ({ user, input }) =>
  previewRemediation(appEngineDeps(), { ...input, params: input.params ?? undefined }, user),
);

export const runRemediationAction = defineAction({ permission: "remediations.run", input: ZRun, action: "remediation.run" }, async ({ user, input, ip }) => {
  return runRemediation(appEngineDeps(), { ...input, params: input.params ?? undefined }, user, ip);
});

export const approveRemediationAction = defineAction(
  { permission: "remediations.approve", input: z.object({ remediationId: z.uuid() }), action: "remediation.approve" },
  async ({ user, input, ip }) => approveRemediation(appEngineDeps(), input.remediationId, user, ip),
);

export const rejectRemediationAction = defineAction(
  { permission: "remediations.approve", input: z.object({ remediationId: z.uuid(), note: z.string().trim().max(500) }), action: "remediation.reject" },
  async ({ user, input, ip }) => rejectRemediation(appEngineDeps(), input.remediationId, input.note, user, ip),
);
