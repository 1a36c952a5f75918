/**
 * The IBM i SQL objects the simulator answers for: one declaration per object, with IBM's column
 * names and types. The simulator's state model fills rows keyed by these names, the SQL engine
 * generates its tables and table functions from them, and check authors write queries against them.
 *
 * Sources: /work/shared/docs/ibmi-facts.md §1.7, §2–§6, §9 and the IBM pages cited there. Columns
 * are IBM's documented ones that a scanner plausibly reads; the rest are left out. Where the
 * facts are tagged [U] the choice is noted next to the declaration.
 */
import type { SqlTypeText } from "./sql-type";

/** IBM i releases the simulator knows. An object lists the earliest one it can exist on. */
export type IbmiRelease = "7.2" | "7.3" | "7.4" | "7.5" | "7.6";

/**
 * ACTIVE_JOB_INFO's DETAILED_INFO groups. A column tagged with one is NULL unless the call asked
 * for that group (or for ALL/FULL, which include every group).
 */
export type DetailGroup = "WORK" | "QTEMP" | "ALL";

export interface ColumnDef {
  readonly name: string;
  readonly type: SqlTypeText;
  /** Table functions with DETAILED_INFO: the smallest group that returns this column. */
  readonly detail?: DetailGroup;
}

/** How a table-function parameter narrows the rows; implemented by the engine. */
export type ParamFilter =
  /** Comma-separated names matched against a column; NULL, '' or '*ALL' mean no filter. */
  | { readonly kind: "name-list"; readonly column: string; readonly max: number }
  /** One name, a generic name ending in '*', '*ALL', or '*SYS'/'*SBS' (job types SYS/SBS). */
  | { readonly kind: "generic-job-name"; readonly column: string }
  /** Chooses which DETAILED_INFO column groups are filled. */
  | { readonly kind: "detail-level" }
  /** IFS path whose text the function returns line by line. */
  | { readonly kind: "ifs-path" }
  /** Accepted and ignored (statistics reset, line-length and end-of-line options). */
  | { readonly kind: "none" };

export interface ParamDef {
  readonly name: string;
  readonly type: SqlTypeText;
  /** Absent: the argument is required. */
  readonly default?: string | number | null;
  readonly filter: ParamFilter;
}

interface ObjectDefBase {
  readonly schema: string;
  readonly name: string;
  /** The 10-character system name IBM gives a long-named view, where documented. */
  readonly systemName?: string;
  readonly since: IbmiRelease;
  /** Db2 PTF group levels that brought the object (or its later columns) to older releases. */
  readonly ptf?: string;
  /** Authority IBM documents for a full answer; informational, the snapshot decides. */
  readonly authority?: string;
  readonly columns: readonly ColumnDef[];
}

export interface ViewDef extends ObjectDefBase {
  readonly kind: "view";
  /**
   * "catalog": the engine fills the rows itself from this catalog and the snapshot (SYSCOLUMNS,
   * and SYSPARTITIONSTAT rows for multi-member files); snapshot rows are added to them.
   */
  readonly derived?: "catalog";
}

export interface TableFunctionDef extends ObjectDefBase {
  readonly kind: "table-function";
  readonly params: readonly ParamDef[];
}

export interface MemberFileDef extends ObjectDefBase {
  readonly kind: "multi-member-file";
  /** Member names seen in public material; the snapshot may hold others. */
  readonly knownMembers: readonly string[];
}

export type ObjectDef = ViewDef | TableFunctionDef | MemberFileDef;

// Generic so that column names stay literal types for RowOf.
const c = <N extends string, T extends SqlTypeText>(name: N, type: T, detail?: DetailGroup) =>
  ({ name, type, ...(detail ? { detail } : {}) }) as { readonly name: N; readonly type: T; readonly detail?: DetailGroup };

const JOB_NAME_COLUMNS = [
  c("JOB_NAME", "varchar(28)"),
  c("JOB_NAME_SHORT", "varchar(10)"),
  c("JOB_USER", "varchar(10)"),
  c("JOB_NUMBER", "varchar(6)"),
] as const;

