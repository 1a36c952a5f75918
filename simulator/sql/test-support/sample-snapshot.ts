/**
 * A small hand-made IBM i system for the SQL engine's integration tests: a few listeners and
 * sessions, FTP/SMTP/Telnet server jobs, spool queues, users in groups, exit programs, SMTP list
 * members and an sshd_config. Values are chosen so every query in the tests has a known answer.
 */
import type { ObjectKey, RowOf } from "../catalog";
import type { SystemSqlSnapshot } from "../types";

const at = (iso: string) => new Date(`${iso}Z`);

/** CURRENT TIMESTAMP the tests run their batches at. */
export const SAMPLE_NOW = at("2026-11-22T10:15:00");

const netstat: RowOf<"QSYS2.NETSTAT_INFO">[] = [
  listener(21, "FTP-CONTROL"),
  listener(22, "SSH"),
  listener(23, "TELNET"),
  listener(25, "SMTP"),
  listener(992, "TELNET-SSL"),
  session(23, "203.0.113.7", 50211, 340, "TELNET"),
  session(23, "10.1.1.50", 50999, 12, "TELNET"),
  session(22, "10.1.1.20", 61000, 0, "SSH"),
  session(21, "198.51.100.9", 40001, 75, "FTP-CONTROL"),
  session(446, "127.0.0.1", 40100, 5, "DRDA"),
];

function listener(port: number, name: string): RowOf<"QSYS2.NETSTAT_INFO"> {
  return {
    CONNECTION_TYPE: "IPV4",
    REMOTE_ADDRESS: "0.0.0.0",
    REMOTE_PORT: 0,
    REMOTE_PORT_NAME: null,
    LOCAL_ADDRESS: "0.0.0.0",
    LOCAL_PORT: port,
    LOCAL_PORT_NAME: name,
    PROTOCOL: "TCP",
    TCP_STATE: "LISTEN",
    IDLE_TIME: 0,
    BYTES_SENT_REMOTELY: 0,
    BYTES_RECEIVED_LOCALLY: 0,
    CONNECTION_OPEN_TYPE: "PASSIVE",
  };
}

function session(port: number, remote: string, remotePort: number, idle: number, name: string): RowOf<"QSYS2.NETSTAT_INFO"> {
  return {
    ...listener(port, name),
    REMOTE_ADDRESS: remote,
    REMOTE_PORT: remotePort,
    LOCAL_ADDRESS: "10.1.1.5",
    TCP_STATE: "ESTABLISHED",
    IDLE_TIME: idle,
    BYTES_SENT_REMOTELY: idle * 100,
    BYTES_RECEIVED_LOCALLY: idle * 10,
  };
}

const netstatJobs: RowOf<"QSYS2.NETSTAT_JOB_INFO">[] = [
  socketJob(23, "203.0.113.7", 50211, "PAYCLERK", "123460", "QPADEV0001"),
  socketJob(23, "10.1.1.50", 50999, "OPERATOR", "123461", "QPADEV0002"),
  socketJob(21, "198.51.100.9", 40001, "ANONFTP", "123462", "QTFTP01234"),
];

function socketJob(port: number, remote: string, remotePort: number, user: string, number: string, name: string): RowOf<"QSYS2.NETSTAT_JOB_INFO"> {
  return {
    CONNECTION_TYPE: "IPV4",
    REMOTE_ADDRESS: remote,
    REMOTE_PORT: remotePort,
    LOCAL_ADDRESS: "10.1.1.5",
    LOCAL_PORT: port,
    PROTOCOL: "TCP",
    AUTHORIZATION_NAME: user,
    JOB_NAME: `${number}/${user}/${name}`,
    JOB_NAME_SHORT: name,
    JOB_USER: user,
    JOB_NUMBER: number,
  };
}

const jobs: RowOf<"QSYS2.ACTIVE_JOB_INFO">[] = [
  job("123450", "QTCP", "QTFTP01234", "QSYSWRK", "BCH", "PGM", "QTMFFTPD", "TIMW", "QIBM_FTP_SERVER"),
  job("123451", "QTCP", "QTFTP01235", "QSYSWRK", "BCH", "PGM", "QTMFFTPD", "TIMW", "QIBM_FTP_SERVER"),
  job("123452", "QTCP", "QTSMTPSRVR", "QSYSWRK", "BCH", "PGM", "QTMSSRCP", "SELW", null),
  job("123453", "QTCP", "QTVTELNET", "QSYSWRK", "BCH", "PGM", "QTVTELNET", "DEQW", null),
  job("123454", "QUSER", "QZDASOINIT", "QUSRWRK", "PJ", "PGM", "QZDASOINIT", "TIMW", "QIBM_OS400_QZBS_SVR_DATABASE"),
  { ...job("123460", "PAYCLERK", "QPADEV0001", "QINTER", "INT", "PGM", "PAYMENU", "DSPW", null), CLIENT_IP_ADDRESS: "203.0.113.7" },
  { ...job("123461", "OPERATOR", "QPADEV0002", "QINTER", "INT", "CMD", "WRKACTJOB", "DSPW", null), CLIENT_IP_ADDRESS: "10.1.1.50" },
];

