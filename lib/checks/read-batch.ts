/**
 * The read-only SQL a scan sends to an IBM i: one QZDFMDB2 stdin batch, so that a scan costs one
 * SSH exec and everything it reads comes from one job (QTEMP aliases included).
 *
 * Each statement is one line (the batch is split on `;` and vscode-ibmi flattens newlines the
 * same way) and selects only the columns a check uses: QZDFMDB2 prints fixed-width columns and
 * a wide row wraps, which no parser survives (ibmi-facts §1.3 point 8). Wide IBM columns
 * (VARCHAR(128/256/1024), VARGRAPHIC(1280)) are therefore cast down to what the values need.
 */

export type ScanKind = "full" | "connections";

// Batch order: reads that rarely fail first, the ones that often fail (a service missing on older
// releases, *SECADM, 7.6 network authority, a missing ACCEPTRLY member) last. Whether QZDFMDB2
// goes on after a failed statement is unconfirmed [U]; if it stops, this keeps the loss small.
export const STATEMENT_IDS = [
  "probe-release",
  "probe-services",
  "probe-authorities",
  "ftp-jobs",
  "smtp-jobs",
  "net-listeners",
  "net-connections",
  "ftp-function-defaults",
  "system-values",
  "users-special-authorities",
  "users-groups",
  "outq-info",
  "outq-privileges",
  "outq-library-privileges",
  "endtcpcnn-privileges",
  "smtp-list-members",
  "exit-programs",
  "http-servers",
  "tcp-autostart",
  "telnet-attributes",
  "net-connection-jobs",
  "probe-function-usage",
  "sshd-config",
  "smtp-accept-alias",
  "smtp-accept-entries",
  "smtp-accept-alias-drop",
] as const;
export type StatementId = (typeof STATEMENT_IDS)[number];

/** How far the source of a statement's answer is documented (ibmi-facts confidence tags). */
export type SourceConfidence = "high" | "medium" | "low";

export interface ReadStatement {
  id: StatementId;
  /** One line of Db2 for i SQL, no trailing `;`. */
  sql: string;
  /** What a check learns from it, in words an auditor can follow. */
  purpose: string;
  /** The IBM i object read, as SCHEMA.NAME; named when it is missing on a system. */
  object: string;
  /** Listed in QSYS2.SERVICES_INFO when true (IBM i services, not catalog views or files). */
  isService: boolean;
  /** Which release or Db2 PTF group brought the object (ibmi-facts §9). */
  availability: string;
  /**
   * What the profile needs for a complete answer and the CL that grants it; `{profile}` stands
   * for the signed-on profile. Absent when IBM documents no authority requirement.
   */
  authority?: { needs: string; grant: string };
  /** How well-documented the object and its columns are. */
  sourceConfidence: SourceConfidence;
  scanKinds: readonly ScanKind[];
}

export interface ReadBatchOptions {
  /**
   * Where sshd_config lives. 5733-SC1 OpenSSH keeps it in /QOpenSys/QIBM/UserData/SC1/OpenSSH/etc
   * (Code for IBM i docs); the RPM-installed OpenSSH uses /QOpenSys/etc/ssh [U]. Configurable for
   * that reason.
   */
  sshdConfigPath?: string;
}

export const DEFAULT_SSHD_CONFIG_PATH = "/QOpenSys/QIBM/UserData/SC1/OpenSSH/etc/sshd_config";

/** The QTEMP alias through which the ACCEPTRLY member of QUSRSYS/QATMADRLST is read. */
export const SMTP_ACCEPT_ALIAS = "QTEMP.PORTCULLIS_ACCEPTRLY";

/** Special authorities whose holders the catalogue counts (PRV-01) and reasons about. */
export const SPECIAL_AUTHORITIES = [
  "*ALLOBJ",
  "*SECADM",
  "*IOSYSCFG",
  "*JOBCTL",
  "*SPLCTL",
  "*SERVICE",
  "*AUDIT",
  "*SAVSYS",
] as const;
export type SpecialAuthority = (typeof SPECIAL_AUTHORITIES)[number];

