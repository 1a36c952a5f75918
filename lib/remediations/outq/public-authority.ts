import { publicPrivilegeOf } from "@/lib/checks/queue-authority";
import type { SystemState } from "../types";
import { findQueue } from "./queue-param";

/** Authorities GRTOBJAUT takes on its own; anything else is a list of individual rights ("USER DEF"). */
const NAMED = new Set(["*ALL", "*CHANGE", "*USE", "*EXCLUDE", "*AUTL"]);

export interface PublicAuthority {
  /** How IBM names it: *USE, *CHANGE, USER DEF, ... */
  name: string;
  /** What GRTOBJAUT AUT() needs to give it again: one named authority or the individual rights. */
  aut: string[];
}

/**
 * *PUBLIC's authority on a queue, preferring the detailed read (every right, so USER DEF can be
 * restored exactly) and falling back to the scan's privilege rows (named authorities only).
 */
export function publicAuthorityOf(state: SystemState, queueName: string): { authority: PublicAuthority | null; reason: string } {
  const detailed = state.extra.outqPublic;
  if (detailed.ok) {
    const row = detailed.value.find((entry) => entry.queue === queueName);
    if (row?.authority) {
      if (NAMED.has(row.authority)) return { authority: { name: row.authority, aut: [row.authority] }, reason: "" };
      if (row.rights.length > 0) return { authority: { name: row.authority, aut: row.rights }, reason: "" };
    }
  }
  const { queue } = findQueue(state, queueName);
  const privileges = state.observations.outputQueuePrivileges;
  if (queue && privileges.ok) {
    const row = publicPrivilegeOf(queue, privileges.value);
    if (row?.authority && NAMED.has(row.authority)) return { authority: { name: row.authority, aut: [row.authority] }, reason: "" };
  }
  const why = detailed.ok ? "no *PUBLIC row was visible for it" : detailed.reason;
  return { authority: null, reason: `*PUBLIC authority on ${queueName} could not be read exactly (${why}).` };
}
