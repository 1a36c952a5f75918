import { chgusrprfCcsid } from "./commands/profiles";
import type { Db2Row, Db2Value } from "./db2-output";
import { runSql, type SqlStatementOutcome } from "./run-sql";
import { sqlString, sqlStringList } from "./sql-text";
import type { IbmiExecutor } from "./transport/types";
import { functionId, sqlIdentifier, userProfileName } from "./values";

/**
 * What the dashboard can do on a system, read once per connection in ONE exec (one QZDFMDB2
 * batch): release, which IBM i services exist, the profile's special authorities (own and through
 * its group profiles), relevant function usage, and the CCSID. The result is plain JSON so it can
 * be stored on the system's row. Anything that could not be read is listed in `unreadable`, never
 * guessed.
 */

/** Services the checks use; `hasService` answers for these. */
export const PROBED_SERVICES = [
  "ACTIVE_JOB_INFO",
  "EXIT_POINT_INFO",
  "EXIT_PROGRAM_INFO",
  "FUNCTION_USAGE",
  "GROUP_PROFILE_ENTRIES",
  "HTTP_SERVER_INFO",
  "JOBLOG_INFO",
  "NETSTAT_INFO",
  "NETSTAT_JOB_INFO",
  "NETWORK_ATTRIBUTE_INFO",
  "OBJECT_PRIVILEGES",
  "OUTPUT_QUEUE_INFO",
  "QCMDEXC",
  "SCHEDULED_JOB_INFO",
  "SPECIAL_AUTHORITY_DATA_MART",
  "SYSTEM_VALUE_INFO",
  "TELNET_SERVER_ATTRIBUTES",
  "USER_INFO",
  "USER_INFO_BASIC",
] as const;

/** Function usage IDs that change what the profile may read (QIBM_IOSYSCFG_VIEW exists from 7.6). */
export const PROBED_FUNCTIONS = ["QIBM_IOSYSCFG_VIEW", "QIBM_DB_SECADM", "QIBM_DB_SQLADM"] as const;

export type FunctionUsage = "ALLOWED" | "DENIED" | "NOT_DEFINED" | "UNKNOWN";

export interface ProbeResult {
  userProfile: string;
  /** From SYSIBMADM.ENV_SYS_INFO, e.g. `{ version: 7, release: 5, text: "7.5" }`. */
  release: { version: number; release: number; text: string } | null;
  /** Available services as `SCHEMA.NAME`, out of PROBED_SERVICES. */
  services: string[];
  specialAuthorities: {
    own: string[];
    /** Per group profile (group and supplemental groups) whose authorities could be read. */
    groups: Record<string, string[]>;
    /** Own plus every readable group's, which is what IBM i checks. */
    effective: string[];
  };
  groupProfiles: string[];
  /** Effective usage per PROBED_FUNCTIONS id. */
  functionUsage: Record<string, FunctionUsage>;
  ccsid: {
    /** The profile's CCSID; null when it is *SYSVAL or unreadable. */
    user: number | null;
    /** QCCSID. */
    system: number | null;
    effective: number | null;
    /** Set when the effective CCSID is 65535: text data would arrive garbled. */
    problem: { message: string; cure: string } | null;
  };
  unreadable: Array<{ item: string; sqlstate: string | null; message: string }>;
}

/**
 * Reads the probe in one exec. `userProfile` is the profile the dashboard signs on with.
 *
 * @throws the transport's and runSql's errors when the batch as a whole fails (no connection,
 *   noisy shell profile, SSH daemon fault); failures of single statements end up in `unreadable`.
 */
