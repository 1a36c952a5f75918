import { can, type Role } from "@/lib/auth/permissions";
import type { Db } from "@/lib/db/client";
import { AppError, fieldErrorsOf } from "@/lib/errors";
import type { JsonValue } from "@/lib/ibmi/errors";
import { remediationById, remediationsForCheck } from "../catalogue";
import type { AnyRemediationDefinition, PlanPurpose } from "../types";
import type { PlanView } from "./plan-view";

export interface TargetInput {
  systemId: string;
  actionId?: string | null;
  params?: unknown;
  findingId?: string | null;
  /** Undo of this earlier remediation: action and parameters then come from its record, never from the browser. */
  undoOfId?: string | null;
}

export interface TargetFinding {
  id: string;
  checkId: string;
  key: string;
  title: string;
  status: string;
}

export interface ResolvedTarget {
  definition: AnyRemediationDefinition;
  purpose: PlanPurpose;
  /** Parsed parameters; null when the preview is to propose them (defaults). */
  params: Record<string, JsonValue> | null;
  finding: TargetFinding | null;
  undoOf: { id: string; findingId: string | null } | null;
}

/** Parameters through the definition's zod schema: hostile or malformed values stop here, before any plan. */
export function parseParams(definition: AnyRemediationDefinition, raw: unknown): Record<string, JsonValue> {
  const parsed = definition.params.safeParse(raw);
  if (!parsed.success) throw new AppError("invalid", `The parameters for "${definition.title}" are not valid.`, fieldErrorsOf(parsed.error));
  return parsed.data as Record<string, JsonValue>;
}

const findingSelect = { id: true, systemId: true, checkId: true, key: true, title: true, status: true } as const;

/**
 * What a preview or run is about: a catalogue action offered on a finding of the system, or the
 * undo of an earlier successful remediation on it. Everything is looked up on the server.
 */
export async function resolveTarget(db: Db, input: TargetInput, role: Role): Promise<ResolvedTarget> {
  let resolved: ResolvedTarget;
  if (input.undoOfId) {
    const original = await db.remediation.findFirst({ where: { id: input.undoOfId, systemId: input.systemId } });
    if (!original) throw new AppError("not_found", "That remediation does not exist on this system.");
    if (original.status !== "succeeded") throw new AppError("refused", "Only a remediation that succeeded can be undone.");
    if (original.undoneById) throw new AppError("refused", "That remediation has already been undone.");
    const undo = (original.plan as unknown as PlanView).undo;
    if (!undo.available) throw new AppError("refused", `That remediation cannot be undone: ${undo.reason}`);
    const definition = remediationById(undo.actionId);
    if (!definition) throw new AppError("invalid", `The undo action ${undo.actionId} is not in the catalogue.`);
    const finding = original.findingId ? await db.finding.findUnique({ where: { id: original.findingId }, select: findingSelect }) : null;
    resolved = { definition, purpose: "undo", params: parseParams(definition, undo.params), finding, undoOf: { id: original.id, findingId: original.findingId } };
  } else {
    const definition = input.actionId ? remediationById(input.actionId) : null;
    if (!definition || !definition.offered) throw new AppError("invalid", "That remediation is not offered.");
    let finding: TargetFinding | null = null;
    if (input.findingId) {
      const row = await db.finding.findUnique({ where: { id: input.findingId }, select: findingSelect });
      if (!row || row.systemId !== input.systemId) throw new AppError("not_found", "That finding does not exist on this system.");
      if (!remediationsForCheck(row.checkId).some((offered) => offered.id === definition.id)) {
        throw new AppError("invalid", `"${definition.title}" is not a fix for ${row.checkId}.`);
      }
      finding = row;
    }
    resolved = { definition, purpose: "fix", params: input.params === undefined || input.params === null ? null : parseParams(definition, input.params), finding, undoOf: null };
  }
  if (resolved.definition.extraPermission && !can(role, resolved.definition.extraPermission)) {
    throw new AppError("forbidden", "Your role does not allow this.");
  }
  return resolved;
}