function job(
  number: string,
  user: string,
  name: string,
  subsystem: string,
  type: string,
  functionType: string,
  fn: string,
  status: string,
  serverType: string | null,
): RowOf<"QSYS2.ACTIVE_JOB_INFO"> {
  return {
    JOB_NAME: `${number}/${user}/${name}`,
    JOB_NAME_SHORT: name,
    JOB_USER: user,
    JOB_NUMBER: number,
    SUBSYSTEM: subsystem,
    SUBSYSTEM_LIBRARY_NAME: "QSYS",
    AUTHORIZATION_NAME: user,
    JOB_TYPE: type,
    FUNCTION_TYPE: functionType,
    FUNCTION: fn,
    JOB_STATUS: status,
    SERVER_TYPE: serverType,
    ELAPSED_CPU_PERCENTAGE: 0.1,
    CPU_TIME: 1200,
    JOB_DESCRIPTION: "QDFTJOBD",
    JOB_ACTIVE_TIME: at("2026-11-22T07:00:00"),
  };
}

const outputQueues: RowOf<"QSYS2.OUTPUT_QUEUE_INFO">[] = [
  outq("PAYROLL", "PAYLIB", 42, "*YES", "*YES", "*DTAAUT", "Payroll cheques"),
  outq("QPRINT", "QGPL", 7, "*NO", "*YES", "*OWNER", "Default printer"),
  outq("HRREPORTS", "HRLIB", 0, "*OWNER", "*NO", "*OWNER", "給与明細 HR"),
];

function outq(name: string, library: string, files: number, display: string, operator: string, check: string, text: string): RowOf<"QSYS2.OUTPUT_QUEUE_INFO"> {
  return {
    OUTPUT_QUEUE_NAME: name,
    OUTPUT_QUEUE_LIBRARY_NAME: library,
    NUMBER_OF_FILES: files,
    NUMBER_OF_WRITERS: 0,
    DISPLAY_ANY_FILE: display,
    OPERATOR_CONTROLLED: operator,
    AUTHORITY_TO_CHECK: check,
    OUTPUT_QUEUE_STATUS: "RELEASED",
    TEXT_DESCRIPTION: text,
  };
}

const users: RowOf<"QSYS2.USER_INFO">[] = [
  user("QSECOFR", "*ENABLED", "*ALLOBJ *AUDIT *IOSYSCFG *JOBCTL *SAVSYS *SECADM *SERVICE *SPLCTL", null, "2026-11-20T09:00:00", "Security officer"),
  user("OPERATOR", "*ENABLED", "*JOBCTL *SAVSYS", null, "2026-11-22T06:30:00", "Night operator"),
  user("PAYGRP", "*DISABLED", "*SPLCTL", null, null, "Payroll group"),
  user("PAYCLERK", "*ENABLED", "", "PAYGRP", "2026-11-22T08:05:00", "Payroll clerk"),
  user("SPOOLADM", "*ENABLED", "*SPLCTL", null, "2026-07-01T12:00:00", "Spool administrator"),
  user("ANONFTP", "*ENABLED", "", null, "2026-06-01T00:00:00", "Anonymous FTP"),
  user("DASHUSR", "*ENABLED", "*ALLOBJ *IOSYSCFG *SPLCTL", null, "2026-11-22T10:00:00", "Portcullis scanner"),
];

function user(
  name: string,
  status: string,
  special: string,
  group: string | null,
  signon: string | null,
  text: string,
): RowOf<"QSYS2.USER_INFO"> {
  return {
    AUTHORIZATION_NAME: name,
    STATUS: status,
    PREVIOUS_SIGNON: signon === null ? null : at(signon),
    SIGN_ON_ATTEMPTS_NOT_VALID: 0,
    NO_PASSWORD_INDICATOR: status === "*DISABLED" ? "YES" : "NO",
    SPECIAL_AUTHORITIES: special === "" ? "*NONE" : special,
    GROUP_PROFILE_NAME: group ?? "*NONE",
    TEXT_DESCRIPTION: text,
  };
}

