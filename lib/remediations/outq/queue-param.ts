import type { OutputQueue } from "@/lib/checks/observation-types";
import { queueLabel } from "@/lib/checks/queue-authority";
import { qualifiedObjectName } from "@/lib/ibmi/values";
import { zValidated } from "@/lib/ibmi/zod-validated";
import type { SystemState } from "../types";

/** `LIB/NAME` of an output queue, upper case, by the CL builder's own rule. */
export const ZQueue = zValidated(qualifiedObjectName, "An output queue as LIBRARY/NAME, e.g. PAYLIB/PAYROLL");

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
