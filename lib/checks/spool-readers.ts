import type {
  GroupMembership,
  ObjectPrivilege,
  Observations,
  OutputQueue,
  ProfileSpecialAuthorities,
} from "@/lib/checks/observation-types";
import { privilegesOf, queueRights, type QueueRights } from "@/lib/checks/queue-authority";
import { describeHolder, holdersOf } from "@/lib/checks/special-authority-holders";

/**
 * "Who can read the spooled files on this queue?", combining the rules of IBM's spool security
 * (ibmi-facts §5.1, IBM "Securing spooled files"):
 *
 * - *SPLCTL and *ALLOBJ holders read every spooled file whatever the queue says.
 * - DSPDTA(*YES): anyone with *READ on the queue.
 * - DSPDTA(*NO): with AUTCHK(*DTAAUT) anyone with *READ, *ADD and *DLT on the queue; with
 *   AUTCHK(*OWNER) only the queue's owner; and *JOBCTL holders when OPRCTL(*YES).
 * - DSPDTA(*OWNER): nobody beyond the spooled file's owner and *SPLCTL (*JOBCTL operators can
 *   still hold or delete, but not read).
 * - Object authority as IBM resolves it: the queue's owner has *ALL; a user's private authority
 *   wins (even *EXCLUDE); otherwise the union of its groups' private authorities; otherwise *PUBLIC.
 *
 * Every user can always read the spooled files they own; that is said in `notes`, not listed.
 * When a setting or an authority could not be read, the answer assumes the wider reading and
 * says so in `caveats` (a reader list must never look shorter than it is).
 */
export interface SpoolReader {
  profile: string;
  reasons: string[];
}

export interface SpoolReaderAnswer {
  queue: string;
  /** Every profile on the system can read (through *PUBLIC). */
  everyone: boolean;
  everyoneBecause: string | null;
  /** Named profiles that can read (in addition to everyone, when `everyone`). */
  readers: SpoolReader[];
  /** Profiles kept out although *PUBLIC could read: their own private authority is too low. */
  excludedFromPublic: string[];
  notes: string[];
  caveats: string[];
}

export interface SpoolReaderInput {
  queue: OutputQueue;
  privileges: readonly ObjectPrivilege[];
  /** Profiles holding special authorities (USER_INFO), and group memberships. */
  profiles: readonly ProfileSpecialAuthorities[];
  memberships: readonly GroupMembership[];
  /** Reasons the inputs above are incomplete (a partial USER_INFO or OBJECT_PRIVILEGES). */
  inputCaveats?: readonly string[];
}

