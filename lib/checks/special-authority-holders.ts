import type { GroupMembership, Incompleteness, ProfileSpecialAuthorities, Read } from "@/lib/checks/observation-types";

/**
 * Who holds a special authority, directly or through a group or supplemental group: IBM i
 * adds a group's special authorities to each member's own, so a member of a *SPLCTL group can
 * read every spooled file although its own profile shows nothing.
 */
export interface AuthorityHolder {
  profile: string;
  /** The group it comes from; null when the profile holds it itself. */
  throughGroup: string | null;
}

export function holdersOf(
  authority: string,
  profiles: readonly ProfileSpecialAuthorities[],
  memberships: readonly GroupMembership[],
): AuthorityHolder[] {
  const holders = new Map<string, AuthorityHolder>();
  const direct = profiles.filter((profile) => profile.specialAuthorities.includes(authority));
  for (const profile of direct) holders.set(profile.name, { profile: profile.name, throughGroup: null });
  for (const group of direct) {
    for (const membership of memberships.filter((m) => m.group === group.name)) {
      if (!holders.has(membership.user)) holders.set(membership.user, { profile: membership.user, throughGroup: group.name });
    }
  }
  return [...holders.values()].sort((a, b) => a.profile.localeCompare(b.profile));
}

/** Approved lists may name groups (members approved through them) and generic names (`Q*`). */
export function isApprovedHolder(holder: AuthorityHolder, approved: readonly string[]): boolean {
  const matches = (name: string) =>
    approved.some((entry) => (entry.endsWith("*") ? name.startsWith(entry.slice(0, -1)) : name === entry));
  return matches(holder.profile) || (holder.throughGroup !== null && matches(holder.throughGroup));
}

export const describeHolder = (holder: AuthorityHolder) =>
  holder.throughGroup === null ? holder.profile : `${holder.profile} (through group ${holder.throughGroup})`;

/**
 * What the holder counts miss when the group memberships were read incompletely or not at all:
 * members who inherit an authority through a group.
 */
export function groupMembershipGap(groups: Read<GroupMembership[]>): Incompleteness | null {
  if (groups.ok) return groups.incomplete;
  return { reason: `Members who inherit authorities through a group could not be read: ${groups.failure.explanation}`, grantCl: null };
}
