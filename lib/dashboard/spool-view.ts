import type { Observations } from "@/lib/checks/observation-types";
import type { TPolicy } from "@/lib/checks/policy";
import { publicPrivilegeOf, privilegesOf } from "@/lib/checks/queue-authority";
import { isApprovedHolder, holdersOf } from "@/lib/checks/special-authority-holders";
import { sensitiveEntryFor } from "@/lib/checks/spool/sensitive-queues";
import { spoolReadersFromObservations, type SpoolReaderAnswer } from "@/lib/checks/spool-readers";

/** One output queue as the spooled-files panel lists it, with the effective "who can read its spool". */
export interface SpoolQueueRow {
  library: string;
  name: string;
  files: number | null;
  displayAnyFile: string | null;
  operatorControlled: string | null;
  authorityToCheck: string | null;
  publicAuthority: string | null;
  owner: string | null;
  /** *PUBLIC authority on the queue's library (a readable library lets anyone find the queue). */
  libraryPublic: string | null;
  sensitive: { intendedReaders: string[] } | null;
  readers: SpoolReaderAnswer | null;
}

export interface SpecialAuthorityHolderRow {
  profile: string;
  throughGroup: string | null;
  status: string | null;
  approved: boolean;
}

/** Sensitive queues first, then the ones everybody can read, then by name. */
export function spoolQueueRows(observations: Observations, policy: TPolicy | null): SpoolQueueRow[] {
  if (!observations.outputQueues.ok) return [];
  const privileges = observations.outputQueuePrivileges.ok ? observations.outputQueuePrivileges.value : [];
  const libraries = observations.libraryPublicAuthorities.ok ? observations.libraryPublicAuthorities.value : [];
  const rows = observations.outputQueues.value.map((queue): SpoolQueueRow => {
    const sensitive = policy ? sensitiveEntryFor(queue, policy) : null;
    return {
      library: queue.library,
      name: queue.name,
      files: queue.files,
      displayAnyFile: queue.displayAnyFile,
      operatorControlled: queue.operatorControlled,
      authorityToCheck: queue.authorityToCheck,
      publicAuthority: publicPrivilegeOf(queue, privileges)?.authority ?? null,
      owner: privilegesOf(queue, privileges).find((entry) => entry.owner !== null)?.owner ?? null,
      libraryPublic: libraries.find((library) => library.library === queue.library)?.authority ?? null,
      sensitive: sensitive ? { intendedReaders: sensitive.intendedReaders } : null,
      readers: spoolReadersFromObservations(observations, queue),
    };
  });
  const rank = (row: SpoolQueueRow) => (row.sensitive ? 0 : row.readers?.everyone ? 1 : 2);
  return rows.sort((a, b) => rank(a) - rank(b) || `${a.library}/${a.name}`.localeCompare(`${b.library}/${b.name}`));
}

/** Holders of a special authority, directly or through a group, each marked approved or not by the policy. */
export function specialAuthorityHolderRows(observations: Observations, authority: "*SPLCTL" | "*JOBCTL" | "*ALLOBJ", policy: TPolicy | null): SpecialAuthorityHolderRow[] {
  if (!observations.specialAuthorityHolders.ok) return [];
  const profiles = observations.specialAuthorityHolders.value;
  const memberships = observations.groupMemberships.ok ? observations.groupMemberships.value : [];
  const approved = policy?.approvedHolders[authority] ?? [];
  return holdersOf(authority, profiles, memberships).map((holder) => ({
    profile: holder.profile,
    throughGroup: holder.throughGroup,
    status: profiles.find((profile) => profile.name === holder.profile)?.status ?? null,
    approved: isApprovedHolder(holder, approved),
  }));
}
