/** System-wide facts: SYSTEM_VALUE_INFO, ENV_SYS_INFO, SERVICES_INFO and SYSDUMMY1. */
import { CATALOG, type ObjectKey, type RowOf } from "@/simulator/sql/catalog";
import type { DeriveContext } from "./derive-context";

export function systemValueRows(context: DeriveContext): RowOf<"QSYS2.SYSTEM_VALUE_INFO">[] {
  return Object.entries(context.state.systemValues)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, value]) => ({
      SYSTEM_VALUE_NAME: name,
      CURRENT_NUMERIC_VALUE: typeof value === "number" ? value : null,
      CURRENT_CHARACTER_VALUE: typeof value === "string" ? value : null,
    }));
}

export function envSysInfoRows(context: DeriveContext): RowOf<"SYSIBMADM.ENV_SYS_INFO">[] {
  const [version, release] = context.state.release.split(".");
  return [
    {
      OS_NAME: "IBM i",
      OS_VERSION: version,
      OS_RELEASE: release,
      HOST_NAME: context.state.name,
      TOTAL_CPUS: 4,
      CONFIGURED_CPUS: 2,
      TOTAL_MEMORY: 65536,
    },
  ];
}

const SERVICE_CATEGORY: Partial<Record<ObjectKey, string>> = {
  "QSYS2.ACTIVE_JOB_INFO": "WORK MANAGEMENT",
  "QSYS2.SCHEDULED_JOB_INFO": "WORK MANAGEMENT",
  "QSYS2.NETSTAT_INFO": "COMMUNICATION",
  "QSYS2.NETSTAT_JOB_INFO": "COMMUNICATION",
  "QSYS2.TELNET_SERVER_ATTRIBUTES": "COMMUNICATION",
  "QSYS2.HTTP_SERVER_INFO": "COMMUNICATION",
  "QSYS2.OUTPUT_QUEUE_INFO": "PRINT",
  "QSYS2.USER_INFO": "SECURITY",
  "QSYS2.GROUP_PROFILE_ENTRIES": "SECURITY",
  "QSYS2.OBJECT_PRIVILEGES": "SECURITY",
  "QSYS2.FUNCTION_USAGE": "SECURITY",
  "QSYS2.FUNCTION_INFO": "SECURITY",
  "QSYS2.EXIT_POINT_INFO": "APPLICATION",
  "QSYS2.EXIT_PROGRAM_INFO": "APPLICATION",
  "QSYS2.SYSTEM_VALUE_INFO": "SYSTEM HEALTH",
  "QSYS2.SERVICES_INFO": "APPLICATION",
  "QSYS2.IFS_READ": "IFS",
};

const RELEASE_TEXT: Record<string, string> = { "7.2": "V7R2M0", "7.3": "V7R3M0", "7.4": "V7R4M0", "7.5": "V7R5M0", "7.6": "V7R6M0" };

/** One row per IBM i service available here, plus the QCMDEXC procedure. */
export function servicesInfoRows(available: readonly ObjectKey[]): RowOf<"QSYS2.SERVICES_INFO">[] {
  const rows: RowOf<"QSYS2.SERVICES_INFO">[] = available
    .filter((key) => SERVICE_CATEGORY[key] !== undefined)
    .map((key) => {
      const def = CATALOG[key];
      const isFunction = def.kind === "table-function";
      return {
        SERVICE_CATEGORY: SERVICE_CATEGORY[key],
        SERVICE_SCHEMA_NAME: def.schema,
        SERVICE_NAME: def.name,
        SQL_OBJECT_TYPE: isFunction ? "FUNCTION" : "VIEW",
        OBJECT_TYPE: isFunction ? "*SRVPGM" : "*FILE",
        SYSTEM_OBJECT_NAME: "systemName" in def ? def.systemName : def.name.slice(0, 10),
        LATEST_DB2_GROUP_LEVEL: null,
        INITIAL_DB2_GROUP_LEVEL: null,
        EARLIEST_POSSIBLE_RELEASE: RELEASE_TEXT[def.since],
      };
    });
  rows.push({
    SERVICE_CATEGORY: "APPLICATION",
    SERVICE_SCHEMA_NAME: "QSYS2",
    SERVICE_NAME: "QCMDEXC",
    SQL_OBJECT_TYPE: "PROCEDURE",
    OBJECT_TYPE: "*PGM",
    SYSTEM_OBJECT_NAME: "QCMDEXC",
    LATEST_DB2_GROUP_LEVEL: null,
    INITIAL_DB2_GROUP_LEVEL: null,
    EARLIEST_POSSIBLE_RELEASE: "V7R2M0",
  });
  return rows.sort((a, b) => a.SERVICE_NAME!.localeCompare(b.SERVICE_NAME!));
}
