/**
 * IBM i authority checking, reduced to what the simulated commands and SQL services need:
 * special authorities (own and inherited from group profiles), object authority (*ALLOBJ, owner,
 * private, group, *PUBLIC, in that order) and function usage.
 */
import {
  RIGHTS,
  type TAuthority,
  type TObjectAuthorities,
  type TOutputQueue,
  type TRight,
  type TSpecialAuthority,
  type TSystemState,
  type TUserProfile,
} from "./schema";

/** The signed-on profile as authority checks see it: its groups and effective special authorities. */
export interface Principal {
  readonly name: string;
  readonly groups: readonly string[];
  readonly specialAuthorities: ReadonlySet<TSpecialAuthority>;
}

export function findUser(state: TSystemState, name: string): TUserProfile | undefined {
  const wanted = name.toUpperCase();
  return state.users.find((user) => user.name === wanted);
}

/** A group profile is one that some other profile names as group or supplemental group. */
export function isGroupProfile(state: TSystemState, name: string): boolean {
  return state.users.some((user) => user.groupProfile === name || user.supplementalGroups.includes(name));
}

/**
 * Resolves a profile for authority checks. Special authorities of the group and supplemental
 * groups count as the user's own, which is how *SPLCTL "spreads through a group profile".
 * `withoutSpecialAuthority` is the simulator's "missing special authority" fault.
 */
export function resolvePrincipal(
  state: TSystemState,
  name: string,
  options: { withoutSpecialAuthority?: TSpecialAuthority | null } = {},
): Principal {
  const user = findUser(state, name);
  const groups = user ? [user.groupProfile, ...user.supplementalGroups].filter((g): g is string => g !== null) : [];
  const specialAuthorities = new Set<TSpecialAuthority>(user?.specialAuthorities ?? []);
  for (const group of groups) {
    for (const authority of findUser(state, group)?.specialAuthorities ?? []) specialAuthorities.add(authority);
  }
  if (options.withoutSpecialAuthority) specialAuthorities.delete(options.withoutSpecialAuthority);
  return { name: name.toUpperCase(), groups, specialAuthorities };
}

const NAMED_RIGHTS: Record<Exclude<TAuthority, TRight[]>, readonly TRight[]> = {
  "*ALL": RIGHTS,
  "*CHANGE": ["*OBJOPR", "*READ", "*ADD", "*UPD", "*DLT", "*EXECUTE"],
  "*USE": ["*OBJOPR", "*READ", "*EXECUTE"],
  "*EXCLUDE": [],
};

export function rightsOf(authority: TAuthority): Set<TRight> {
  return new Set(typeof authority === "string" ? NAMED_RIGHTS[authority] : authority);
}

/** The name DSPOBJAUT and OBJECT_PRIVILEGES show for a set of rights. */
export function authorityName(rights: ReadonlySet<TRight>): string {
  for (const [name, named] of Object.entries(NAMED_RIGHTS)) {
    if (named.length === rights.size && named.every((right) => rights.has(right))) return name;
  }
  return "USER DEF";
}

/** Stores a set of rights the way a person would write it: a name when one fits. */
export function toAuthority(rights: ReadonlySet<TRight>): TAuthority {
  const name = authorityName(rights);
  return name === "USER DEF" ? RIGHTS.filter((right) => rights.has(right)) : (name as TAuthority);
}

/**
 * Effective rights of a principal to an object. Simplified from IBM's flow chart: *ALLOBJ,
 * then ownership, then the user's private authority (which wins even when it is *EXCLUDE), then
 * the union of its groups' authorities, then *PUBLIC. Adopted authority and authorization lists
 * are not modelled.
 */
export function effectiveRights(principal: Principal, object: TObjectAuthorities): Set<TRight> {
  if (principal.specialAuthorities.has("*ALLOBJ") || object.owner === principal.name) return new Set(RIGHTS);
  const own = object.private[principal.name];
  if (own !== undefined) return rightsOf(own);
  let fromGroups: Set<TRight> | null = null;
  for (const group of principal.groups) {
    const groupRights = object.owner === group ? new Set<TRight>(RIGHTS) : object.private[group] ? rightsOf(object.private[group]) : null;
    if (groupRights) fromGroups = new Set([...(fromGroups ?? []), ...groupRights]);
  }
  return fromGroups ?? rightsOf(object.public);
}

/** A library the scenario does not describe is shipped-style: owned by QSYS, *PUBLIC *USE. */
const LIBRARY_DEFAULT: TObjectAuthorities = { owner: "QSYS", public: "*USE", private: {} };

export function libraryAuthority(state: TSystemState, library: string): TObjectAuthorities {
  return state.libraries.find((entry) => entry.name === library)?.authority ?? LIBRARY_DEFAULT;
}

/**
 * Output queue authority as IBM's output queue command table has it [C]: *EXECUTE on the library,
 * then *SPLCTL (or *ALLOBJ), or *JOBCTL on an OPRCTL(*YES) queue; otherwise what `onQueue` says
 * (*READ to see the queue, AUTCHK's rule to change it).
 */
export function outputQueueAllows(state: TSystemState, principal: Principal, queue: TOutputQueue, onQueue: () => boolean): boolean {
  if (!hasRights(principal, libraryAuthority(state, queue.library), ["*EXECUTE"])) return false;
  const special = principal.specialAuthorities;
  if (special.has("*SPLCTL") || special.has("*ALLOBJ")) return true;
  if (special.has("*JOBCTL") && queue.operatorControlled === "*YES") return true;
  return onQueue();
}

export function hasRights(principal: Principal, object: TObjectAuthorities, needed: readonly TRight[]): boolean {
  const rights = effectiveRights(principal, object);
  return needed.every((right) => rights.has(right));
}

/**
 * Function usage (CHGFCNUSG), in the order IBM documents for QSYCKUFU: *ALLOBJ when the function
 * honours it (QIBM_IOSYSCFG_VIEW does not), the user's own entry, its groups (allowed wins), the
 * default. The principal's special authorities include its groups', which covers IBM's per-group
 * *ALLOBJ step too, except that a user's own *DENIED entry must still beat a group's *ALLOBJ.
 */
export function isFunctionAllowed(state: TSystemState, principal: Principal, functionId: string): boolean {
  const fn = state.functionUsage.find((entry) => entry.functionId === functionId);
  if (!fn) return false;
  const allObjHonoured = fn.allObjAuthority === "*USED";
  const ownAllObj = principal.specialAuthorities.has("*ALLOBJ") && findUser(state, principal.name)?.specialAuthorities.includes("*ALLOBJ");
  if (allObjHonoured && ownAllObj) return true;
  const own = fn.users[principal.name];
  if (own) return own === "*ALLOWED";
  if (allObjHonoured && principal.specialAuthorities.has("*ALLOBJ")) return true;
  const groupUsages = principal.groups.map((group) => fn.users[group]).filter(Boolean);
  if (groupUsages.length > 0) return groupUsages.includes("*ALLOWED");
  return fn.defaultUsage === "*ALLOWED";
}
