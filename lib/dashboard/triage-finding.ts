import { z } from "zod";
import type { AuditActor } from "@/lib/audit/record";
import { recordAudit } from "@/lib/audit/record";
import type { Db } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { endOfUtcDay, utcDayOf } from "@/lib/utc-day";

/**
 * An officer's decisions on a finding. Each writes the finding's history (FindingEvent) and the
 * audit log in the same transaction as the change.
 */

/** Accepting a risk is a decision with an end date: a year at most, then it comes back. */
export const MAX_ACCEPTANCE_DAYS = 366;

/** The last day (UTC) an acceptance may run to, as the date picker offers it. */
export const lastAcceptanceDay = (now: Date): string => utcDayOf(new Date(now.getTime() + MAX_ACCEPTANCE_DAYS * 86_400_000));

export const ZAcceptRisk = z.object({
  findingId: z.uuid(),
  reason: z.string().trim().min(10, "Say why the risk is acceptable (at least 10 characters).").max(2000),
  until: z.coerce.date({ error: "Give the date the acceptance ends." }),
});
export type TAcceptRisk = z.infer<typeof ZAcceptRisk>;

export const ZComment = z.object({
  findingId: z.uuid(),
  note: z.string().trim().min(1, "Write a comment.").max(4000),
});
export type TComment = z.infer<typeof ZComment>;

interface Context {
  actor: AuditActor;
  ip?: string | null;
  now?: Date;
}

export async function acceptFindingRisk(db: Db, input: TAcceptRisk, context: Context): Promise<void> {
  const now = context.now ?? new Date();
  if (input.until.getTime() <= now.getTime()) {
    throw new AppError("invalid", "The acceptance must end in the future.", { until: ["Pick a date after today."] });
  }
  // The limit is a whole day, as the form offers it: the last day allowed counts until its end.
  if (input.until.getTime() > endOfUtcDay(lastAcceptanceDay(now)).getTime()) {
    throw new AppError("invalid", `An acceptance can last at most ${MAX_ACCEPTANCE_DAYS} days.`, { until: [`At most ${MAX_ACCEPTANCE_DAYS} days from today.`] });
  }
  await db.$transaction(async (tx) => {
    const finding = await tx.finding.findUnique({ where: { id: input.findingId }, select: { id: true, status: true, systemId: true, checkId: true, key: true } });
    if (finding === null) throw new AppError("not_found", "That finding does not exist.");
    if (finding.status === "resolved") throw new AppError("conflict", "This finding is resolved; there is no risk left to accept.");
    await tx.finding.update({
      where: { id: finding.id },
      data: { status: "accepted_risk", acceptedById: context.actor.id, acceptedReason: input.reason, acceptedUntil: input.until },
    });
    await tx.findingEvent.create({
      data: { findingId: finding.id, type: "accepted", at: now, actorId: context.actor.id, note: `${input.reason} (until ${utcDayOf(input.until)})` },
    });
    await recordAudit(tx, {
      actor: context.actor,
      action: "finding.accept_risk",
      targetType: "finding",
      targetId: finding.id,
      outcome: "success",
      ip: context.ip,
      detail: { systemId: finding.systemId, checkId: finding.checkId, key: finding.key, from: finding.status, reason: input.reason, until: input.until.toISOString() },
    });
  });
}

export async function commentOnFinding(db: Db, input: TComment, context: Context): Promise<void> {
  await db.$transaction(async (tx) => {
    const finding = await tx.finding.findUnique({ where: { id: input.findingId }, select: { id: true, systemId: true, checkId: true } });
    if (finding === null) throw new AppError("not_found", "That finding does not exist.");
    await tx.findingEvent.create({
      data: { findingId: finding.id, type: "comment", at: context.now ?? new Date(), actorId: context.actor.id, note: input.note },
    });
    await recordAudit(tx, {
      actor: context.actor,
      action: "finding.comment",
      targetType: "finding",
      targetId: finding.id,
      outcome: "success",
      ip: context.ip,
      detail: { systemId: finding.systemId, checkId: finding.checkId },
    });
  });
}