const NETSTAT_ADDRESS_COLUMNS = [
  c("CONNECTION_TYPE", "char(4)"),
  c("REMOTE_ADDRESS", "varchar(45)"),
  c("REMOTE_PORT", "integer"),
  c("REMOTE_PORT_NAME", "varchar(14)"),
  c("LOCAL_ADDRESS", "varchar(45)"),
  c("LOCAL_PORT", "integer"),
  c("LOCAL_PORT_NAME", "varchar(14)"),
] as const;

// YES/NO per individual right.
const PRIVILEGE_FLAG_COLUMNS = [
  c("OBJECT_OPERATIONAL", "varchar(3)"),
  c("OBJECT_MANAGEMENT", "varchar(3)"),
  c("OBJECT_EXISTENCE", "varchar(3)"),
  c("OBJECT_ALTER", "varchar(3)"),
  c("OBJECT_REFERENCE", "varchar(3)"),
  c("DATA_READ", "varchar(3)"),
  c("DATA_ADD", "varchar(3)"),
  c("DATA_UPDATE", "varchar(3)"),
  c("DATA_DELETE", "varchar(3)"),
  c("DATA_EXECUTE", "varchar(3)"),
] as const;

export const CATALOG = {
  "QSYS2.ACTIVE_JOB_INFO": {
    kind: "table-function",
    schema: "QSYS2",
    name: "ACTIVE_JOB_INFO",
    since: "7.2",
    ptf:
      "DETAILED_INFO 7.3 L11; JOB_TYPE_ENHANCED 7.4 L10 / 7.3 L22; " +
      "JOB_NAME_SHORT/JOB_USER/JOB_NUMBER 7.4 L15 / 7.3 L26; WORK 7.5 L1 / 7.4 L20; FULL 7.6 L1 / 7.5 L9",
    authority: "none for general columns; DETAILED_INFO => 'QTEMP' needs *JOBCTL",
    params: [
      { name: "RESET_STATISTICS", type: "varchar(3)", default: "NO", filter: { kind: "none" } },
      {
        name: "SUBSYSTEM_LIST_FILTER",
        type: "varchar(275)",
        default: null,
        filter: { kind: "name-list", column: "SUBSYSTEM", max: 25 },
      },
      {
        name: "JOB_NAME_FILTER",
        type: "varchar(10)",
        default: "*ALL",
        filter: { kind: "generic-job-name", column: "JOB_NAME_SHORT" },
      },
      {
        name: "CURRENT_USER_LIST_FILTER",
        type: "varchar(109)",
        default: null,
        filter: { kind: "name-list", column: "AUTHORIZATION_NAME", max: 10 },
      },
      { name: "DETAILED_INFO", type: "varchar(5)", default: "NONE", filter: { kind: "detail-level" } },
    ],
    columns: [
      c("ORDINAL_POSITION", "integer"),
      ...JOB_NAME_COLUMNS,
      c("SUBSYSTEM", "varchar(10)"),
      c("SUBSYSTEM_LIBRARY_NAME", "varchar(10)"),
      c("AUTHORIZATION_NAME", "varchar(10)"),
      c("JOB_TYPE", "varchar(3)"),
      c("FUNCTION_TYPE", "varchar(3)"),
      c("FUNCTION", "varchar(10)"),
      c("JOB_STATUS", "varchar(4)"),
      c("MEMORY_POOL", "varchar(10)"),
      c("RUN_PRIORITY", "integer"),
      c("THREAD_COUNT", "integer"),
      c("TEMPORARY_STORAGE", "integer"),
      c("CPU_TIME", "bigint"),
      c("TOTAL_DISK_IO_COUNT", "bigint"),
      c("ELAPSED_INTERACTION_COUNT", "integer"),
      c("ELAPSED_TOTAL_RESPONSE_TIME", "integer"),
      c("ELAPSED_TOTAL_DISK_IO_COUNT", "bigint"),
      c("ELAPSED_CPU_PERCENTAGE", "decimal(10,2)"),
      c("ELAPSED_CPU_TIME", "bigint"),
      c("ELAPSED_TIME", "decimal(20,3)"),
      c("JOB_END_REASON", "varchar(60)"),
      c("SERVER_TYPE", "varchar(30)"),
      c("JOB_TYPE_ENHANCED", "varchar(28)"),
      // Which columns IBM puts in the WORK group is only partly documented [U]; the job
      // description and entry time are a plausible work-management subset.
      c("JOB_DESCRIPTION", "varchar(10)", "WORK"),
      c("JOB_DESCRIPTION_LIBRARY", "varchar(10)", "WORK"),
      c("JOB_ENTERED_SYSTEM_TIME", "timestamp", "WORK"),
      c("JOB_ACTIVE_TIME", "timestamp", "WORK"),
      c("QTEMP_SIZE", "integer", "QTEMP"),
      c("OPEN_FILES", "integer", "ALL"),
      c("SQL_STATEMENT_TEXT", "varchar(10000)", "ALL"),
      c("CLIENT_WRKSTNNAME", "varchar(255)", "ALL"),
      c("CLIENT_APPLNAME", "varchar(255)", "ALL"),
      c("CLIENT_USERID", "varchar(255)", "ALL"),
      c("CLIENT_IP_ADDRESS", "varchar(45)", "ALL"),
      c("CLIENT_PORT_NUMBER", "integer", "ALL"),
    ],
  },

  "QSYS2.NETSTAT_INFO": {
    kind: "view",
    schema: "QSYS2",
    name: "NETSTAT_INFO",
    systemName: "NS_INFO",
    since: "7.2",
    authority: "none on 7.3–7.5; on 7.6 possibly *IOSYSCFG or QIBM_IOSYSCFG_VIEW [U]",
    columns: [
      ...NETSTAT_ADDRESS_COLUMNS,
      c("PROTOCOL", "varchar(3)"),
      c("TCP_STATE", "varchar(11)"),
      c("IDLE_TIME", "bigint"),
      c("BYTES_SENT_REMOTELY", "bigint"),
      c("BYTES_RECEIVED_LOCALLY", "bigint"),
      c("CONNECTION_OPEN_TYPE", "varchar(7)"),
      c("ASSOCIATED_USER_PROFILE", "varchar(10)"),
    ],
  },

  "QSYS2.NETSTAT_JOB_INFO": {
    kind: "view",
    schema: "QSYS2",
    name: "NETSTAT_JOB_INFO",
    systemName: "NS_JOB",
    since: "7.2",
    ptf: "JOB_NAME_SHORT/JOB_USER/JOB_NUMBER 7.5 L5 / 7.4 L26",
    authority: "7.6: *IOSYSCFG or QIBM_IOSYSCFG_VIEW (*ALLOBJ does not grant it)",
    columns: [
      ...NETSTAT_ADDRESS_COLUMNS,
      c("PROTOCOL", "varchar(3)"),
      c("AUTHORIZATION_NAME", "varchar(10)"),
      ...JOB_NAME_COLUMNS,
      // BINARY(16) on IBM i; QZDFMDB2 shows binary as hex, so the simulator stores the hex text.
      c("INTERNAL_JOB_ID", "char(32)"),
      c("SLIC_TASK_NAME", "varchar(16)"),
    ],
  },

  "QSYS2.OUTPUT_QUEUE_INFO": {
    kind: "view",
    schema: "QSYS2",
    name: "OUTPUT_QUEUE_INFO",
    systemName: "OUTQ_INFO",
    since: "7.2",
    ptf: "internet address columns 7.5 L3 / 7.4 L23 (not modelled)",
    authority: "*SPLCTL to see every queue (else *READ on the queue), *EXECUTE on its library",
    columns: [
      c("OUTPUT_QUEUE_NAME", "varchar(10)"),
      c("OUTPUT_QUEUE_LIBRARY_NAME", "varchar(10)"),
      c("NUMBER_OF_FILES", "integer"),
      c("NUMBER_OF_WRITERS", "integer"),
      c("WRITERS_TO_AUTOSTART", "integer"),
      c("PRINTER_DEVICE_NAME", "varchar(10)"),
      c("ORDER_OF_FILES", "varchar(7)"),
      c("DISPLAY_ANY_FILE", "varchar(6)"),
      c("JOB_SEPARATORS", "integer"),
      c("OPERATOR_CONTROLLED", "varchar(4)"),
      c("AUTHORITY_TO_CHECK", "varchar(7)"),
      c("OUTPUT_QUEUE_STATUS", "varchar(8)"),
      c("WRITER_JOB_NAME", "varchar(28)"),
      c("WRITER_JOB_STATUS", "varchar(4)"),
      c("WRITER_TYPE", "varchar(7)"),
      c("TEXT_DESCRIPTION", "varchar(50)"),
    ],
  },

  "QSYS2.USER_INFO": {
    kind: "view",
    schema: "QSYS2",
    name: "USER_INFO",
    since: "7.2",
    ptf:
      "SUPPLEMENTAL_GROUP_* 7.3 L4; NETSERVER_DISABLED 7.4 L13 / 7.3 L24; " +
      "USER_DEFAULT_PASSWORD needs *ALLOBJ + *SECADM callers",
    authority: "*OBJOPR + *READ on each *USRPRF returned (in practice *ALLOBJ)",
    columns: [
      c("AUTHORIZATION_NAME", "varchar(10)"),
      c("PREVIOUS_SIGNON", "timestamp"),
      c("SIGN_ON_ATTEMPTS_NOT_VALID", "integer"),
      c("STATUS", "varchar(10)"),
      c("NETSERVER_DISABLED", "varchar(4)"),
      c("PASSWORD_CHANGE_DATE", "timestamp"),
      c("NO_PASSWORD_INDICATOR", "varchar(4)"),
      c("PASSWORD_EXPIRATION_INTERVAL", "smallint"),
      c("DATE_PASSWORD_EXPIRES", "timestamp"),
      c("DAYS_UNTIL_PASSWORD_EXPIRES", "integer"),
      c("SET_PASSWORD_TO_EXPIRE", "varchar(4)"),
      c("USER_CLASS_NAME", "varchar(10)"),
      c("SPECIAL_AUTHORITIES", "varchar(88)"),
      c("GROUP_PROFILE_NAME", "varchar(10)"),
      c("SUPPLEMENTAL_GROUP_COUNT", "smallint"),
      c("SUPPLEMENTAL_GROUP_LIST", "varchar(150)"),
      c("OWNER", "varchar(10)"),
      c("GROUP_AUTHORITY", "varchar(10)"),
      c("LIMIT_CAPABILITIES", "varchar(10)"),
      c("TEXT_DESCRIPTION", "varchar(50)"),
      // -2 means *SYSVAL (the system value QCCSID applies), as in the QSYRUSRI API.
      c("CHARACTER_CODE_SET_ID", "integer"),
      c("INITIAL_PROGRAM_NAME", "varchar(10)"),
      c("INITIAL_PROGRAM_LIBRARY_NAME", "varchar(10)"),
      c("INITIAL_MENU_NAME", "varchar(10)"),
      c("INITIAL_MENU_LIBRARY_NAME", "varchar(10)"),
      c("USER_CREATOR", "varchar(10)"),
      c("USER_DEFAULT_PASSWORD", "varchar(4)"),
      c("LAST_USED_TIMESTAMP", "timestamp"),
      c("CREATION_TIMESTAMP", "timestamp"),
      c("PASE_SHELL_PATH", "varchar(1024)"),
    ],
  },

  "QSYS2.GROUP_PROFILE_ENTRIES": {
    kind: "view",
    schema: "QSYS2",
    name: "GROUP_PROFILE_ENTRIES",
    systemName: "GROUP_PROF",
    since: "7.2",
    authority: "*READ on the user profiles returned",
    columns: [
      c("GROUP_PROFILE_NAME", "varchar(10)"),
      c("USER_PROFILE_NAME", "varchar(10)"),
      c("USER_TEXT", "varchar(50)"),
    ],
  },

  "QSYS2.OBJECT_PRIVILEGES": {
    kind: "view",
    schema: "QSYS2",
    name: "OBJECT_PRIVILEGES",
    systemName: "OBJ_PRIV",
    since: "7.2",
    ptf:
      "AUTHORIZATION_LIST 7.4 / 7.3 L15; PRIMARY_GROUP 7.4 L4 / 7.3 L16; " +
      "AUTHORIZATION_LIST_MANAGEMENT, OBJECT_OWNER 7.4 L7 / 7.3 L18",
    authority: "all users only with *OBJMGT, ownership or QIBM_DB_SECADM",
    columns: [
      c("OBJECT_SCHEMA", "varchar(128)"),
      c("OBJECT_NAME", "varchar(128)"),
      c("SYSTEM_OBJECT_SCHEMA", "varchar(10)"),
      c("SYSTEM_OBJECT_NAME", "varchar(10)"),
      c("OBJECT_TYPE", "varchar(7)"),
      c("SQL_OBJECT_TYPE", "varchar(9)"),
      c("AUTHORIZATION_LIST", "varchar(10)"),
      c("AUTHORIZATION_NAME", "varchar(10)"),
      c("OBJECT_AUTHORITY", "varchar(12)"),
      c("OWNER", "varchar(10)"),
      c("OBJECT_OWNER", "varchar(10)"),
      c("PRIMARY_GROUP", "varchar(10)"),
      c("AUTHORIZATION_LIST_MANAGEMENT", "varchar(3)"),
      ...PRIVILEGE_FLAG_COLUMNS,
    ],
  },

  "QSYS2.EXIT_POINT_INFO": {
    kind: "view",
    schema: "QSYS2",
    name: "EXIT_POINT_INFO",
    since: "7.3",
    ptf: "7.4 L10 / 7.3 L22 [U]",
    authority: "none",
    columns: [
      c("EXIT_POINT_NAME", "varchar(20)"),
      c("EXIT_POINT_FORMAT", "char(8)"),
      c("REGISTERED", "varchar(3)"),
      c("ALLOW_DEREGISTRATION", "varchar(3)"),
      c("ALLOW_CHANGE", "varchar(3)"),
      c("EXIT_PROGRAMS", "integer"),
      // NULL means *NOMAX.
      c("MAXIMUM_EXIT_PROGRAMS", "integer"),
      c("TEXT_DESCRIPTION", "varchar(50)"),
    ],
  },

  "QSYS2.EXIT_PROGRAM_INFO": {
    kind: "view",
    schema: "QSYS2",
    name: "EXIT_PROGRAM_INFO",
    since: "7.3",
    ptf: "7.4 L10 / 7.3 L22 [U]",
    authority: "none",
    columns: [
      c("EXIT_POINT_NAME", "varchar(20)"),
      c("EXIT_POINT_FORMAT", "char(8)"),
      c("REGISTERED", "varchar(3)"),
      c("COMPLETE", "varchar(3)"),
      c("EXIT_PROGRAM_NUMBER", "integer"),
      c("EXIT_PROGRAM_LIBRARY", "varchar(10)"),
      c("EXIT_PROGRAM", "varchar(10)"),
      c("THREADSAFE", "varchar(7)"),
      c("MULTITHREADED_JOB_ACTION", "varchar(7)"),
      c("EXIT_PROGRAM_DATA_CCSID", "integer"),
      c("EXIT_PROGRAM_DATA", "varchar(2048)"),
    ],
  },

  "QSYS2.TELNET_SERVER_ATTRIBUTES": {
    kind: "view",
    schema: "QSYS2",
    name: "TELNET_SERVER_ATTRIBUTES",
    systemName: "TELNET_ATR",
    since: "7.4",
    ptf: "7.5 base; 7.4 level [U]",
    authority: "none on 7.5; 7.6: *IOSYSCFG or QIBM_IOSYSCFG_VIEW",
    columns: [
      c("AUTOSTART_SERVER", "varchar(4)"),
      c("NUMBER_SERVERS", "integer"),
      c("SERVER_TASKS", "integer"),
      c("KEEP_ALIVE_TIMEOUT", "integer"),
      c("ALLOW_TRANSPORT_LAYER_SECURITY", "varchar(5)"),
      c("SESSION_KEEP_ALIVE", "varchar(4)"),
    ],
  },

  "QSYS2.HTTP_SERVER_INFO": {
    kind: "view",
    schema: "QSYS2",
    name: "HTTP_SERVER_INFO",
    since: "7.3",
    ptf: "7.4 and 7.3 by PTF, level [U]",
    authority: "none",
    columns: [
      c("SERVER_NAME", "varchar(10)"),
      c("HTTP_FUNCTION", "varchar(20)"),
      c("JOB_NAME", "varchar(28)"),
      c("SERVER_START_TIME", "timestamp"),
      c("SERVER_RESET_TIME", "timestamp"),
      c("SERVER_ACTIVE_THREADS", "integer"),
      c("SERVER_IDLE_THREADS", "integer"),
      c("SERVER_TOTAL_REQUESTS", "bigint"),
      c("SERVER_TOTAL_REQUESTS_REJECTED", "bigint"),
      c("SERVER_TOTAL_RESPONSES", "bigint"),
      c("SERVER_NORMAL_CONNECTIONS", "bigint"),
      c("SERVER_SSL_CONNECTIONS", "bigint"),
      c("SERVER_TOTAL_BYTES_RECEIVED", "bigint"),
      c("SERVER_TOTAL_BYTES_SENT", "bigint"),
    ],
  },

  "QSYS2.SCHEDULED_JOB_INFO": {
    kind: "view",
    schema: "QSYS2",
    name: "SCHEDULED_JOB_INFO",
    systemName: "SCHED_JOB",
    since: "7.2",
    authority: "all columns with *JOBCTL or as SCHEDULED_BY; others NULL",
    columns: [
      c("SCHEDULED_JOB_ENTRY_NUMBER", "integer"),
      c("SCHEDULED_JOB_NAME", "varchar(10)"),
      c("SCHEDULED_DATE_VALUE", "varchar(14)"),
      c("SCHEDULED_DATE", "date"),
      c("SCHEDULED_TIME", "time"),
      c("SCHEDULED_DAYS", "varchar(34)"),
      c("FREQUENCY", "varchar(8)"),
      c("NEXT_SUBMISSION_DATE", "date"),
      c("STATUS", "varchar(9)"),
      c("JOB_QUEUE_NAME", "varchar(10)"),
      c("JOB_QUEUE_LIBRARY_NAME", "varchar(10)"),
      c("USER_PROFILE_FOR_SUBMITTED_JOB", "varchar(10)"),
      c("DESCRIPTION", "varchar(50)"),
      c("COMMAND_STRING", "varchar(512)"),
      c("SCHEDULED_BY", "varchar(10)"),
      c("ENTRY_CREATED", "timestamp"),
    ],
  },

  "QSYS2.SYSTEM_VALUE_INFO": {
    kind: "view",
    schema: "QSYS2",
    name: "SYSTEM_VALUE_INFO",
    systemName: "SYSVALINFO",
    since: "7.2",
    authority: "none (some security values need *AUDIT or *SECADM)",
    columns: [
      c("SYSTEM_VALUE_NAME", "varchar(10)"),
      c("CURRENT_NUMERIC_VALUE", "bigint"),
      // VARGRAPHIC(1280) on IBM i: a real SELECT of it prints a very wide column.
      c("CURRENT_CHARACTER_VALUE", "varchar(1280)"),
    ],
  },

  "QSYS2.FUNCTION_USAGE": {
    kind: "view",
    schema: "QSYS2",
    name: "FUNCTION_USAGE",
    systemName: "FCN_USAGE",
    since: "7.2",
    authority: "*SECADM to see every row",
    columns: [
      c("FUNCTION_ID", "varchar(30)"),
      c("USER_NAME", "varchar(10)"),
      c("USAGE", "varchar(7)"),
      c("USER_TYPE", "varchar(5)"),
    ],
  },

  "QSYS2.FUNCTION_INFO": {
    kind: "view",
    schema: "QSYS2",
    name: "FUNCTION_INFO",
    systemName: "FCN_INFO",
    since: "7.3",
    authority: "none",
    columns: [
      c("FUNCTION_ID", "varchar(30)"),
      c("FUNCTION_NAME", "varchar(330)"),
      c("FUNCTION_CATEGORY", "varchar(10)"),
      c("FUNCTION_PRODUCT_ID", "varchar(7)"),
      c("DEFAULT_USAGE", "varchar(7)"),
      // *USED: *ALLOBJ users are allowed whatever the usage list says; *NOTUSED: they are not.
      c("ALLOBJ_AUTHORITY", "varchar(8)"),
    ],
  },

  "QSYS2.SERVICES_INFO": {
    kind: "view",
    schema: "QSYS2",
    name: "SERVICES_INFO",
    since: "7.3",
    authority: "none",
    columns: [
      c("SERVICE_CATEGORY", "varchar(40)"),
      c("SERVICE_SCHEMA_NAME", "varchar(10)"),
      c("SERVICE_NAME", "varchar(128)"),
      c("SQL_OBJECT_TYPE", "varchar(9)"),
      c("OBJECT_TYPE", "varchar(7)"),
      c("SYSTEM_OBJECT_NAME", "varchar(10)"),
      c("LATEST_DB2_GROUP_LEVEL", "integer"),
      c("INITIAL_DB2_GROUP_LEVEL", "integer"),
      c("EARLIEST_POSSIBLE_RELEASE", "varchar(8)"),
    ],
  },

  "SYSIBMADM.ENV_SYS_INFO": {
    kind: "view",
    schema: "SYSIBMADM",
    name: "ENV_SYS_INFO",
    since: "7.2",
    authority: "none",
    columns: [
      c("OS_NAME", "varchar(256)"),
      c("OS_VERSION", "varchar(256)"),
      c("OS_RELEASE", "varchar(256)"),
      c("HOST_NAME", "varchar(255)"),
      c("TOTAL_CPUS", "integer"),
      c("CONFIGURED_CPUS", "integer"),
      c("TOTAL_MEMORY", "bigint"),
    ],
  },

  // Physical file keyed by server [3P] (field names from CBX16911); field lengths are [U].
  "QUSRSYS.QATOCSTART": {
    kind: "view",
    schema: "QUSRSYS",
    name: "QATOCSTART",
    since: "7.2",
    authority: "*USE on the file (QUSRSYS files are usually *PUBLIC *USE) [U]",
    columns: [
      c("SERVER", "char(10)"),
      c("SERVERTYPE", "char(10)"),
      c("AUTOSTART", "char(4)"),
      c("EXTSTRCMD", "char(10)"),
    ],
  },

  // SMTP list entries (ADDSMTPLE), one member per list [3P]. The record layout is [U]: this
  // simulator uses one fixed-length field per ADDSMTPLE keyword, so an *ACCEPT entry added with
  // INTNETADR('10.1.1.0') SUBNETMASK('255.255.255.0') is a row ('10.1.1.0', '255.255.255.0', '')
  // in member ACCEPTRLY, and a *NEAR domain is a row ('', '', 'example.com') in NEARDMN.
  "QUSRSYS.QATMADRLST": {
    kind: "multi-member-file",
    schema: "QUSRSYS",
    name: "QATMADRLST",
    since: "7.2",
    authority: "*USE on the file; CREATE ALIAS needs *USE on CRTDDMF",
    knownMembers: ["ACCEPTRLY", "REJECTCNN", "NEARDMN"],
    columns: [c("INTNETADR", "char(15)"), c("SUBNETMASK", "char(15)"), c("HOSTNAME", "char(64)")],
  },

  "QSYS2.SYSPARTITIONSTAT": {
    kind: "view",
    schema: "QSYS2",
    name: "SYSPARTITIONSTAT",
    systemName: "SYSPSTAT",
    since: "7.2",
    authority: "none (rows for tables the caller can use)",
    derived: "catalog",
    columns: [
      c("TABLE_SCHEMA", "varchar(128)"),
      c("TABLE_NAME", "varchar(128)"),
      c("TABLE_PARTITION", "varchar(128)"),
      c("PARTITION_NUMBER", "integer"),
      c("NUMBER_ROWS", "bigint"),
      c("NUMBER_DELETED_ROWS", "bigint"),
      c("DATA_SIZE", "bigint"),
      c("CREATE_TIMESTAMP", "timestamp"),
      c("LAST_CHANGE_TIMESTAMP", "timestamp"),
      c("SYSTEM_TABLE_SCHEMA", "char(10)"),
      c("SYSTEM_TABLE_NAME", "char(10)"),
      c("SYSTEM_TABLE_MEMBER", "char(10)"),
    ],
  },

  "QSYS2.SYSCOLUMNS": {
    kind: "view",
    schema: "QSYS2",
    name: "SYSCOLUMNS",
    since: "7.2",
    authority: "none (rows for tables the caller can use)",
    derived: "catalog",
    columns: [
      c("COLUMN_NAME", "varchar(128)"),
      c("TABLE_NAME", "varchar(128)"),
      c("TABLE_SCHEMA", "varchar(128)"),
      c("ORDINAL_POSITION", "integer"),
      c("DATA_TYPE", "varchar(8)"),
      c("LENGTH", "integer"),
      c("NUMERIC_SCALE", "integer"),
      c("IS_NULLABLE", "char(1)"),
      c("SYSTEM_COLUMN_NAME", "char(10)"),
      c("SYSTEM_TABLE_NAME", "char(10)"),
      c("SYSTEM_TABLE_SCHEMA", "char(10)"),
    ],
  },

  "QSYS2.IFS_READ": {
    kind: "table-function",
    schema: "QSYS2",
    name: "IFS_READ",
    since: "7.3",
    ptf: "7.4 and 7.3 by PTF (2020), level [U]",
    authority: "*X on each directory in the path, *R on the file",
    params: [
      { name: "PATH_NAME", type: "varchar(1024)", filter: { kind: "ifs-path" } },
      { name: "MAXIMUM_LINE_LENGTH", type: "integer", default: null, filter: { kind: "none" } },
      { name: "END_OF_LINE", type: "varchar(4)", default: "ANY", filter: { kind: "none" } },
      { name: "IGNORE_ERRORS", type: "varchar(3)", default: "NO", filter: { kind: "none" } },
    ],
    // IBM returns LINE as a CLOB; how QZDFMDB2 sizes a LOB column is [U], so a VARCHAR stands in.
    columns: [c("LINE_NUMBER", "integer"), c("LINE", "varchar(1024)")],
  },

  "SYSIBM.SYSDUMMY1": {
    kind: "view",
    schema: "SYSIBM",
    name: "SYSDUMMY1",
    since: "7.2",
    authority: "none",
    derived: "catalog",
    columns: [c("IBMREQD", "char(1)")],
  },
} as const satisfies Record<string, ObjectDef>;

export type ObjectKey = keyof typeof CATALOG;

export const OBJECT_KEYS = Object.keys(CATALOG) as ObjectKey[];

export function isObjectKey(key: string): key is ObjectKey {
  return Object.hasOwn(CATALOG, key);
}

export function columnsOf(key: ObjectKey): readonly ColumnDef[] {
  return CATALOG[key].columns;
}

type ValueOfType<T extends SqlTypeText> = T extends `char(${number})` | `varchar(${number})`
  ? string
  : T extends "timestamp" | "date"
    ? Date
    : T extends "time"
      ? string
      : number;

type ColumnsOfKey<K extends ObjectKey> = (typeof CATALOG)[K]["columns"][number];

/**
 * A row of one object as the simulator's state model hands it over. Every column may be missing
 * or null (stored as NULL). TIME values are 'hh:mm:ss' strings.
 */
export type RowOf<K extends ObjectKey> = {
  [C in ColumnsOfKey<K> as C["name"]]?: ValueOfType<C["type"]> | null;
};
