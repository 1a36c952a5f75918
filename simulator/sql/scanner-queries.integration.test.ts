/**
 * Queries a scanner sends (ibmi-facts §1.7, §2–§6, peers-and-checks §3), each answered by SQL
 * evaluation over the hand-made sample system. Rows are read back from the QZDFMDB2 text by the
 * dash-line offsets, as the dashboard's parser does.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SqlEngine } from "./sql-engine";
import { resultRows } from "./test-support/result-rows";
import { SAMPLE_NOW, sampleSnapshot } from "./test-support/sample-snapshot";

let engine: SqlEngine;

beforeAll(async () => {
  engine = await SqlEngine.start({ workers: 1 });
  await engine.loadSystem("scan", sampleSnapshot());
});

afterAll(async () => {
  await engine?.close();
});

async function query(sql: string) {
  const answer = await engine.runQzdfmdb2("scan", `${sql};\n`, { currentUser: "DASHUSR", serverName: "PROD1", now: SAMPLE_NOW });
  expect(answer.exitCode, answer.stdout).toBe(0);
  return resultRows(answer.stdout);
}

interface Case {
  check: string;
  sql: string;
  columns: string[];
  rows: string[][];
}

const CASES: Case[] = [
  {
    check: "FTP-01 server jobs",
    sql: `SELECT JOB_NAME, SUBSYSTEM, AUTHORIZATION_NAME, JOB_TYPE, FUNCTION_TYPE, FUNCTION, JOB_STATUS, SERVER_TYPE
            FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTFTP*')) X
           ORDER BY JOB_NAME`,
    columns: ["JOB_NAME", "SUBSYSTEM", "AUTHORIZATION_NAME", "JOB_TYPE", "FUNCTION_TYPE", "FUNCTION", "JOB_STATUS", "SERVER_TYPE"],
    rows: [
      ["123450/QTCP/QTFTP01234", "QSYSWRK", "QTCP", "BCH", "PGM", "QTMFFTPD", "TIMW", "QIBM_FTP_SERVER"],
      ["123451/QTCP/QTFTP01235", "QSYSWRK", "QTCP", "BCH", "PGM", "QTMFFTPD", "TIMW", "QIBM_FTP_SERVER"],
    ],
  },
  {
    check: "FTP-01 listener",
    sql: "SELECT LOCAL_ADDRESS, LOCAL_PORT, TCP_STATE FROM QSYS2.NETSTAT_INFO WHERE LOCAL_PORT IN (20, 21, 990) AND TCP_STATE = 'LISTEN'",
    columns: ["LOCAL_ADDRESS", "LOCAL_PORT", "TCP_STATE"],
    rows: [["0.0.0.0", "21", "LISTEN"]],
  },
  {
    check: "FTP-02 autostart records",
    sql: "SELECT SERVER, SERVERTYPE, AUTOSTART, EXTSTRCMD FROM QUSRSYS.QATOCSTART ORDER BY SERVER",
    columns: ["SERVER", "SERVERTYPE", "AUTOSTART", "EXTSTRCMD"],
    rows: [
      ["*FTP", "*TCP", "*YES", "-"],
      ["*SMTP", "*TCP", "*NO", "-"],
      ["*TELNET", "*TCP", "*YES", "-"],
    ],
  },
  {
    check: "FTP-04 exit programs on the FTP/Telnet/spool exit points (IN-list)",
    sql: `SELECT EXIT_POINT_NAME, EXIT_POINT_FORMAT, EXIT_PROGRAM_NUMBER, EXIT_PROGRAM_LIBRARY, EXIT_PROGRAM
            FROM QSYS2.EXIT_PROGRAM_INFO
           WHERE EXIT_POINT_NAME IN ('QIBM_QTMF_SERVER_REQ','QIBM_QTMF_SVR_LOGON','QIBM_QTMF_CLIENT_REQ',
                                     'QIBM_QTMX_SERVER_REQ','QIBM_QTMX_SVR_LOGON','QIBM_QTOD_SERVER_REQ',
                                     'QIBM_QTG_DEVINIT','QIBM_QTG_DEVTERM','QIBM_QSP_SECURITY')
           ORDER BY EXIT_POINT_NAME, EXIT_PROGRAM_NUMBER`,
    columns: ["EXIT_POINT_NAME", "EXIT_POINT_FORMAT", "EXIT_PROGRAM_NUMBER", "EXIT_PROGRAM_LIBRARY", "EXIT_PROGRAM"],
    rows: [["QIBM_QTMF_SERVER_REQ", "VLRQ0100", "1", "SECLIB", "FTPREQ"]],
  },
  {
    check: "EXT-01 registered exit points (LIKE, NULL maximum)",
    sql: `SELECT EXIT_POINT_NAME, EXIT_POINT_FORMAT, REGISTERED, EXIT_PROGRAMS, MAXIMUM_EXIT_PROGRAMS
            FROM QSYS2.EXIT_POINT_INFO
           WHERE EXIT_POINT_NAME LIKE 'QIBM_QTMF%' OR EXIT_POINT_NAME LIKE 'QIBM_QTG%' ORDER BY 1`,
    columns: ["EXIT_POINT_NAME", "EXIT_POINT_FORMAT", "REGISTERED", "EXIT_PROGRAMS", "MAXIMUM_EXIT_PROGRAMS"],
    rows: [
      ["QIBM_QTG_DEVINIT", "INIT0100", "YES", "0", "1"],
      ["QIBM_QTMF_SERVER_REQ", "VLRQ0100", "YES", "1", "-"],
      ["QIBM_QTMF_SVR_LOGON", "TCPL0300", "YES", "0", "1"],
    ],
  },
  {
    check: "EXT-01 exit points without programs (NOT IN subquery)",
    sql: "SELECT EXIT_POINT_NAME FROM QSYS2.EXIT_POINT_INFO WHERE EXIT_POINT_NAME NOT IN (SELECT EXIT_POINT_NAME FROM QSYS2.EXIT_PROGRAM_INFO) ORDER BY 1",
    columns: ["EXIT_POINT_NAME"],
    rows: [["QIBM_QSP_SECURITY"], ["QIBM_QTG_DEVINIT"], ["QIBM_QTMF_SVR_LOGON"]],
  },
  {
    check: "FTP-06 function usage for FTP (LEFT JOIN)",
    sql: `SELECT I.FUNCTION_ID, I.DEFAULT_USAGE, I.ALLOBJ_AUTHORITY, U.USER_NAME, U.USAGE
            FROM QSYS2.FUNCTION_INFO I LEFT JOIN QSYS2.FUNCTION_USAGE U ON U.FUNCTION_ID = I.FUNCTION_ID
           ORDER BY I.FUNCTION_ID`,
    columns: ["FUNCTION_ID", "DEFAULT_USAGE", "ALLOBJ_AUTHORITY", "USER_NAME", "USAGE"],
    rows: [
      ["QIBM_IOSYSCFG_VIEW", "DENIED", "*NOTUSED", "-", "-"],
      ["QIBM_QTMF_SERVER_REQ_10", "ALLOWED", "*USED", "ANONFTP", "ALLOWED"],
    ],
  },
  {
    check: "SMTP-01 server jobs",
    sql: "SELECT JOB_NAME, JOB_STATUS, FUNCTION FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTSM*')) X",
    columns: ["JOB_NAME", "JOB_STATUS", "FUNCTION"],
    rows: [["123452/QTCP/QTSMTPSRVR", "SELW", "QTMSSRCP"]],
  },
  {
    check: "SMTP-03 list file members",
    sql: `SELECT SYSTEM_TABLE_MEMBER, NUMBER_ROWS, LAST_CHANGE_TIMESTAMP FROM QSYS2.SYSPARTITIONSTAT
           WHERE SYSTEM_TABLE_SCHEMA = 'QUSRSYS' AND SYSTEM_TABLE_NAME = 'QATMADRLST' ORDER BY PARTITION_NUMBER`,
    columns: ["SYSTEM_TABLE_MEMBER", "NUMBER_ROWS", "LAST_CHANGE_TIMESTAMP"],
    rows: [
      ["ACCEPTRLY", "2", "-"],
      ["REJECTCNN", "1", "-"],
      ["NEARDMN", "0", "-"],
    ],
  },
  {
    check: "SMTP-03 list file record layout",
    sql: `SELECT COLUMN_NAME, DATA_TYPE, LENGTH, NUMERIC_SCALE FROM QSYS2.SYSCOLUMNS
           WHERE SYSTEM_TABLE_SCHEMA = 'QUSRSYS' AND SYSTEM_TABLE_NAME = 'QATMADRLST' ORDER BY ORDINAL_POSITION`,
    columns: ["COLUMN_NAME", "DATA_TYPE", "LENGTH", "NUMERIC_SCALE"],
    rows: [
      ["INTNETADR", "CHAR", "15", "-"],
      ["SUBNETMASK", "CHAR", "15", "-"],
      ["HOSTNAME", "CHAR", "64", "-"],
    ],
  },
  {
    check: "NET-01 inbound sessions with owning job (LEFT JOIN on four columns, loopback dropped)",
    sql: `SELECT n.REMOTE_ADDRESS, n.REMOTE_PORT, n.LOCAL_PORT, n.IDLE_TIME, j.JOB_NAME, j.AUTHORIZATION_NAME
            FROM QSYS2.NETSTAT_INFO n
            LEFT JOIN QSYS2.NETSTAT_JOB_INFO j
              ON j.LOCAL_ADDRESS = n.LOCAL_ADDRESS AND j.LOCAL_PORT = n.LOCAL_PORT
             AND j.REMOTE_ADDRESS = n.REMOTE_ADDRESS AND j.REMOTE_PORT = n.REMOTE_PORT
           WHERE n.PROTOCOL = 'TCP' AND n.TCP_STATE = 'ESTABLISHED'
             AND n.REMOTE_ADDRESS NOT IN ('127.0.0.1', '::1')
           ORDER BY n.REMOTE_ADDRESS`,
    columns: ["REMOTE_ADDRESS", "REMOTE_PORT", "LOCAL_PORT", "IDLE_TIME", "JOB_NAME", "AUTHORIZATION_NAME"],
    rows: [
      ["10.1.1.20", "61000", "22", "0", "-", "-"],
      ["10.1.1.50", "50999", "23", "12", "123461/OPERATOR/QPADEV0002", "OPERATOR"],
      ["198.51.100.9", "40001", "21", "75", "123462/ANONFTP/QTFTP01234", "ANONFTP"],
      ["203.0.113.7", "50211", "23", "340", "123460/PAYCLERK/QPADEV0001", "PAYCLERK"],
    ],
  },
  {
    check: "NET-02 listening services",
    sql: "SELECT LOCAL_ADDRESS, LOCAL_PORT, LOCAL_PORT_NAME FROM QSYS2.NETSTAT_INFO WHERE PROTOCOL = 'TCP' AND TCP_STATE = 'LISTEN' ORDER BY LOCAL_PORT",
    columns: ["LOCAL_ADDRESS", "LOCAL_PORT", "LOCAL_PORT_NAME"],
    rows: [
      ["0.0.0.0", "21", "FTP-CONTROL"],
      ["0.0.0.0", "22", "SSH"],
      ["0.0.0.0", "23", "TELNET"],
      ["0.0.0.0", "25", "SMTP"],
      ["0.0.0.0", "992", "TELNET-SSL"],
    ],
  },
  {
    check: "TLN-01 sessions per Telnet port (GROUP BY, ordinal column name)",
    sql: "SELECT LOCAL_PORT, COUNT(*) FROM QSYS2.NETSTAT_INFO WHERE LOCAL_PORT IN (23, 992) AND TCP_STATE = 'ESTABLISHED' GROUP BY LOCAL_PORT",
    columns: ["LOCAL_PORT", "00002"],
    rows: [["23", "2"]],
  },
  {
    check: "TLN-01 Telnet TLS policy",
    sql: "SELECT AUTOSTART_SERVER, ALLOW_TRANSPORT_LAYER_SECURITY FROM QSYS2.TELNET_SERVER_ATTRIBUTES",
    columns: ["AUTOSTART_SERVER", "ALLOW_TRANSPORT_LAYER_SECURITY"],
    rows: [["*YES", "*YES"]],
  },
  {
    check: "NET-01 session owners with client addresses (join with a table function)",
    sql: `SELECT J.JOB_NAME, A.CLIENT_IP_ADDRESS FROM QSYS2.NETSTAT_JOB_INFO J
            JOIN TABLE(QSYS2.ACTIVE_JOB_INFO(DETAILED_INFO => 'ALL')) A ON A.JOB_NAME = J.JOB_NAME
           WHERE J.LOCAL_PORT = 23 ORDER BY J.JOB_NAME`,
    columns: ["JOB_NAME", "CLIENT_IP_ADDRESS"],
    rows: [
      ["123460/PAYCLERK/QPADEV0001", "203.0.113.7"],
      ["123461/OPERATOR/QPADEV0002", "10.1.1.50"],
    ],
  },
  {
    check: "OUTQ-01 queue attributes, most files first",
    sql: `SELECT OUTPUT_QUEUE_LIBRARY_NAME, OUTPUT_QUEUE_NAME, NUMBER_OF_FILES, DISPLAY_ANY_FILE, OPERATOR_CONTROLLED, AUTHORITY_TO_CHECK
            FROM QSYS2.OUTPUT_QUEUE_INFO ORDER BY NUMBER_OF_FILES DESC`,
    columns: ["OUTPUT_QUEUE_LIBRARY_NAME", "OUTPUT_QUEUE_NAME", "NUMBER_OF_FILES", "DISPLAY_ANY_FILE", "OPERATOR_CONTROLLED", "AUTHORITY_TO_CHECK"],
    rows: [
      ["PAYLIB", "PAYROLL", "42", "*YES", "*YES", "*DTAAUT"],
      ["QGPL", "QPRINT", "7", "*NO", "*YES", "*OWNER"],
      ["HRLIB", "HRREPORTS", "0", "*OWNER", "*NO", "*OWNER"],
    ],
  },
  {
    check: "OUTQ-02 *PUBLIC authority on queues",
    sql: `SELECT SYSTEM_OBJECT_SCHEMA, SYSTEM_OBJECT_NAME, AUTHORIZATION_NAME, OBJECT_AUTHORITY,
                 DATA_READ, DATA_ADD, DATA_DELETE, OBJECT_MANAGEMENT
            FROM QSYS2.OBJECT_PRIVILEGES
           WHERE OBJECT_TYPE = '*OUTQ' AND AUTHORIZATION_NAME = '*PUBLIC'
             AND OBJECT_AUTHORITY NOT IN ('*EXCLUDE') ORDER BY SYSTEM_OBJECT_NAME`,
    columns: [
      "SYSTEM_OBJECT_SCHEMA",
      "SYSTEM_OBJECT_NAME",
      "AUTHORIZATION_NAME",
      "OBJECT_AUTHORITY",
      "DATA_READ",
      "DATA_ADD",
      "DATA_DELETE",
      "OBJECT_MANAGEMENT",
    ],
    rows: [
      ["HRLIB", "HRREPORTS", "*PUBLIC", "*ALL", "YES", "YES", "YES", "YES"],
      ["PAYLIB", "PAYROLL", "*PUBLIC", "*USE", "YES", "NO", "NO", "NO"],
    ],
  },
  {
    check: "OUTQ-05 *SPLCTL or *ALLOBJ holders, directly or through a group (§5.3)",
    sql: `SELECT AUTHORIZATION_NAME, STATUS, NO_PASSWORD_INDICATOR, PREVIOUS_SIGNON, TEXT_DESCRIPTION
            FROM QSYS2.USER_INFO
           WHERE SPECIAL_AUTHORITIES LIKE '%*SPLCTL%' OR SPECIAL_AUTHORITIES LIKE '%*ALLOBJ%'
              OR AUTHORIZATION_NAME IN (
                   SELECT USER_PROFILE_NAME FROM QSYS2.GROUP_PROFILE_ENTRIES
                    WHERE GROUP_PROFILE_NAME IN (SELECT AUTHORIZATION_NAME FROM QSYS2.USER_INFO
                                                  WHERE SPECIAL_AUTHORITIES LIKE '%*SPLCTL%'
                                                     OR SPECIAL_AUTHORITIES LIKE '%*ALLOBJ%'))
           ORDER BY AUTHORIZATION_NAME`,
    columns: ["AUTHORIZATION_NAME", "STATUS", "NO_PASSWORD_INDICATOR", "PREVIOUS_SIGNON", "TEXT_DESCRIPTION"],
    rows: [
      ["ANONFTP", "*ENABLED", "NO", "2026-06-01-00.00.00.000000", "Anonymous FTP"],
      ["DASHUSR", "*ENABLED", "NO", "2026-11-22-10.00.00.000000", "Portcullis scanner"],
      ["PAYCLERK", "*ENABLED", "NO", "2026-11-22-08.05.00.000000", "Payroll clerk"],
      ["PAYGRP", "*DISABLED", "YES", "-", "Payroll group"],
      ["QSECOFR", "*ENABLED", "NO", "2026-11-20-09.00.00.000000", "Security officer"],
      ["SPOOLADM", "*ENABLED", "NO", "2026-07-01-12.00.00.000000", "Spool administrator"],
    ],
  },
  {
    check: "LIKE is case-sensitive",
    sql: "SELECT COUNT(*) AS N FROM QSYS2.USER_INFO WHERE SPECIAL_AUTHORITIES LIKE '%*splctl%'",
    columns: ["N"],
    rows: [["0"]],
  },
  {
    check: "PRV-01 members of each group (LISTAGG)",
    sql: `SELECT GROUP_PROFILE_NAME, LISTAGG(USER_PROFILE_NAME, ',') WITHIN GROUP (ORDER BY USER_PROFILE_NAME) AS MEMBERS
            FROM QSYS2.GROUP_PROFILE_ENTRIES GROUP BY GROUP_PROFILE_NAME`,
    columns: ["GROUP_PROFILE_NAME", "MEMBERS"],
    rows: [["PAYGRP", "ANONFTP,PAYCLERK"]],
  },
  {
    check: "PRV-01 special authority position and last sign-on (LOCATE, VARCHAR_FORMAT)",
    sql: `SELECT AUTHORIZATION_NAME, LOCATE('*SPLCTL', SPECIAL_AUTHORITIES) AS AT,
                 VARCHAR_FORMAT(PREVIOUS_SIGNON, 'YYYY-MM-DD HH24:MI') AS LAST_SIGNON
            FROM QSYS2.USER_INFO WHERE AUTHORIZATION_NAME IN ('QSECOFR', 'OPERATOR') ORDER BY 1`,
    columns: ["AUTHORIZATION_NAME", "AT", "LAST_SIGNON"],
    rows: [
      ["OPERATOR", "0", "2026-11-22 06:30"],
      ["QSECOFR", "59", "2026-11-20 09:00"],
    ],
  },
  {
    check: "Dormant profiles (labeled duration, CASE, COALESCE)",
    sql: `SELECT AUTHORIZATION_NAME,
                 CASE WHEN PREVIOUS_SIGNON < CURRENT TIMESTAMP - 90 DAYS THEN 'DORMANT' ELSE 'ACTIVE' END AS STATE,
                 COALESCE(GROUP_PROFILE_NAME, '*NONE') AS GRP
            FROM QSYS2.USER_INFO WHERE PREVIOUS_SIGNON IS NOT NULL ORDER BY PREVIOUS_SIGNON FETCH FIRST 3 ROWS ONLY`,
    columns: ["AUTHORIZATION_NAME", "STATE", "GRP"],
    rows: [
      ["ANONFTP", "DORMANT", "*NONE"],
      ["SPOOLADM", "DORMANT", "*NONE"],
      ["QSECOFR", "ACTIVE", "*NONE"],
    ],
  },
  {
    check: "Paging through profiles (OFFSET … FETCH NEXT)",
    sql: "SELECT AUTHORIZATION_NAME FROM QSYS2.USER_INFO ORDER BY AUTHORIZATION_NAME OFFSET 2 ROWS FETCH NEXT 2 ROWS ONLY",
    columns: ["AUTHORIZATION_NAME"],
    rows: [["OPERATOR"], ["PAYCLERK"]],
  },
  {
    check: "NET-01 remote addresses by zone (CTE, CASE, GROUP BY, HAVING)",
    sql: `WITH SESSIONS AS (
            SELECT CASE WHEN REMOTE_ADDRESS LIKE '10.%' THEN 'INTERNAL' ELSE 'EXTERNAL' END AS ZONE, LOCAL_PORT
              FROM QSYS2.NETSTAT_INFO WHERE TCP_STATE = 'ESTABLISHED' AND REMOTE_ADDRESS <> '127.0.0.1')
          SELECT ZONE, COUNT(*) AS SESSIONS, MIN(LOCAL_PORT) AS LOWEST_PORT FROM SESSIONS
           GROUP BY ZONE HAVING COUNT(*) >= 2 ORDER BY ZONE`,
    columns: ["ZONE", "SESSIONS", "LOWEST_PORT"],
    rows: [
      ["EXTERNAL", "2", "21"],
      ["INTERNAL", "2", "22"],
    ],
  },
  {
    check: "Feature detection (SERVICES_INFO)",
    sql: `SELECT SERVICE_NAME, SQL_OBJECT_TYPE, EARLIEST_POSSIBLE_RELEASE, INITIAL_DB2_GROUP_LEVEL
            FROM QSYS2.SERVICES_INFO
           WHERE SERVICE_SCHEMA_NAME = 'QSYS2'
             AND SERVICE_NAME IN ('NETSTAT_INFO','NETSTAT_JOB_INFO','ACTIVE_JOB_INFO','EXIT_POINT_INFO',
                                  'EXIT_PROGRAM_INFO','TELNET_SERVER_ATTRIBUTES','QCMDEXC')
           ORDER BY SERVICE_NAME`,
    columns: ["SERVICE_NAME", "SQL_OBJECT_TYPE", "EARLIEST_POSSIBLE_RELEASE", "INITIAL_DB2_GROUP_LEVEL"],
    rows: [
      ["ACTIVE_JOB_INFO", "UDTF", "V7R2M0", "11"],
      ["EXIT_PROGRAM_INFO", "VIEW", "V7R3M0", "10"],
      ["NETSTAT_INFO", "VIEW", "V7R2M0", "1"],
      ["NETSTAT_JOB_INFO", "VIEW", "V7R2M0", "1"],
      ["TELNET_SERVER_ATTRIBUTES", "VIEW", "V7R4M0", "13"],
    ],
  },
  {
    check: "Release (ENV_SYS_INFO)",
    sql: "SELECT OS_NAME CONCAT ' ' CONCAT OS_VERSION CONCAT '.' CONCAT OS_RELEASE AS OS FROM SYSIBMADM.ENV_SYS_INFO",
    columns: ["OS"],
    rows: [["IBM i 7.5"]],
  },
  {
    check: "SYS-01/TLN-02 security system values (COALESCE with CHAR of a number)",
    sql: `SELECT SYSTEM_VALUE_NAME, COALESCE(CURRENT_CHARACTER_VALUE, CHAR(CURRENT_NUMERIC_VALUE)) AS CURRENT_VALUE
            FROM QSYS2.SYSTEM_VALUE_INFO WHERE SYSTEM_VALUE_NAME IN ('QSECURITY', 'QAUTOVRT', 'QPWDLVL') ORDER BY 1`,
    columns: ["SYSTEM_VALUE_NAME", "CURRENT_VALUE"],
    rows: [
      ["QAUTOVRT", "9999"],
      ["QPWDLVL", "2"],
      ["QSECURITY", "40"],
    ],
  },
  {
    check: "FTP-03 scheduler entries for the managed window",
    sql: "SELECT SCHEDULED_JOB_NAME, FREQUENCY, SCHEDULED_DAYS, SCHEDULED_TIME, COMMAND_STRING FROM QSYS2.SCHEDULED_JOB_INFO WHERE SCHEDULED_JOB_NAME IN ('FTPOFF','FTPON')",
    columns: ["SCHEDULED_JOB_NAME", "FREQUENCY", "SCHEDULED_DAYS", "SCHEDULED_TIME", "COMMAND_STRING"],
    rows: [["FTPOFF", "*WEEKLY", "*ALL", "19.00.00", "ENDTCPSVR SERVER(*FTP)"]],
  },
  {
    check: "HTTP instances taking cleartext connections",
    sql: "SELECT SERVER_NAME, SERVER_NORMAL_CONNECTIONS, SERVER_SSL_CONNECTIONS FROM QSYS2.HTTP_SERVER_INFO WHERE SERVER_NORMAL_CONNECTIONS > 0",
    columns: ["SERVER_NAME", "SERVER_NORMAL_CONNECTIONS", "SERVER_SSL_CONNECTIONS"],
    rows: [["APACHEDFT", "17", "3"]],
  },
  {
    check: "FTP-11 sshd_config hardening (IFS_READ)",
    sql: `SELECT LINE_NUMBER, UPPER(SUBSTR(LINE, 1, LOCATE(' ', LINE) - 1)) AS KEYWORD
            FROM TABLE(QSYS2.IFS_READ(PATH_NAME => '/QOpenSys/QIBM/UserData/SC1/OpenSSH/etc/sshd_config')) X
           WHERE LINE NOT LIKE '#%' AND LINE <> '' ORDER BY LINE_NUMBER`,
    columns: ["LINE_NUMBER", "KEYWORD"],
    rows: [
      ["2", "PORT"],
      ["3", "PERMITROOTLOGIN"],
      ["4", "PASSWORDAUTHENTICATION"],
      ["5", "ALLOWGROUPS"],
    ],
  },
];

describe("scanner queries", () => {
  it.each(CASES)("$check", async ({ sql, columns, rows }) => {
    expect(await query(sql)).toEqual({ columns, rows });
  });
});
