import { createHash } from "node:crypto";
import type { JsonValue } from "@/lib/ibmi/errors";
import type { Plan } from "../types";

/** A plan as stored and shown: JSON only, each step as the exact text that runs. */
export type PlanView = Omit<Plan, "steps"> & {
  steps: Array<{ kind: "cl"; text: string; why: string } | { kind: "dashboard"; text: string; why: string }>;
};

export function toPlanView(plan: Plan): PlanView {
  return {
    summary: plan.summary,
    steps: plan.steps.map((step) => (step.kind === "cl" ? { kind: "cl", text: step.command.text, why: step.why } : { kind: "dashboard", text: step.description, why: step.why })),
    changes: plan.changes,
    impact: plan.impact,
    disruptive: plan.disruptive,
    warnings: plan.warnings,
    blockers: plan.blockers,
    prior: plan.prior,
    undo: plan.undo,
    verifies: plan.verifies,
  };
}

/** JSON with object keys sorted, so equal plans hash equally whatever order their fields were built in. */
function stableJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${stableJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/**
 * The hash a preview hands out and a run compares: of everything the officer was shown (the
 * exact commands, changes, impact, prior values, undo), which is a pure function of the state
 * read and the parameters. A state change that alters none of it does not refuse the run; one
 * that alters any of it does.
 */
export function planHash(view: PlanView, params: Record<string, JsonValue>): string {
  return createHash("sha256").update(stableJson({ view, params })).digest("hex");
}
