/**
 * The one pure function between the state model and SQL: state + signed-on profile + moment →
 * every row the IBM i services would return to that profile, which services exist on the
 * release, and which ones refuse the profile.
 */
import { CATALOG, OBJECT_KEYS, type ObjectKey } from "@/simulator/sql/catalog";
import type { SqlRow, SystemSqlSnapshot } from "@/simulator/sql/types";
import { isFunctionAllowed, resolvePrincipal, type Principal } from "../authority";
import { liveConnections, type LiveConnection } from "../connections";
import { activeJobs } from "../jobs";
import type { TSpecialAuthority, TSystemState } from "../schema";
import type { DeriveContext } from "./derive-context";
import { activeJobRows } from "./job-rows";
import { netstatRows } from "./netstat-rows";
import { objectPrivilegeRows, outputQueueRows } from "./object-rows";
import { functionInfoRows, functionUsageRows, groupProfileRows, userInfoRows } from "./profile-rows";
import { scheduledJobRows } from "./schedule-rows";
import {
  autostartRows,
  exitPointRows,
  exitProgramRows,
  httpServerRows,
  smtpListMembers,
  telnetAttributeRows,
} from "./server-rows";
import { envSysInfoRows, servicesInfoRows, systemValueRows } from "./system-rows";

export type DerivedSnapshot = SystemSqlSnapshot;

export interface SnapshotOptions {
  readonly now: Date;
  /** The signed-on profile whose authority decides what is visible. */
  readonly user: string;
  /** SSH sessions the simulator is serving right now (they show as port-22 connections). */
  readonly sessions?: readonly LiveConnection[];
  /** "Missing special authority" fault. */
  readonly withoutSpecialAuthority?: TSpecialAuthority | null;
  /** "Missing service" fault: catalog keys to hide on top of the state's own list. */
  readonly missingServices?: readonly string[];
}

const releaseNumber = (release: string) => Number(release.replace(".", ""));

export function availableServices(state: TSystemState, missing: readonly string[] = []): ObjectKey[] {
  const hidden = new Set([...state.unavailableServices, ...missing]);
  return OBJECT_KEYS.filter((key) => releaseNumber(CATALOG[key].since) <= releaseNumber(state.release) && !hidden.has(key));
}

/**
 * 7.6 services that need *IOSYSCFG or function usage QIBM_IOSYSCFG_VIEW, which *ALLOBJ does not
 * imply [C]. NETSTAT_INFO itself is left open [U: facts §10 question 10].
 */
const IOSYSCFG_VIEW_SERVICES: readonly ObjectKey[] = ["QSYS2.NETSTAT_JOB_INFO", "QSYS2.TELNET_SERVER_ATTRIBUTES"];

function deniedServices(state: TSystemState, caller: Principal): DerivedSnapshot["denied"] {
  if (state.release !== "7.6") return {};
  if (caller.specialAuthorities.has("*IOSYSCFG") || isFunctionAllowed(state, caller, "QIBM_IOSYSCFG_VIEW")) return {};
  // How a 7.6 service reports the failure is [U]; SQL0551's shape is the plausible one.
  return Object.fromEntries(
    IOSYSCFG_VIEW_SERVICES.map((key) => {
      const def = CATALOG[key];
      return [
        key,
        { sqlstate: "42501", nativeError: -551, message: `Not authorized to object ${def.name} in ${def.schema} type *FILE.` },
      ];
    }),
  );
}

export function deriveSnapshot(state: TSystemState, options: SnapshotOptions): DerivedSnapshot {
  const caller = resolvePrincipal(state, options.user, { withoutSpecialAuthority: options.withoutSpecialAuthority });
  const connections = liveConnections(state, options.now, options.sessions);
  const context: DeriveContext = {
    state,
    now: options.now,
    caller,
    connections,
    jobs: activeJobs(state, connections),
  };
  const available = availableServices(state, options.missingServices);
  const netstat = netstatRows(context);
  const all: Partial<Record<ObjectKey, SqlRow[]>> = {
    "QSYS2.ACTIVE_JOB_INFO": activeJobRows(context),
    "QSYS2.NETSTAT_INFO": netstat.info,
    "QSYS2.NETSTAT_JOB_INFO": netstat.jobs,
    "QSYS2.OUTPUT_QUEUE_INFO": outputQueueRows(context),
    "QSYS2.USER_INFO": userInfoRows(context),
    "QSYS2.GROUP_PROFILE_ENTRIES": groupProfileRows(context),
    "QSYS2.OBJECT_PRIVILEGES": objectPrivilegeRows(context),
    "QSYS2.EXIT_POINT_INFO": exitPointRows(context),
    "QSYS2.EXIT_PROGRAM_INFO": exitProgramRows(context),
    "QSYS2.TELNET_SERVER_ATTRIBUTES": telnetAttributeRows(context),
    "QSYS2.HTTP_SERVER_INFO": httpServerRows(context),
    "QSYS2.SCHEDULED_JOB_INFO": scheduledJobRows(context),
    "QSYS2.SYSTEM_VALUE_INFO": systemValueRows(context),
    "QSYS2.FUNCTION_USAGE": functionUsageRows(context),
    "QSYS2.FUNCTION_INFO": functionInfoRows(context),
    "QSYS2.SERVICES_INFO": servicesInfoRows(available),
    "SYSIBMADM.ENV_SYS_INFO": envSysInfoRows(context),
    "QUSRSYS.QATOCSTART": autostartRows(context),
    "SYSIBM.SYSDUMMY1": [{ IBMREQD: "Y" }],
  };
  const tables: Record<string, SqlRow[]> = {};
  for (const key of available) {
    const rows = all[key];
    if (rows) tables[key] = rows;
  }
  const files = { ...state.ifsFiles };
  return {
    tables,
    members: available.includes("QUSRSYS.QATMADRLST") ? { "QUSRSYS.QATMADRLST": smtpListMembers(context) } : {},
    files: available.includes("QSYS2.IFS_READ") ? files : {},
    available,
    denied: deniedServices(state, caller),
  };
}
