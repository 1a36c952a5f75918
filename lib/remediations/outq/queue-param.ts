import { z } from "zod";
import type { OutputQueue } from "@/lib/checks/observation-types";
import { queueLabel } from "@/lib/checks/queue-authority";
import type { SystemState } from "../types";

/** `LIB/NAME` of an output queue, upper case; the CL builder validates the names again. */
export const ZQueue = z
  .string()
  .trim()
  .toUpperCase()
  .regex(/^[A-Z$#@][A-Z0-9$#@_.]{0,9}\/[A-Z$#@][A-Z0-9$#@_.]{0,9}$/, "An output queue as LIBRARY/NAME, e.g. PAYLIB/PAYROLL");

export function findQueue(state: SystemState, queue: string): { queue: OutputQueue | null; reason: string } {
  const queues = state.observations.outputQueues;
  if (!queues.ok) return { queue: null, reason: `Output queues could not be read: ${queues.failure.explanation}` };
  const found = queues.value.find((q) => queueLabel(q) === queue) ?? null;
  const blind = queues.incomplete ? ` ${queues.incomplete.reason}` : "";
  return { queue: found, reason: found ? "" : `${queue} is not among the output queues the profile can see.${blind}` };
}

export const queueChoices = (state: SystemState) => {
  const queues = state.observations.outputQueues;
  return queues.ok ? queues.value.map((q) => ({ value: queueLabel(q), label: queueLabel(q) })) : [];
};
