import type { OutputQueue } from "@/lib/checks/observation-types";
import type { TPolicy, TSensitiveQueue } from "@/lib/checks/policy";
import { matchesQueuePattern } from "@/lib/checks/queue-authority";

/** The policy entry that tags a queue sensitive, or null. */
export function sensitiveEntryFor(queue: OutputQueue, policy: TPolicy): TSensitiveQueue | null {
  return policy.sensitiveOutputQueues.find((entry) => matchesQueuePattern(entry.queue, queue)) ?? null;
}

export const sensitiveQueues = (queues: readonly OutputQueue[], policy: TPolicy) =>
  queues.filter((queue) => sensitiveEntryFor(queue, policy) !== null);

export const NO_SENSITIVE_QUEUES =
  "No output queue is tagged sensitive in this system's policy, so there is nothing to judge. Tag the queues that hold " +
  "payroll, HR or other confidential reports (sensitiveOutputQueues, e.g. PAYLIB/PAYROLL or *ALL/PAY*).";