const groups: RowOf<"QSYS2.GROUP_PROFILE_ENTRIES">[] = [
  { GROUP_PROFILE_NAME: "PAYGRP", USER_PROFILE_NAME: "PAYCLERK", USER_TEXT: "Payroll clerk" },
  { GROUP_PROFILE_NAME: "PAYGRP", USER_PROFILE_NAME: "ANONFTP", USER_TEXT: "Anonymous FTP" },
];

const privileges: RowOf<"QSYS2.OBJECT_PRIVILEGES">[] = [
  privilege("PAYLIB", "PAYROLL", "*OUTQ", "*PUBLIC", "*USE"),
  privilege("PAYLIB", "PAYROLL", "*OUTQ", "PAYCLERK", "*CHANGE"),
  privilege("QGPL", "QPRINT", "*OUTQ", "*PUBLIC", "*EXCLUDE"),
  privilege("HRLIB", "HRREPORTS", "*OUTQ", "*PUBLIC", "*ALL"),
  privilege("QSYS", "PAYLIB", "*LIB", "*PUBLIC", "*USE"),
];

function privilege(library: string, name: string, type: string, holder: string, authority: string): RowOf<"QSYS2.OBJECT_PRIVILEGES"> {
  const flag = (granted: boolean) => (granted ? "YES" : "NO");
  const reads = authority !== "*EXCLUDE";
  const changes = authority === "*CHANGE" || authority === "*ALL";
  return {
    OBJECT_SCHEMA: library,
    OBJECT_NAME: name,
    SYSTEM_OBJECT_SCHEMA: library,
    SYSTEM_OBJECT_NAME: name,
    OBJECT_TYPE: type,
    AUTHORIZATION_NAME: holder,
    OBJECT_AUTHORITY: authority,
    OWNER: "QSECOFR",
    DATA_READ: flag(reads),
    DATA_ADD: flag(changes),
    DATA_DELETE: flag(changes),
    OBJECT_MANAGEMENT: flag(authority === "*ALL"),
  };
}

const exitPoints: RowOf<"QSYS2.EXIT_POINT_INFO">[] = [
  { EXIT_POINT_NAME: "QIBM_QTMF_SERVER_REQ", EXIT_POINT_FORMAT: "VLRQ0100", REGISTERED: "YES", EXIT_PROGRAMS: 1, MAXIMUM_EXIT_PROGRAMS: null },
  { EXIT_POINT_NAME: "QIBM_QTMF_SVR_LOGON", EXIT_POINT_FORMAT: "TCPL0300", REGISTERED: "YES", EXIT_PROGRAMS: 0, MAXIMUM_EXIT_PROGRAMS: 1 },
  { EXIT_POINT_NAME: "QIBM_QTG_DEVINIT", EXIT_POINT_FORMAT: "INIT0100", REGISTERED: "YES", EXIT_PROGRAMS: 0, MAXIMUM_EXIT_PROGRAMS: 1 },
  { EXIT_POINT_NAME: "QIBM_QSP_SECURITY", EXIT_POINT_FORMAT: "SPSY0100", REGISTERED: "YES", EXIT_PROGRAMS: 0, MAXIMUM_EXIT_PROGRAMS: 10 },
];

const exitPrograms: RowOf<"QSYS2.EXIT_PROGRAM_INFO">[] = [
  {
    EXIT_POINT_NAME: "QIBM_QTMF_SERVER_REQ",
    EXIT_POINT_FORMAT: "VLRQ0100",
    REGISTERED: "YES",
    COMPLETE: "YES",
    EXIT_PROGRAM_NUMBER: 1,
    EXIT_PROGRAM_LIBRARY: "SECLIB",
    EXIT_PROGRAM: "FTPREQ",
    THREADSAFE: "UNKNOWN",
  },
  {
    EXIT_POINT_NAME: "QIBM_QZDA_INIT",
    EXIT_POINT_FORMAT: "ZDAI0100",
    REGISTERED: "YES",
    COMPLETE: "YES",
    EXIT_PROGRAM_NUMBER: 1,
    EXIT_PROGRAM_LIBRARY: "VENDOR",
    EXIT_PROGRAM: "DBINIT",
    THREADSAFE: "YES",
  },
];