export async function probeSystem(conn: IbmiExecutor, userProfile: string): Promise<ProbeResult> {
  const profile = userProfileName(userProfile, "user profile");
  const user = sqlString(profile);
  const services = sqlStringList(PROBED_SERVICES.map((name) => sqlIdentifier(name, "service")));
  const functions = sqlStringList(PROBED_FUNCTIONS.map((id) => functionId(id, "function ID")));
  const groupsOfUser = `SELECT GROUP_PROFILE_NAME FROM QSYS2.GROUP_PROFILE_ENTRIES WHERE USER_PROFILE_NAME = ${user}`;

  const statements = {
    release: "SELECT OS_VERSION, OS_RELEASE FROM SYSIBMADM.ENV_SYS_INFO",
    services:
      "SELECT DISTINCT SERVICE_SCHEMA_NAME, SERVICE_NAME FROM QSYS2.SERVICES_INFO " +
      `WHERE SERVICE_SCHEMA_NAME IN ('QSYS2', 'SYSTOOLS', 'SYSIBMADM') AND SERVICE_NAME IN (${services})`,
    ownAuthorities:
      "SELECT SPECIAL_AUTHORITIES, GROUP_PROFILE_NAME, SUPPLEMENTAL_GROUP_LIST FROM QSYS2.USER_INFO " +
      `WHERE AUTHORIZATION_NAME = ${user}`,
    groupAuthorities:
      "SELECT AUTHORIZATION_NAME, SPECIAL_AUTHORITIES FROM QSYS2.USER_INFO " + `WHERE AUTHORIZATION_NAME IN (${groupsOfUser})`,
    functionUsage:
      "SELECT FUNCTION_ID, USER_NAME, USAGE FROM QSYS2.FUNCTION_USAGE " +
      `WHERE FUNCTION_ID IN (${functions}) AND (USER_NAME = ${user} OR USER_NAME IN (${groupsOfUser}))`,
    functionDefaults: `SELECT FUNCTION_ID, DEFAULT_USAGE, ALLOBJ_AUTHORITY FROM QSYS2.FUNCTION_INFO WHERE FUNCTION_ID IN (${functions})`,
    // Its own statement: a release without this column must not cost the authority data above.
    userCcsid: `SELECT CHARACTER_CODE_SET_ID FROM QSYS2.USER_INFO WHERE AUTHORIZATION_NAME = ${user}`,
    systemCcsid: "SELECT CURRENT_NUMERIC_VALUE FROM QSYS2.SYSTEM_VALUE_INFO WHERE SYSTEM_VALUE_NAME = 'QCCSID'",
  };
  const keys = Object.keys(statements) as Array<keyof typeof statements>;
  const outcomes = await runSql(conn, keys.map((key) => statements[key]));
  const unreadable: ProbeResult["unreadable"] = [];
  const rowsOf = (key: keyof typeof statements, item: string): Db2Row[] | null => {
    const outcome: SqlStatementOutcome = outcomes[keys.indexOf(key)];
    if (outcome.kind === "rows") return outcome.rows;
    unreadable.push({
      item,
      sqlstate: outcome.kind === "error" ? outcome.sqlstate : null,
      message: outcome.kind === "error" ? outcome.message : outcome.kind === "not-run" ? "not run" : "no result table",
    });
    return null;
  };

  const release = readRelease(rowsOf("release", "release (SYSIBMADM.ENV_SYS_INFO)"));
  const serviceRows = rowsOf("services", "available services (QSYS2.SERVICES_INFO)");
  const availableServices = (serviceRows ?? []).map((row) => `${text(row.SERVICE_SCHEMA_NAME)}.${text(row.SERVICE_NAME)}`).sort();

  const ownRows = rowsOf("ownAuthorities", `special authorities of ${profile} (QSYS2.USER_INFO)`);
  const own = ownRows?.[0];
  if (ownRows && !own) unreadable.push({ item: `special authorities of ${profile}`, sqlstate: null, message: "QSYS2.USER_INFO returned no row for the profile" });
  const ownAuthorities = own ? authorityList(own.SPECIAL_AUTHORITIES) : [];
  const groupProfiles = own ? groupList(own.GROUP_PROFILE_NAME, own.SUPPLEMENTAL_GROUP_LIST) : [];

  const groups: Record<string, string[]> = {};
  const groupRows = groupProfiles.length > 0 ? rowsOf("groupAuthorities", "special authorities of the group profiles") : [];
  for (const row of groupRows ?? []) groups[text(row.AUTHORIZATION_NAME)] = authorityList(row.SPECIAL_AUTHORITIES);
  if (groupRows) {
    for (const group of groupProfiles.filter((name) => !(name in groups))) {
      unreadable.push({ item: `special authorities of group profile ${group}`, sqlstate: null, message: "not visible to the profile (needs *READ on it)" });
    }
  }
  const effective = [...new Set([...ownAuthorities, ...Object.values(groups).flat()])].sort();

  const functionUsage = readFunctionUsage(
    profile,
    { own: ownAuthorities, groups },
    rowsOf("functionUsage", "function usage (QSYS2.FUNCTION_USAGE)"),
    rowsOf("functionDefaults", "function defaults (QSYS2.FUNCTION_INFO)"),
  );

  return {
    userProfile: profile,
    release,
    services: availableServices,
    specialAuthorities: { own: ownAuthorities, groups, effective },
    groupProfiles,
    functionUsage,
    ccsid: readCcsid(
      profile,
      rowsOf("userCcsid", `CCSID of ${profile} (QSYS2.USER_INFO)`),
      rowsOf("systemCcsid", "system CCSID (QCCSID)"),
    ),
    unreadable,
  };
}

/** Whether the profile holds a special authority, directly or through a group (`*IOSYSCFG`). */
export function hasSpecialAuthority(probe: ProbeResult, authority: string): boolean {
  return probe.specialAuthorities.effective.includes(authority);
}

/** Whether a service exists on the system (`QSYS2.NETSTAT_JOB_INFO`). */
export function hasService(probe: ProbeResult, qualifiedName: string): boolean {
  return probe.services.includes(qualifiedName);
}

