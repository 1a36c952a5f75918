import type { Role } from "@/lib/auth/permissions";
import type { JsonValue } from "@/lib/ibmi/errors";
import type { AuthorityAssessment } from "../authority-needs";
import { checksFixedBy, ibmiAuthorityOf } from "../catalogue";
import type { ParamField, PlanPurpose } from "../types";
import { computePlan, reasonsNotToRun } from "./compute";
import type { EngineDeps } from "./deps";
import { loadSystem } from "./load-system";
import { reachSystem } from "./reach-system";
import type { PlanView } from "./plan-view";
import { resolveTarget, type TargetInput } from "./target";

export interface RemediationPreview {
  system: { id: string; name: string; readOnly: boolean; twoPersonRule: boolean };
  action: { id: string; title: string; description: string; fields: readonly ParamField[]; fixes: string[]; ibmiAuthority: string[] };
  purpose: PlanPurpose;
  findingId: string | null;
  undoOfId: string | null;
  /** The parameters the plan was computed with (proposed ones when none were given). */
  params: Record<string, JsonValue> | null;
  /** Why the proposed parameters are not complete yet; no plan until they are. */
  paramErrors: Record<string, string[]> | null;
  choices: Record<string, Array<{ value: string; label: string }>>;
  plan: PlanView | null;
  /** Handed back on confirm: the run refuses when the plan computed then differs. */
  stateHash: string | null;
  authority: Array<Pick<AuthorityAssessment, "description" | "status" | "detail" | "grantCl">>;
  /** The read-only statements that captured the state (one exec). */
  priorStatements: Array<{ id: string; sql: string }>;
  requiresTypedName: boolean;
  requiresApproval: boolean;
  runnable: boolean;
  notRunnableBecause: string[];
}

/**
 * Reads the system and returns the plan, changing nothing: the exact CL, what changes, the
 * impact, the prior state and how to undo it, plus the hash of all that for the confirm step.
 */
export async function previewRemediation(deps: EngineDeps, input: TargetInput, actor: { role: Role }): Promise<RemediationPreview> {
  const system = await loadSystem(deps.db, input.systemId);
  const target = await resolveTarget(deps.db, input, actor.role);
  const computed = await reachSystem(async () => computePlan(deps, await deps.connect(system.id), system, target));
  const reasons = computed.plan ? reasonsNotToRun(system, computed) : ["Fill in the parameters first."];
  const { definition } = target;
  return {
    system: { id: system.id, name: system.name, readOnly: system.readOnly, twoPersonRule: system.twoPersonRule },
    action: { id: definition.id, title: definition.title, description: definition.description, fields: definition.fields, fixes: checksFixedBy(definition.id), ibmiAuthority: ibmiAuthorityOf(definition) },
    purpose: target.purpose,
    findingId: target.finding?.id ?? null,
    undoOfId: target.undoOf?.id ?? null,
    params: computed.params,
    paramErrors: computed.paramErrors,
    choices: computed.choices,
    plan: computed.view,
    stateHash: computed.hash,
    authority: computed.authority.map(({ description, status, detail, grantCl }) => ({ description, status, detail, grantCl })),
    priorStatements: computed.read.evidence.map(({ id, sql }) => ({ id, sql })),
    requiresTypedName: computed.plan?.disruptive ?? false,
    requiresApproval: system.twoPersonRule && (computed.plan?.disruptive ?? false),
    runnable: reasons.length === 0,
    notRunnableBecause: reasons,
  };
}