/**
 * Exit-point name prefixes of the network servers whose coverage EXT-01 reports. FTP, REXEC,
 * TFTP and Telnet names are IBM-documented (ibmi-facts §2.3); the host-server families
 * (QZDA database, QZRC remote command, QZSC central, QZSO sign-on, QPWFS file, QZHQ data queue,
 * QNPS network print) come from IBM's "identify exit points" pages for those servers.
 */
export const EXIT_POINT_PREFIXES = [
  "QIBM_QTMF_",
  "QIBM_QTMX_",
  "QIBM_QTOD_",
  "QIBM_QTG_",
  "QIBM_QZDA_",
  "QIBM_QZRC_",
  "QIBM_QZSC_",
  "QIBM_QZSO_",
  "QIBM_QPWFS_",
  "QIBM_QZHQ_",
  "QIBM_QNPS_",
  "QIBM_QSO_",
  "QIBM_QSP_",
] as const;

const IOSYSCFG_VIEW = {
  needs: "*IOSYSCFG special authority or the QIBM_IOSYSCFG_VIEW function usage (IBM i 7.6; *ALLOBJ does not grant it)",
  grant: "CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER({profile}) USAGE(*ALLOWED)",
};

const sqlList = (values: readonly string[]) => values.map((value) => `'${value}'`).join(", ");

const BOTH: readonly ScanKind[] = ["full", "connections"];
const FULL: readonly ScanKind[] = ["full"];

/** Services whose presence the probe asks QSYS2.SERVICES_INFO about. */
function probedServices(statements: readonly ReadStatement[]): string[] {
  return [...new Set(statements.filter((s) => s.isService).map((s) => s.object.split(".")[1]!))].sort();
}