/** Whether the profile is allowed a function usage ID. */
export function hasFunctionUsage(probe: ProbeResult, id: string): boolean {
  return probe.functionUsage[id] === "ALLOWED";
}

function text(value: Db2Value | undefined): string {
  return value === null || value === undefined ? "" : String(value).trim();
}

function integer(value: Db2Value | undefined): number | null {
  const number = typeof value === "number" ? value : Number(text(value));
  return text(value) !== "" && Number.isInteger(number) ? number : null;
}

function readRelease(rows: Db2Row[] | null): ProbeResult["release"] {
  const row = rows?.[0];
  const version = integer(row?.OS_VERSION);
  const release = integer(row?.OS_RELEASE);
  return version === null || release === null ? null : { version, release, text: `${version}.${release}` };
}

/** SPECIAL_AUTHORITIES is a blank-separated list (`*ALLOBJ    *IOSYSCFG`); `*NONE` means none. */
function authorityList(value: Db2Value | undefined): string[] {
  return text(value)
    .split(/\s+/)
    .filter((token) => token.startsWith("*") && token !== "*NONE")
    .sort();
}

function groupList(groupProfile: Db2Value | undefined, supplemental: Db2Value | undefined): string[] {
  const names = [text(groupProfile), ...text(supplemental).split(/\s+/)];
  return [...new Set(names.filter((name) => name !== "" && name !== "*NONE"))];
}

/** Strips a leading `*` so that `*ALLOWED` and `ALLOWED` compare equal ([U] exact value strings). */
function usageValue(value: Db2Value | undefined): string {
  return text(value).replace(/^\*/, "").toUpperCase();
}

/**
 * Effective usage, in the order IBM documents for the Check User Function Usage API (QSYCKUFU):
 * *ALLOBJ on the profile when the function honours it (ALLOBJ_AUTHORITY *USED); the profile's own
 * entry; then its groups, each allowed by *ALLOBJ (when honoured) or its own entry (allowed
 * wins over denied); the function's default.
 */
function readFunctionUsage(
  profile: string,
  authorities: { own: string[]; groups: Record<string, string[]> },
  usageRows: Db2Row[] | null,
  defaultRows: Db2Row[] | null,
): Record<string, FunctionUsage> {
  const result: Record<string, FunctionUsage> = {};
  for (const id of PROBED_FUNCTIONS) {
    if (!usageRows || !defaultRows) {
      result[id] = "UNKNOWN";
      continue;
    }
    const definition = defaultRows.find((row) => text(row.FUNCTION_ID) === id);
    if (!definition) {
      result[id] = "NOT_DEFINED";
      continue;
    }
    const allObjHonoured = usageValue(definition.ALLOBJ_AUTHORITY) === "USED";
    const entries = usageRows.filter((row) => text(row.FUNCTION_ID) === id);
    const own = entries.find((row) => text(row.USER_NAME) === profile);
    const groupUsages = entries.filter((row) => text(row.USER_NAME) !== profile).map((row) => usageValue(row.USAGE));
    const groupHasAllObj = Object.values(authorities.groups).some((held) => held.includes("*ALLOBJ"));
    if (allObjHonoured && authorities.own.includes("*ALLOBJ")) result[id] = "ALLOWED";
    else if (own) result[id] = usageValue(own.USAGE) === "ALLOWED" ? "ALLOWED" : "DENIED";
    else if ((allObjHonoured && groupHasAllObj) || groupUsages.includes("ALLOWED")) result[id] = "ALLOWED";
    else if (groupUsages.includes("DENIED")) result[id] = "DENIED";
    else result[id] = usageValue(definition.DEFAULT_USAGE) === "ALLOWED" ? "ALLOWED" : "DENIED";
  }
  return result;
}

/** A profile CCSID of -2 (or `*SYSVAL`) means the system's QCCSID applies. */
function readCcsid(profile: string, userRows: Db2Row[] | null, systemRows: Db2Row[] | null): ProbeResult["ccsid"] {
  const userValue = userRows?.[0]?.CHARACTER_CODE_SET_ID;
  const usesSystemValue = userValue === -2 || text(userValue) === "*SYSVAL";
  const user = usesSystemValue ? null : integer(userValue);
  const system = integer(systemRows?.[0]?.CURRENT_NUMERIC_VALUE);
  const effective = usesSystemValue ? system : user;
  return {
    user,
    system,
    effective,
    problem:
      effective === 65535
        ? {
            message:
              `The profile ${profile} runs with CCSID 65535 (*HEX), so text arrives unconverted and shows as ` +
              "replacement characters. Give the profile a real CCSID: 37, or the national CCSID of the system.",
            cure: chgusrprfCcsid({ usrprf: profile, ccsid: 37 }).text,
          }
        : null,
  };
}
