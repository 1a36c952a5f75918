import type { ObjectPrivilege, OutputQueue } from "@/lib/checks/observation-types";

/** What an authority entry lets its holder do with an output queue's spooled files. */
export interface QueueRights {
  read: boolean;
  add: boolean;
  delete: boolean;
}

const READ_AUTHORITIES = new Set(["*ALL", "*CHANGE", "*USE"]);
const CHANGE_AUTHORITIES = new Set(["*ALL", "*CHANGE"]);

/**
 * The individual data rights of an OBJECT_PRIVILEGES row. The YES/NO columns decide when
 * present (they also cover USER DEF authorities); otherwise the authority name does.
 */
export function queueRights(privilege: ObjectPrivilege): QueueRights {
  const named = privilege.authority ?? "";
  return {
    read: privilege.dataRead ?? READ_AUTHORITIES.has(named),
    add: privilege.dataAdd ?? CHANGE_AUTHORITIES.has(named),
    delete: privilege.dataDelete ?? CHANGE_AUTHORITIES.has(named),
  };
}

export const queueLabel = (queue: { library: string; name: string }) => `${queue.library}/${queue.name}`;

export function privilegesOf(queue: OutputQueue, privileges: readonly ObjectPrivilege[]): ObjectPrivilege[] {
  return privileges.filter((p) => p.library === queue.library && p.object === queue.name);
}

export function publicPrivilegeOf(queue: OutputQueue, privileges: readonly ObjectPrivilege[]): ObjectPrivilege | null {
  return privilegesOf(queue, privileges).find((p) => p.user === "*PUBLIC") ?? null;
}

/** `LIB/NAME` patterns from policy: `*ALL` for any library, a trailing `*` for a generic name. */
export function matchesQueuePattern(pattern: string, queue: { library: string; name: string }): boolean {
  const [library, name] = pattern.toUpperCase().split("/");
  if (library === undefined || name === undefined) return false;
  if (library !== "*ALL" && library !== queue.library) return false;
  if (name === "*") return true;
  return name.endsWith("*") ? queue.name.startsWith(name.slice(0, -1)) : queue.name === name;
}