export function whoCanReadSpool(input: SpoolReaderInput): SpoolReaderAnswer {
  const { queue } = input;
  const caveats = [...(input.inputCaveats ?? [])];
  let displayAnyFile = queue.displayAnyFile;
  if (displayAnyFile !== "YES" && displayAnyFile !== "NO" && displayAnyFile !== "OWNER") {
    caveats.push(`DSPDTA could not be read (${displayAnyFile ?? "empty"}); assumed *YES, the widest setting.`);
    displayAnyFile = "YES";
  }
  const authorityToCheck = queue.authorityToCheck === "OWNER" ? "OWNER" : "DTAAUT";
  if (queue.authorityToCheck !== "OWNER" && queue.authorityToCheck !== "DTAAUT") {
    caveats.push("AUTCHK could not be read; assumed *DTAAUT, the wider setting.");
  }
  const operatorControlled = queue.operatorControlled !== "NO";
  if (queue.operatorControlled !== "YES" && queue.operatorControlled !== "NO") {
    caveats.push("OPRCTL could not be read; assumed *YES, the wider setting.");
  }

  const qualifies = (rights: QueueRights): string | null => {
    if (displayAnyFile === "YES") return rights.read ? "*READ on the queue (DSPDTA *YES)" : null;
    if (displayAnyFile === "NO" && authorityToCheck === "DTAAUT") {
      return rights.read && rights.add && rights.delete ? "*READ, *ADD and *DLT on the queue (DSPDTA *NO, AUTCHK *DTAAUT)" : null;
    }
    return null;
  };

  const readers = new Map<string, string[]>();
  const addReader = (profile: string, reason: string) => readers.set(profile, [...(readers.get(profile) ?? []), reason]);

  for (const authority of ["*SPLCTL", "*ALLOBJ"]) {
    for (const holder of holdersOf(authority, input.profiles, input.memberships)) {
      addReader(holder.profile, `${authority} special authority${holder.throughGroup ? ` through group ${holder.throughGroup}` : ""}`);
    }
  }
  if (operatorControlled && displayAnyFile !== "OWNER") {
    for (const holder of holdersOf("*JOBCTL", input.profiles, input.memberships)) {
      addReader(holder.profile, `*JOBCTL on an OPRCTL(*YES) queue (${describeHolder(holder)})`);
    }
  }

  const entries = privilegesOf(queue, input.privileges);
  const owner = entries.find((entry) => entry.owner !== null)?.owner ?? null;
  if (owner !== null && displayAnyFile !== "OWNER") addReader(owner, "owns the queue");

  const privateEntries = entries.filter((entry) => entry.user !== "*PUBLIC" && entry.user !== owner && entry.authority !== "*AUTL");
  const privateByUser = new Map(privateEntries.map((entry) => [entry.user, entry]));
  // Profiles whose own (or group) authority decides instead of *PUBLIC's and does not qualify.
  const blocked = new Set<string>();
  for (const entry of privateEntries) {
    const reason = qualifies(queueRights(entry));
    if (reason === null) blocked.add(entry.user);
    else addReader(entry.user, `private authority ${entry.authority ?? "USER DEF"}: ${reason}`);
  }
  // A user without a private authority of its own gets the union of its groups' authorities.
  const groupsByMember = new Map<string, ObjectPrivilege[]>();
  for (const membership of input.memberships) {
    const groupEntry = privateByUser.get(membership.group);
    if (groupEntry === undefined || privateByUser.has(membership.user) || membership.user === owner) continue;
    groupsByMember.set(membership.user, [...(groupsByMember.get(membership.user) ?? []), groupEntry]);
  }
  for (const [member, groupEntries] of groupsByMember) {
    const rights = groupEntries.map(queueRights).reduce((all, r) => ({
      read: all.read || r.read,
      add: all.add || r.add,
      delete: all.delete || r.delete,
    }));
    const reason = qualifies(rights);
    const groups = groupEntries.map((entry) => `${entry.user} (${entry.authority ?? "USER DEF"})`).join(", ");
    if (reason === null) blocked.add(member);
    else addReader(member, `through group authority ${groups}: ${reason}`);
  }

  const publicEntry = entries.find((entry) => entry.user === "*PUBLIC") ?? null;
  let everyoneBecause: string | null = null;
  if (publicEntry === null) {
    caveats.push("The *PUBLIC authority of this queue could not be read; whether everyone can read is unknown.");
  } else if (publicEntry.authority === "*AUTL") {
    caveats.push("*PUBLIC authority comes from an authorization list, which this scan does not expand.");
  } else {
    const reason = qualifies(queueRights(publicEntry));
    if (reason !== null) everyoneBecause = `*PUBLIC has ${publicEntry.authority ?? "USER DEF"}: ${reason}`;
  }
  const excludedFromPublic = everyoneBecause === null ? [] : [...blocked].sort();

  return {
    queue: `${queue.library}/${queue.name}`,
    everyone: everyoneBecause !== null,
    everyoneBecause,
    readers: [...readers.entries()]
      .map(([profile, reasons]) => ({ profile, reasons }))
      .sort((a, b) => a.profile.localeCompare(b.profile)),
    excludedFromPublic,
    notes: ["Every user can also read the spooled files they own, whatever the queue settings."],
    caveats,
  };
}

/**
 * The reader answer for one visible queue straight from a scan's observations (what the spool
 * panel shows), or null when the queue is not in the inventory. Incomplete inputs become caveats.
 */
export function spoolReadersFromObservations(observations: Observations, queue: { library: string; name: string }): SpoolReaderAnswer | null {
  const queues = observations.outputQueues;
  const found = queues.ok ? queues.value.find((q) => q.library === queue.library && q.name === queue.name) : undefined;
  if (found === undefined) return null;
  const { outputQueuePrivileges: privileges, specialAuthorityHolders: profiles, groupMemberships: groups } = observations;
  const caveats = [privileges, profiles, groups].flatMap((read) => {
    if (!read.ok) return [read.failure.explanation];
    return read.incomplete ? [read.incomplete.reason] : [];
  });
  return whoCanReadSpool({
    queue: found,
    privileges: privileges.ok ? privileges.value : [],
    profiles: profiles.ok ? profiles.value : [],
    memberships: groups.ok ? groups.value : [],
    inputCaveats: caveats,
  });
}