const systemValues: RowOf<"QSYS2.SYSTEM_VALUE_INFO">[] = [
  { SYSTEM_VALUE_NAME: "QSECURITY", CURRENT_NUMERIC_VALUE: null, CURRENT_CHARACTER_VALUE: "40" },
  { SYSTEM_VALUE_NAME: "QAUTOVRT", CURRENT_NUMERIC_VALUE: 9999, CURRENT_CHARACTER_VALUE: null },
  { SYSTEM_VALUE_NAME: "QPWDLVL", CURRENT_NUMERIC_VALUE: 2, CURRENT_CHARACTER_VALUE: null },
  { SYSTEM_VALUE_NAME: "QLMTSECOFR", CURRENT_NUMERIC_VALUE: 1, CURRENT_CHARACTER_VALUE: null },
];

const services: RowOf<"QSYS2.SERVICES_INFO">[] = [
  service("COMMUNICATION", "NETSTAT_INFO", "VIEW", 1, 1, "V7R2M0"),
  service("COMMUNICATION", "NETSTAT_JOB_INFO", "VIEW", 1, 1, "V7R2M0"),
  service("WORK MANAGEMENT", "ACTIVE_JOB_INFO", "UDTF", 3, 11, "V7R2M0"),
  service("APPLICATION", "EXIT_PROGRAM_INFO", "VIEW", 10, 10, "V7R3M0"),
  service("COMMUNICATION", "TELNET_SERVER_ATTRIBUTES", "VIEW", 13, 13, "V7R4M0"),
  service("SECURITY", "USER_INFO", "VIEW", 1, 1, "V7R2M0"),
];

function service(category: string, name: string, type: string, latest: number, initial: number, release: string): RowOf<"QSYS2.SERVICES_INFO"> {
  return {
    SERVICE_CATEGORY: category,
    SERVICE_SCHEMA_NAME: "QSYS2",
    SERVICE_NAME: name,
    SQL_OBJECT_TYPE: type,
    OBJECT_TYPE: type === "VIEW" ? "*FILE" : "*SRVPGM",
    LATEST_DB2_GROUP_LEVEL: latest,
    INITIAL_DB2_GROUP_LEVEL: initial,
    EARLIEST_POSSIBLE_RELEASE: release,
  };
}

const SSHD_CONFIG = [
  "# sshd_config (IBM i)",
  "Port 22",
  "PermitRootLogin no",
  "PasswordAuthentication yes",
  "AllowGroups sshusers",
  "",
].join("\n");

export const SAMPLE_OBJECTS: ObjectKey[] = [
  "QSYS2.ACTIVE_JOB_INFO",
  "QSYS2.NETSTAT_INFO",
  "QSYS2.NETSTAT_JOB_INFO",
  "QSYS2.OUTPUT_QUEUE_INFO",
  "QSYS2.USER_INFO",
  "QSYS2.GROUP_PROFILE_ENTRIES",
  "QSYS2.OBJECT_PRIVILEGES",
  "QSYS2.EXIT_POINT_INFO",
  "QSYS2.EXIT_PROGRAM_INFO",
  "QSYS2.TELNET_SERVER_ATTRIBUTES",
  "QSYS2.HTTP_SERVER_INFO",
  "QSYS2.SCHEDULED_JOB_INFO",
  "QSYS2.SYSTEM_VALUE_INFO",
  "QSYS2.FUNCTION_USAGE",
  "QSYS2.FUNCTION_INFO",
  "QSYS2.SERVICES_INFO",
  "SYSIBMADM.ENV_SYS_INFO",
  "QUSRSYS.QATOCSTART",
  "QUSRSYS.QATMADRLST",
  "QSYS2.SYSPARTITIONSTAT",
  "QSYS2.SYSCOLUMNS",
  "QSYS2.IFS_READ",
  "SYSIBM.SYSDUMMY1",
];

