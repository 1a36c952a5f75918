/**
 * Profile services: USER_INFO, GROUP_PROFILE_ENTRIES, FUNCTION_USAGE and FUNCTION_INFO, each
 * showing only what IBM shows the caller (facts §5.3, §7).
 */
import type { RowOf } from "@/simulator/sql/catalog";
import { hasRights, isGroupProfile } from "../authority";
import type { TUserProfile } from "../schema";
import { systemTimestamp, yesNo, type DeriveContext } from "./derive-context";

/**
 * A profile is returned if the caller has *OBJOPR and *READ to it (*ALLOBJ has both). A profile
 * always sees itself [U: IBM's page does not say; a sign-on profile reading its own row is the
 * common case and works on real systems as far as public examples show].
 */
function canSeeProfile(context: DeriveContext, user: TUserProfile): boolean {
  return user.name === context.caller.name || hasRights(context.caller, user.authority, ["*OBJOPR", "*READ"]);
}

/** Fixed-width list: each entry padded to `width`, separated by `separator`, trailing blanks cut. */
function paddedList(entries: readonly string[], width: number, separator: string): string {
  return entries.map((entry) => entry.padEnd(width)).join(separator).trimEnd();
}

export function visibleProfiles(context: DeriveContext): TUserProfile[] {
  return context.state.users.filter((user) => canSeeProfile(context, user));
}

export function userInfoRows(context: DeriveContext): RowOf<"QSYS2.USER_INFO">[] {
  const caller = context.caller.specialAuthorities;
  // USER_DEFAULT_PASSWORD is filled only for callers with *ALLOBJ and *SECADM [C].
  const seesDefaultPassword = caller.has("*ALLOBJ") && caller.has("*SECADM");
  return visibleProfiles(context).map((user) => ({
    AUTHORIZATION_NAME: user.name,
    PREVIOUS_SIGNON: systemTimestamp(context, user.previousSignon),
    SIGN_ON_ATTEMPTS_NOT_VALID: user.signOnAttemptsNotValid,
    STATUS: user.status,
    NETSERVER_DISABLED: "NO",
    PASSWORD_CHANGE_DATE: systemTimestamp(context, user.createdAt),
    NO_PASSWORD_INDICATOR: yesNo(user.password === null),
    PASSWORD_EXPIRATION_INTERVAL: 0,
    DATE_PASSWORD_EXPIRES: null,
    DAYS_UNTIL_PASSWORD_EXPIRES: null,
    SET_PASSWORD_TO_EXPIRE: "NO",
    USER_CLASS_NAME: user.userClass,
    SPECIAL_AUTHORITIES: user.specialAuthorities.length > 0 ? paddedList(user.specialAuthorities, 10, " ") : "*NONE",
    GROUP_PROFILE_NAME: user.groupProfile ?? "*NONE",
    SUPPLEMENTAL_GROUP_COUNT: user.supplementalGroups.length,
    SUPPLEMENTAL_GROUP_LIST: user.supplementalGroups.length > 0 ? paddedList(user.supplementalGroups, 10, "") : null,
    OWNER: user.authority.owner,
    GROUP_AUTHORITY: "*NONE",
    LIMIT_CAPABILITIES: user.limitCapabilities,
    TEXT_DESCRIPTION: user.text || null,
    // -2 stands for *SYSVAL, as in the QSYRUSRI API.
    CHARACTER_CODE_SET_ID: user.ccsid === "*SYSVAL" ? -2 : user.ccsid,
    INITIAL_PROGRAM_NAME: "*NONE",
    INITIAL_PROGRAM_LIBRARY_NAME: null,
    INITIAL_MENU_NAME: isGroupProfile(context.state, user.name) ? "*SIGNOFF" : "MAIN",
    INITIAL_MENU_LIBRARY_NAME: isGroupProfile(context.state, user.name) ? null : "*LIBL",
    USER_CREATOR: "QSECOFR",
    USER_DEFAULT_PASSWORD: seesDefaultPassword
      ? yesNo(user.password !== null && user.password.toUpperCase() === user.name)
      : null,
    LAST_USED_TIMESTAMP: systemTimestamp(context, user.previousSignon),
    CREATION_TIMESTAMP: systemTimestamp(context, user.createdAt),
    PASE_SHELL_PATH: null,
  }));
}

export function groupProfileRows(context: DeriveContext): RowOf<"QSYS2.GROUP_PROFILE_ENTRIES">[] {
  return visibleProfiles(context).flatMap((user) =>
    [user.groupProfile, ...user.supplementalGroups]
      .filter((group): group is string => group !== null)
      .map((group) => ({ GROUP_PROFILE_NAME: group, USER_PROFILE_NAME: user.name, USER_TEXT: user.text || null })),
  );
}

/** Every explicit usage entry for *SECADM callers; otherwise the caller's own and its groups' [U]. */
export function functionUsageRows(context: DeriveContext): RowOf<"QSYS2.FUNCTION_USAGE">[] {
  const own = new Set([context.caller.name, ...context.caller.groups]);
  const seesAll = context.caller.specialAuthorities.has("*SECADM");
  return context.state.functionUsage.flatMap((fn) =>
    Object.entries(fn.users)
      .filter(([user]) => seesAll || own.has(user))
      .map(([user, usage]) => ({
        FUNCTION_ID: fn.functionId,
        USER_NAME: user,
        USAGE: usage.slice(1),
        USER_TYPE: isGroupProfile(context.state, user) ? "GROUP" : "USER",
      })),
  );
}

export function functionInfoRows(context: DeriveContext): RowOf<"QSYS2.FUNCTION_INFO">[] {
  return context.state.functionUsage.map((fn) => ({
    FUNCTION_ID: fn.functionId,
    FUNCTION_NAME: fn.name || fn.functionId,
    FUNCTION_CATEGORY: "2",
    FUNCTION_PRODUCT_ID: "5770SS1",
    DEFAULT_USAGE: fn.defaultUsage.slice(1),
    ALLOBJ_AUTHORITY: fn.allObjAuthority.slice(1),
  }));
}
