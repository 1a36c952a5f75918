import { AppError, fieldErrorsOf } from "@/lib/errors";
import { InvalidValueError, type JsonValue } from "@/lib/ibmi/errors";
import type { IbmiExecutor } from "@/lib/ibmi/transport/types";
import { assessAuthority, needsOfSteps, type AuthorityAssessment } from "../authority-needs";
import { checksFixedBy } from "../catalogue";
import type { Plan, PlanContext } from "../types";
import type { EngineDeps } from "./deps";
import { loadContexts, type SystemRow } from "./plan-context";
import { planHash, toPlanView, type PlanView } from "./plan-view";
import { readState, stateStatements, type StateRead, type StateStatements } from "./read-state";
import type { ResolvedTarget } from "./target";

export interface Computed {
  statements: StateStatements;
  read: StateRead;
  context: PlanContext;
  params: Record<string, JsonValue> | null;
  paramErrors: Record<string, string[]> | null;
  plan: Plan | null;
  view: PlanView | null;
  hash: string | null;
  authority: AuthorityAssessment[];
  choices: Record<string, Array<{ value: string; label: string }>>;
  /** Checks re-run by the verify step: those the action fixes and the finding's own. */
  checkIds: string[];
}

export function verifiedCheckIds(target: ResolvedTarget): string[] {
  return [...new Set([...checksFixedBy(target.definition.id), ...(target.finding ? [target.finding.checkId] : [])])];
}

/** A plan's builders validate again; a value they refuse is an invalid parameter, never a crash. */
function planSafely(target: ResolvedTarget, computed: Pick<Computed, "read" | "context">, params: Record<string, JsonValue>): Plan {
  try {
    return target.definition.plan(computed.read.state, params, computed.context);
  } catch (error) {
    if (error instanceof InvalidValueError) throw new AppError("invalid", error.userMessage, { [error.field]: [error.userMessage] });
    throw error;
  }
}

/**
 * Reads the system (one exec) and computes the plan for the target as things are now. Used by the
 * preview and again by the run, whose hash must match the preview's.
 */
export async function computePlan(deps: EngineDeps, conn: IbmiExecutor, system: SystemRow, target: ResolvedTarget): Promise<Computed> {
  const checkIds = verifiedCheckIds(target);
  const statements = stateStatements(target.definition, checkIds);
  const [read, contexts] = await Promise.all([readState(conn, statements), loadContexts(deps.db, system, target.purpose, deps.now())]);
  const base = { statements, read, context: contexts.plan, checkIds };
  const choices = target.definition.choices?.(read.state, contexts.plan) ?? {};
  let params = target.params;
  let paramErrors: Record<string, string[]> | null = null;
  if (params === null) {
    const proposed = target.definition.defaults(target.finding, read.state, contexts.plan);
    const parsed = target.definition.params.safeParse(proposed ?? {});
    if (parsed.success) params = parsed.data as Record<string, JsonValue>;
    else {
      paramErrors = fieldErrorsOf(parsed.error);
      return { ...base, params: proposed, paramErrors, plan: null, view: null, hash: null, authority: [], choices };
    }
  }
  const plan = planSafely(target, base, params);
  const view = toPlanView(plan);
  const authority = assessAuthority(needsOfSteps(plan.steps, target.definition.extraAuthority), read.state, system.userProfile.toUpperCase());
  return { ...base, params, paramErrors, plan, view, hash: planHash(view, params), authority, choices };
}

/** Why a computed plan may not run now, in the words the dialog shows. */
export function reasonsNotToRun(system: SystemRow, computed: Computed): string[] {
  return [
    ...(system.readOnly ? [`${system.name} is read-only: plans are shown, never run. An administrator can change that in the system's safety switches.`] : []),
    ...(computed.plan?.blockers ?? []),
    ...(computed.plan && computed.plan.steps.length === 0 && computed.plan.blockers.length === 0 ? ["The plan has nothing to run."] : []),
    ...computed.authority
      .filter((assessment) => assessment.status === "missing")
      .map((assessment) => `The IBM i profile ${system.userProfile.toUpperCase()} lacks ${assessment.description}. ${assessment.detail} Grant it with: ${assessment.grantCl}`),
  ];
}
