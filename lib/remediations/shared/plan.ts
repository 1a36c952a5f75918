import { z } from "zod";
import type { BuiltClCommand } from "@/lib/ibmi/cl-builder";
import type { Plan, PlannedStep, UndoPlan } from "../types";

/** A plan with every list empty unless given: most plans fill only a few fields. */
export function makePlan(fields: Partial<Plan> & Pick<Plan, "summary">): Plan {
  return {
    steps: [],
    changes: [],
    impact: [],
    disruptive: false,
    warnings: [],
    blockers: [],
    prior: { captured: {}, unknown: [] },
    undo: { available: false, reason: "There is nothing to undo: this plan changes nothing." },
    verifies: [],
    ...fields,
  };
}

export const clStep = (command: BuiltClCommand, why: string): PlannedStep => ({ kind: "cl", command, why });

export const noUndo = (reason: string): UndoPlan => ({ available: false, reason });

/** The parameters of an action that takes none (ending a server, turning autostart off): any extra key is refused. */
export const ZNoParams = z.object({}).strict();
export type NoParams = z.infer<typeof ZNoParams>;