function allStatements(options: ReadBatchOptions): ReadStatement[] {
  const sshdConfigPath = (options.sshdConfigPath ?? DEFAULT_SSHD_CONFIG_PATH).replaceAll("'", "''");
  const specialAuthorityFilter = SPECIAL_AUTHORITIES.map((a) => `SPECIAL_AUTHORITIES LIKE '%${a}%'`).join(" OR ");
  const exitPointFilter = EXIT_POINT_PREFIXES.map((p) => `EXIT_POINT_NAME LIKE '${p}%'`).join(" OR ");

  const reads: ReadStatement[] = [
    {
      id: "probe-authorities",
      sql:
        "SELECT AUTHORIZATION_NAME, SPECIAL_AUTHORITIES FROM QSYS2.USER_INFO WHERE AUTHORIZATION_NAME = SESSION_USER " +
        "OR AUTHORIZATION_NAME IN (SELECT GROUP_PROFILE_NAME FROM QSYS2.GROUP_PROFILE_ENTRIES WHERE USER_PROFILE_NAME = SESSION_USER)",
      purpose: "Special authorities of the scanning profile and of its group profiles: what this scan can see completely",
      object: "QSYS2.USER_INFO",
      isService: true,
      availability: "all supported releases",
      sourceConfidence: "high",
      scanKinds: BOTH,
    },
    {
      id: "probe-function-usage",
      sql:
        "SELECT FUNCTION_ID, USER_NAME, USAGE, USER_TYPE FROM QSYS2.FUNCTION_USAGE " +
        "WHERE FUNCTION_ID IN ('QIBM_IOSYSCFG_VIEW', 'QIBM_DB_SECADM') OR FUNCTION_ID LIKE 'QIBM_QTMF%'",
      purpose: "Function usage granted to profiles: read-only network view (7.6), security-admin view of authorities, FTP functions",
      object: "QSYS2.FUNCTION_USAGE",
      isService: true,
      availability: "all supported releases",
      authority: {
        needs: "*SECADM special authority",
        grant: "CHGUSRPRF USRPRF({profile}) SPCAUT({currentSpecialAuthorities} *SECADM)",
      },
      sourceConfidence: "high",
      scanKinds: BOTH,
    },
    {
      id: "ftp-jobs",
      sql: "SELECT JOB_NAME, JOB_STATUS FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTFTP*')) X",
      purpose: "FTP server jobs (QTFTPnnnnn in QSYSWRK): is the FTP server running",
      object: "QSYS2.ACTIVE_JOB_INFO",
      isService: true,
      availability: "all supported releases",
      sourceConfidence: "medium",
      scanKinds: BOTH,
    },
    {
      id: "smtp-jobs",
      sql: "SELECT JOB_NAME, JOB_STATUS FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTSM*')) X",
      purpose: "SMTP server jobs (QTSM* in QSYSWRK): is the SMTP server running",
      object: "QSYS2.ACTIVE_JOB_INFO",
      isService: true,
      availability: "all supported releases",
      sourceConfidence: "medium",
      scanKinds: FULL,
    },
    {
      id: "net-listeners",
      sql: "SELECT PROTOCOL, LOCAL_ADDRESS, LOCAL_PORT FROM QSYS2.NETSTAT_INFO WHERE TCP_STATE = 'LISTEN' OR PROTOCOL = 'UDP'",
      purpose: "Listening TCP ports and bound UDP ports: which servers accept connections",
      object: "QSYS2.NETSTAT_INFO",
      isService: true,
      availability: "all supported releases",
      authority: IOSYSCFG_VIEW,
      sourceConfidence: "high",
      scanKinds: BOTH,
    },
    {
      id: "net-connections",
      sql:
        "SELECT REMOTE_ADDRESS, REMOTE_PORT, LOCAL_ADDRESS, LOCAL_PORT, IDLE_TIME FROM QSYS2.NETSTAT_INFO " +
        "WHERE PROTOCOL = 'TCP' AND TCP_STATE = 'ESTABLISHED'",
      purpose: "Established TCP connections: who is connected, to which local port",
      object: "QSYS2.NETSTAT_INFO",
      isService: true,
      availability: "all supported releases",
      authority: IOSYSCFG_VIEW,
      sourceConfidence: "high",
      scanKinds: BOTH,
    },
    {
      id: "net-connection-jobs",
      sql:
        "SELECT REMOTE_ADDRESS, REMOTE_PORT, LOCAL_PORT, JOB_NAME, AUTHORIZATION_NAME FROM QSYS2.NETSTAT_JOB_INFO " +
        "WHERE PROTOCOL = 'TCP' AND REMOTE_PORT <> 0",
      purpose: "The job and user profile behind each connection",
      object: "QSYS2.NETSTAT_JOB_INFO",
      isService: true,
      availability: "all supported releases",
      authority: IOSYSCFG_VIEW,
      sourceConfidence: "high",
      scanKinds: BOTH,
    },
    {
      id: "tcp-autostart",
      sql: "SELECT SERVER, AUTOSTART FROM QUSRSYS.QATOCSTART",
      purpose:
        "Which TCP/IP servers start with STRTCP (CHGFTPA/CHGSMTPA AUTOSTART). QUSRSYS/QATOCSTART is documented by a third " +
        "party (CBX16911), not by IBM",
      object: "QUSRSYS.QATOCSTART",
      isService: false,
      availability: "a system file, not an SQL service; present since V5 per third-party code",
      authority: { needs: "*USE on QUSRSYS/QATOCSTART", grant: "GRTOBJAUT OBJ(QUSRSYS/QATOCSTART) OBJTYPE(*FILE) USER({profile}) AUT(*USE)" },
      sourceConfidence: "low",
      scanKinds: FULL,
    },
    {
      id: "ftp-function-defaults",
      sql: "SELECT FUNCTION_ID, DEFAULT_USAGE FROM QSYS2.FUNCTION_INFO WHERE FUNCTION_ID LIKE 'QIBM_QTMF_SERVER_REQ%'",
      purpose: "Default usage of the FTP server function IDs (IBM ships them allowed for everyone)",
      object: "QSYS2.FUNCTION_INFO",
      isService: true,
      availability: "all supported releases",
      sourceConfidence: "high",
      scanKinds: FULL,
    },
    {
      id: "smtp-list-members",
      sql:
        "SELECT SYSTEM_TABLE_MEMBER, NUMBER_ROWS FROM QSYS2.SYSPARTITIONSTAT " +
        "WHERE SYSTEM_TABLE_SCHEMA = 'QUSRSYS' AND SYSTEM_TABLE_NAME = 'QATMADRLST'",
      purpose: "Members of the SMTP list-entry file QUSRSYS/QATMADRLST and their entry counts (accept, reject, near lists)",
      object: "QSYS2.SYSPARTITIONSTAT",
      isService: false,
      availability: "all supported releases (Db2 catalog)",
      sourceConfidence: "medium",
      scanKinds: FULL,
    },
    {
      id: "smtp-accept-alias",
      sql: `CREATE OR REPLACE ALIAS ${SMTP_ACCEPT_ALIAS} FOR QUSRSYS.QATMADRLST (ACCEPTRLY)`,
      purpose: "Points a QTEMP alias at the ACCEPTRLY member (the *ACCEPT relay list) so SQL can read it",
      object: "QUSRSYS.QATMADRLST",
      isService: false,
      availability: "a system file; member-level aliases work on all supported releases",
      authority: { needs: "*USE on the CRTDDMF command", grant: "GRTOBJAUT OBJ(QSYS/CRTDDMF) OBJTYPE(*CMD) USER({profile}) AUT(*USE)" },
      sourceConfidence: "medium",
      scanKinds: FULL,
    },
    {
      id: "smtp-accept-entries",
      // The record layout of QATMADRLST is undocumented [U], so every field is read and the
      // address and mask are recognised by their shape (observations.ts).
      sql: `SELECT * FROM ${SMTP_ACCEPT_ALIAS}`,
      purpose: "The SMTP *ACCEPT list entries (addresses and masks allowed to relay). File layout documented only by third parties",
      object: "QUSRSYS.QATMADRLST",
      isService: false,
      availability: "a system file",
      authority: { needs: "*USE on QUSRSYS/QATMADRLST", grant: "GRTOBJAUT OBJ(QUSRSYS/QATMADRLST) OBJTYPE(*FILE) USER({profile}) AUT(*USE)" },
      sourceConfidence: "low",
      scanKinds: FULL,
    },
    {
      id: "smtp-accept-alias-drop",
      sql: `DROP ALIAS ${SMTP_ACCEPT_ALIAS}`,
      purpose: "Removes the QTEMP alias again",
      object: "QUSRSYS.QATMADRLST",
      isService: false,
      availability: "a system file",
      sourceConfidence: "high",
      scanKinds: FULL,
    },
    {
      id: "telnet-attributes",
      sql: "SELECT AUTOSTART_SERVER, ALLOW_TRANSPORT_LAYER_SECURITY FROM QSYS2.TELNET_SERVER_ATTRIBUTES",
      purpose: "Telnet server autostart and ALWSSL (CHGTELNA)",
      object: "QSYS2.TELNET_SERVER_ATTRIBUTES",
      isService: true,
      availability: "IBM i 7.5 base; 7.4 through a Db2 PTF group (level unconfirmed)",
      authority: IOSYSCFG_VIEW,
      sourceConfidence: "high",
      scanKinds: FULL,
    },
    {
      id: "system-values",
      sql:
        "SELECT SYSTEM_VALUE_NAME, CURRENT_NUMERIC_VALUE, CAST(CURRENT_CHARACTER_VALUE AS VARCHAR(20)) AS CURRENT_CHARACTER_VALUE " +
        "FROM QSYS2.SYSTEM_VALUE_INFO WHERE SYSTEM_VALUE_NAME IN ('QAUTOVRT')",
      purpose: "QAUTOVRT: how many Telnet virtual devices the system creates on demand",
      object: "QSYS2.SYSTEM_VALUE_INFO",
      isService: true,
      availability: "all supported releases",
      sourceConfidence: "high",
      scanKinds: FULL,
    },
    {
      id: "exit-programs",
      sql:
        "SELECT EXIT_POINT_NAME, EXIT_POINT_FORMAT, EXIT_PROGRAM_NUMBER, EXIT_PROGRAM_LIBRARY, EXIT_PROGRAM " +
        `FROM QSYS2.EXIT_PROGRAM_INFO WHERE ${exitPointFilter}`,
      purpose: "Exit programs registered on the network servers' exit points (FTP, REXEC, TFTP, Telnet, host servers, sockets, spool)",
      object: "QSYS2.EXIT_PROGRAM_INFO",
      isService: true,
      availability: "IBM i 7.3 and later through a Db2 PTF group (about 7.4 TR3 / 7.3 TR9)",
      sourceConfidence: "high",
      scanKinds: FULL,
    },
    {
      id: "users-special-authorities",
      sql: `SELECT AUTHORIZATION_NAME, STATUS, SPECIAL_AUTHORITIES FROM QSYS2.USER_INFO WHERE ${specialAuthorityFilter}`,
      purpose: "Every profile (user or group) holding a powerful special authority",
      object: "QSYS2.USER_INFO",
      isService: true,
      availability: "all supported releases",
      authority: {
        needs: "*ALLOBJ (USER_INFO returns only the profiles the caller has *OBJOPR and *READ to)",
        grant: "CHGUSRPRF USRPRF({profile}) SPCAUT({currentSpecialAuthorities} *ALLOBJ)",
      },
      sourceConfidence: "high",
      scanKinds: FULL,
    },
    {
      id: "users-groups",
      sql: "SELECT GROUP_PROFILE_NAME, USER_PROFILE_NAME FROM QSYS2.GROUP_PROFILE_ENTRIES",
      purpose: "Group and supplemental-group membership: authorities users inherit from their groups",
      object: "QSYS2.GROUP_PROFILE_ENTRIES",
      isService: true,
      availability: "all supported releases",
      authority: {
        needs: "*READ on the user profiles (in practice *ALLOBJ)",
        grant: "CHGUSRPRF USRPRF({profile}) SPCAUT({currentSpecialAuthorities} *ALLOBJ)",
      },
      sourceConfidence: "high",
      scanKinds: FULL,
    },
    {
      id: "outq-info",
      sql:
        "SELECT OUTPUT_QUEUE_LIBRARY_NAME, OUTPUT_QUEUE_NAME, NUMBER_OF_FILES, DISPLAY_ANY_FILE, OPERATOR_CONTROLLED, " +
        "AUTHORITY_TO_CHECK FROM QSYS2.OUTPUT_QUEUE_INFO",
      purpose: "Output queues with DSPDTA, OPRCTL and AUTCHK",
      object: "QSYS2.OUTPUT_QUEUE_INFO",
      isService: true,
      availability: "all supported releases",
      authority: {
        needs: "*SPLCTL (OUTPUT_QUEUE_INFO lists only the queues the caller may read)",
        grant: "CHGUSRPRF USRPRF({profile}) SPCAUT({currentSpecialAuthorities} *SPLCTL)",
      },
      sourceConfidence: "medium",
      scanKinds: FULL,
    },
    {
      id: "outq-privileges",
      sql:
        "SELECT SYSTEM_OBJECT_SCHEMA, SYSTEM_OBJECT_NAME, AUTHORIZATION_NAME, OBJECT_AUTHORITY, OWNER, DATA_READ, DATA_ADD, " +
        "DATA_DELETE FROM QSYS2.OBJECT_PRIVILEGES WHERE OBJECT_TYPE = '*OUTQ'",
      purpose: "*PUBLIC and private authority on every output queue, and each queue's owner",
      object: "QSYS2.OBJECT_PRIVILEGES",
      isService: true,
      availability: "all supported releases",
      authority: {
        needs: "*ALLOBJ or the QIBM_DB_SECADM function usage (otherwise only authorities on queues the caller manages or owns)",
        grant: "CHGFCNUSG FCNID(QIBM_DB_SECADM) USER({profile}) USAGE(*ALLOWED)",
      },
      sourceConfidence: "high",
      scanKinds: FULL,
    },
    {
      id: "outq-library-privileges",
      sql:
        "SELECT SYSTEM_OBJECT_NAME, OBJECT_AUTHORITY FROM QSYS2.OBJECT_PRIVILEGES WHERE OBJECT_TYPE = '*LIB' " +
        "AND SYSTEM_OBJECT_SCHEMA = 'QSYS' AND AUTHORIZATION_NAME = '*PUBLIC' " +
        "AND SYSTEM_OBJECT_NAME IN (SELECT OUTPUT_QUEUE_LIBRARY_NAME FROM QSYS2.OUTPUT_QUEUE_INFO)",
      purpose: "*PUBLIC authority on the libraries that hold output queues",
      object: "QSYS2.OBJECT_PRIVILEGES",
      isService: true,
      availability: "all supported releases",
      sourceConfidence: "high",
      scanKinds: FULL,
    },
    {
      id: "http-servers",
      sql: "SELECT SERVER_NAME, HTTP_FUNCTION, SERVER_NORMAL_CONNECTIONS, SERVER_SSL_CONNECTIONS FROM QSYS2.HTTP_SERVER_INFO",
      purpose: "Active HTTP Server (Apache) instances: cleartext versus TLS connections since start",
      object: "QSYS2.HTTP_SERVER_INFO",
      isService: true,
      availability: "IBM i 7.3 and 7.4 through a Db2 PTF group (2020); base later",
      sourceConfidence: "high",
      scanKinds: FULL,
    },
    {
      id: "sshd-config",
      sql:
        "SELECT LINE_NUMBER, CAST(LINE AS VARCHAR(200)) AS LINE " +
        `FROM TABLE(QSYS2.IFS_READ(PATH_NAME => '${sshdConfigPath}')) X WHERE LINE NOT LIKE '#%'`,
      purpose: "The SSH server configuration (sshd_config) without comment lines",
      object: "QSYS2.IFS_READ",
      isService: true,
      availability: "IBM i 7.3 and 7.4 through a Db2 PTF group (2020); base later",
      authority: {
        needs: "*X on each directory of the path and *R on sshd_config",
        grant: `CHGAUT OBJ('${sshdConfigPath}') USER({profile}) DTAAUT(*R)`,
      },
      sourceConfidence: "high",
      scanKinds: FULL,
    },
    {
      id: "endtcpcnn-privileges",
      sql:
        "SELECT AUTHORIZATION_NAME, OBJECT_AUTHORITY FROM QSYS2.OBJECT_PRIVILEGES " +
        "WHERE SYSTEM_OBJECT_SCHEMA = 'QSYS' AND SYSTEM_OBJECT_NAME = 'ENDTCPCNN' AND OBJECT_TYPE = '*CMD'",
      purpose: "Who may end other people's TCP connections (authority to the ENDTCPCNN command)",
      object: "QSYS2.OBJECT_PRIVILEGES",
      isService: true,
      availability: "all supported releases",
      authority: {
        needs: "*ALLOBJ or the QIBM_DB_SECADM function usage to see private authorities",
        grant: "CHGFCNUSG FCNID(QIBM_DB_SECADM) USER({profile}) USAGE(*ALLOWED)",
      },
      sourceConfidence: "high",
      scanKinds: FULL,
    },
  ];

  const probes: ReadStatement[] = [
    {
      id: "probe-release",
      sql:
        "SELECT CAST(OS_VERSION AS VARCHAR(4)) AS OS_VERSION, CAST(OS_RELEASE AS VARCHAR(4)) AS OS_RELEASE, " +
        "CAST(SESSION_USER AS VARCHAR(10)) AS SIGNED_ON_PROFILE FROM SYSIBMADM.ENV_SYS_INFO",
      purpose: "IBM i release and the profile this scan runs as",
      object: "SYSIBMADM.ENV_SYS_INFO",
      isService: false,
      availability: "all supported releases",
      sourceConfidence: "high",
      scanKinds: BOTH,
    },
    {
      id: "probe-services",
      sql:
        "SELECT CAST(SERVICE_NAME AS VARCHAR(40)) AS SERVICE_NAME FROM QSYS2.SERVICES_INFO " +
        `WHERE SERVICE_SCHEMA_NAME = 'QSYS2' AND SERVICE_NAME IN (${sqlList(probedServices(reads))})`,
      purpose: "Which of the IBM i services this scan uses exist on this system (release and Db2 PTF level)",
      object: "QSYS2.SERVICES_INFO",
      isService: false,
      availability: "IBM i 7.3 and later",
      sourceConfidence: "high",
      scanKinds: BOTH,
    },
  ];

  return [...probes, ...reads].sort((a, b) => STATEMENT_IDS.indexOf(a.id) - STATEMENT_IDS.indexOf(b.id));
}

/**
 * The statements of one scan, in batch order. `full` reads everything; `connections` reads only
 * what the frequent connection checks need (the probes, listeners, connections, FTP jobs for the
 * FTP exposure history).
 */
export function buildReadBatch(kind: ScanKind, options: ReadBatchOptions = {}): ReadStatement[] {
  return allStatements(options).filter((statement) => statement.scanKinds.includes(kind));
}