export function sampleSnapshot(): SystemSqlSnapshot {
  return {
    available: [...SAMPLE_OBJECTS],
    tables: {
      "QSYS2.ACTIVE_JOB_INFO": jobs,
      "QSYS2.NETSTAT_INFO": netstat,
      "QSYS2.NETSTAT_JOB_INFO": netstatJobs,
      "QSYS2.OUTPUT_QUEUE_INFO": outputQueues,
      "QSYS2.USER_INFO": users,
      "QSYS2.GROUP_PROFILE_ENTRIES": groups,
      "QSYS2.OBJECT_PRIVILEGES": privileges,
      "QSYS2.EXIT_POINT_INFO": exitPoints,
      "QSYS2.EXIT_PROGRAM_INFO": exitPrograms,
      "QSYS2.TELNET_SERVER_ATTRIBUTES": [
        { AUTOSTART_SERVER: "*YES", NUMBER_SERVERS: 1, SERVER_TASKS: 1, KEEP_ALIVE_TIMEOUT: 600, ALLOW_TRANSPORT_LAYER_SECURITY: "*YES" },
      ] satisfies RowOf<"QSYS2.TELNET_SERVER_ATTRIBUTES">[],
      "QSYS2.HTTP_SERVER_INFO": [
        {
          SERVER_NAME: "APACHEDFT",
          HTTP_FUNCTION: "SERVER",
          JOB_NAME: "123470/QTMHHTTP/APACHEDFT",
          SERVER_START_TIME: at("2026-11-22T07:00:00"),
          SERVER_NORMAL_CONNECTIONS: 17,
          SERVER_SSL_CONNECTIONS: 3,
        },
      ] satisfies RowOf<"QSYS2.HTTP_SERVER_INFO">[],
      "QSYS2.SCHEDULED_JOB_INFO": [
        {
          SCHEDULED_JOB_ENTRY_NUMBER: 12,
          SCHEDULED_JOB_NAME: "FTPOFF",
          SCHEDULED_DATE_VALUE: "*NONE",
          SCHEDULED_TIME: "19:00:00",
          SCHEDULED_DAYS: "*ALL",
          FREQUENCY: "*WEEKLY",
          NEXT_SUBMISSION_DATE: at("2026-11-22T00:00:00"),
          STATUS: "SCHEDULED",
          COMMAND_STRING: "ENDTCPSVR SERVER(*FTP)",
          SCHEDULED_BY: "DASHUSR",
        },
      ] satisfies RowOf<"QSYS2.SCHEDULED_JOB_INFO">[],
      "QSYS2.SYSTEM_VALUE_INFO": systemValues,
      "QSYS2.FUNCTION_USAGE": [
        { FUNCTION_ID: "QIBM_QTMF_SERVER_REQ_10", USER_NAME: "ANONFTP", USAGE: "ALLOWED", USER_TYPE: "USER" },
      ] satisfies RowOf<"QSYS2.FUNCTION_USAGE">[],
      "QSYS2.FUNCTION_INFO": [
        { FUNCTION_ID: "QIBM_QTMF_SERVER_REQ_10", FUNCTION_NAME: "FTP server", DEFAULT_USAGE: "ALLOWED", ALLOBJ_AUTHORITY: "*USED" },
        { FUNCTION_ID: "QIBM_IOSYSCFG_VIEW", FUNCTION_NAME: "I/O system configuration view", DEFAULT_USAGE: "DENIED", ALLOBJ_AUTHORITY: "*NOTUSED" },
      ] satisfies RowOf<"QSYS2.FUNCTION_INFO">[],
      "QSYS2.SERVICES_INFO": services,
      "SYSIBMADM.ENV_SYS_INFO": [
        { OS_NAME: "IBM i", OS_VERSION: "7", OS_RELEASE: "5", HOST_NAME: "PROD1", TOTAL_CPUS: 4, CONFIGURED_CPUS: 2, TOTAL_MEMORY: 65536 },
      ] satisfies RowOf<"SYSIBMADM.ENV_SYS_INFO">[],
      "QUSRSYS.QATOCSTART": [
        { SERVER: "*FTP", SERVERTYPE: "*TCP", AUTOSTART: "*YES", EXTSTRCMD: null },
        { SERVER: "*SMTP", SERVERTYPE: "*TCP", AUTOSTART: "*NO", EXTSTRCMD: null },
        { SERVER: "*TELNET", SERVERTYPE: "*TCP", AUTOSTART: "*YES", EXTSTRCMD: null },
      ] satisfies RowOf<"QUSRSYS.QATOCSTART">[],
    },
    members: {
      "QUSRSYS.QATMADRLST": {
        ACCEPTRLY: [
          { INTNETADR: "127.0.0.1", SUBNETMASK: "255.255.255.255", HOSTNAME: "" },
          { INTNETADR: "10.1.1.0", SUBNETMASK: "255.255.255.0", HOSTNAME: "" },
        ],
        REJECTCNN: [{ INTNETADR: "203.0.113.0", SUBNETMASK: "255.255.255.0", HOSTNAME: "" }],
        NEARDMN: [],
      },
    },
    files: { "/QOpenSys/QIBM/UserData/SC1/OpenSSH/etc/sshd_config": SSHD_CONFIG },
    denied: {},
  };
}
