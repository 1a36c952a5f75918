/**
 * The simulated IBM i: one JSON-serialisable object per system. Scenario files describe it (with
 * IBM's shipped defaults filled in by zod), CL commands change it, the state folder persists it,
 * and every SQL answer is derived from it. Keep it light: 500 of these live in one process.
 */
import { z } from "zod";

/**
 * Where sshd runs from. Started through TCP/IP (STRTCPSVR *SSHD) it runs IBM's binary; started by
 * hand from the PASE path, QZDFMDB2 over SSH answers only "DB2>" (facts §1.1).
 */
export const CORRECT_SSHD_PATH = "/QOpenSys/QIBM/ProdData/SC1/OpenSSH/sbin/sshd";
export const WRONG_SSHD_PATH = "/QOpenSys/usr/sbin/sshd";

export const RELEASES = ["7.3", "7.4", "7.5", "7.6"] as const;
export const ZRelease = z.enum(RELEASES);
export type TRelease = z.infer<typeof ZRelease>;

/** QSYS object names: up to 10 characters, upper case (profiles, libraries, queues, programs). */
export const ZObjectName = z
  .string()
  .regex(/^[A-Z$#@][A-Z0-9$#@_.]{0,9}$/, "QSYS object name: 1–10 of A–Z 0–9 $ # @ _ .");

export const SPECIAL_AUTHORITIES = [
  "*ALLOBJ",
  "*AUDIT",
  "*IOSYSCFG",
  "*JOBCTL",
  "*SAVSYS",
  "*SECADM",
  "*SERVICE",
  "*SPLCTL",
] as const;
export const ZSpecialAuthority = z.enum(SPECIAL_AUTHORITIES);
export type TSpecialAuthority = z.infer<typeof ZSpecialAuthority>;

/** Individual object and data rights, in the order IBM lists them (DSPOBJAUT, OBJECT_PRIVILEGES). */
export const RIGHTS = [
  "*OBJOPR",
  "*OBJMGT",
  "*OBJEXIST",
  "*OBJALTER",
  "*OBJREF",
  "*READ",
  "*ADD",
  "*UPD",
  "*DLT",
  "*EXECUTE",
] as const;
export const ZRight = z.enum(RIGHTS);
export type TRight = z.infer<typeof ZRight>;

export const NAMED_AUTHORITIES = ["*ALL", "*CHANGE", "*USE", "*EXCLUDE"] as const;
/** A system-defined authority, or a list of individual rights ("USER DEF" on IBM i). */
export const ZAuthority = z.union([z.enum(NAMED_AUTHORITIES), z.array(ZRight)]);
export type TAuthority = z.infer<typeof ZAuthority>;

export const ZObjectAuthorities = z.object({
  owner: ZObjectName.default("QSYS"),
  public: ZAuthority.default("*USE"),
  /** Private authorities by profile name (users or groups). */
  private: z.record(ZObjectName, ZAuthority).default({}),
});
export type TObjectAuthorities = z.infer<typeof ZObjectAuthorities>;

export const ZUserProfile = z.object({
  name: ZObjectName,
  /** Sign-on password; null is PASSWORD(*NONE). Compared case-insensitively (QPWDLVL 0/1 style). */
  password: z.string().nullable().default(null),
  status: z.enum(["*ENABLED", "*DISABLED"]).default("*ENABLED"),
  userClass: z.enum(["*SECOFR", "*SECADM", "*PGMR", "*SYSOPR", "*USER"]).default("*USER"),
  specialAuthorities: z.array(ZSpecialAuthority).default([]),
  groupProfile: ZObjectName.nullable().default(null),
  supplementalGroups: z.array(ZObjectName).max(15).default([]),
  text: z.string().max(50).default(""),
  /** OpenSSH public keys (authorized_keys lines) accepted for this profile. */
  authorizedKeys: z.array(z.string()).default([]),
  /** CCSID(*SYSVAL) takes the system value QCCSID; 65535 breaks text conversion (facts §1.1). */
  ccsid: z.union([z.number().int().min(1).max(65535), z.literal("*SYSVAL")]).default("*SYSVAL"),
  limitCapabilities: z.enum(["*NO", "*PARTIAL", "*YES"]).default("*NO"),
  previousSignon: z.iso.datetime().nullable().default(null),
  signOnAttemptsNotValid: z.number().int().min(0).default(0),
  createdAt: z.iso.datetime().default("2019-03-04T09:12:00.000Z"),
  /** Authority to the *USRPRF object itself (decides who sees it in USER_INFO). */
  authority: ZObjectAuthorities.default({ owner: "QSECOFR", public: "*EXCLUDE", private: {} }),
});
export type TUserProfile = z.infer<typeof ZUserProfile>;

export const ZFunctionUsage = z.object({
  functionId: z.string().min(1).max(30),
  name: z.string().default(""),
  defaultUsage: z.enum(["*ALLOWED", "*DENIED"]).default("*ALLOWED"),
  /** *USED: *ALLOBJ users are allowed whatever the list says (not so for QIBM_IOSYSCFG_VIEW). */
  allObjAuthority: z.enum(["*USED", "*NOTUSED"]).default("*USED"),
  /** Explicit usage per user or group profile. */
  users: z.record(ZObjectName, z.enum(["*ALLOWED", "*DENIED"])).default({}),
});
export type TFunctionUsage = z.infer<typeof ZFunctionUsage>;

/** Every TCP/IP server: whether it runs now, whether STRTCP starts it, and what it started with. */
const serverCore = {
  running: z.boolean().default(false),
  autostart: z.boolean().default(false),
  startedAt: z.iso.datetime().nullable().default(null),
  /** Job numbers of the server's own jobs, allocated when it started. */
  jobNumbers: z.array(z.number().int()).default([]),
  /**
   * Ports it listens on, fixed when it started: CHGTELNA and CHGFTPA ALWSSL changes show only
   * after the next start (Telnet [C]; FTP [U], see docs/SIMULATOR.md).
   */
  listenPorts: z.array(z.number().int()).default([]),
};
const ZPlainServer = z.object(serverCore);
export type TPlainServer = z.infer<typeof ZPlainServer>;

export const ZAllowSsl = z.enum(["*YES", "*NO", "*ONLY"]);
export type TAllowSsl = z.infer<typeof ZAllowSsl>;

export const ZAllowRelay = z.enum(["*ALL", "*NONE", "*LIST", "*NEAR", "*BOTH"]);

export const ZHttpInstance = z.object({
  ...serverCore,
  name: ZObjectName,
  port: z.number().int().min(1).max(65535).nullable().default(80),
  sslPort: z.number().int().min(1).max(65535).nullable().default(null),
  /** Connection counters as HTTP_SERVER_INFO reports them since the instance started. */
  normalConnections: z.number().int().min(0).default(0),
  sslConnections: z.number().int().min(0).default(0),
});
export type THttpInstance = z.infer<typeof ZHttpInstance>;

export const ZServers = z.object({
  ftp: z
    .object({
      ...serverCore,
      allowSsl: ZAllowSsl.default("*YES"),
      numberOfServers: z.number().int().min(1).max(20).default(3),
      inactivityTimeout: z.number().int().min(0).default(300),
    })
    .prefault({}),
  telnet: z
    .object({
      ...serverCore,
      allowSsl: ZAllowSsl.default("*YES"),
      numberOfServers: z.number().int().min(1).max(20).default(1),
      keepAliveTimeout: z.number().int().min(0).default(600),
    })
    .prefault({}),
  smtp: z.object({ ...serverCore, allowRelay: ZAllowRelay.default("*NONE") }).prefault({}),
  sshd: ZPlainServer.prefault({}),
  rexec: ZPlainServer.prefault({}),
  tftp: ZPlainServer.prefault({}),
  ddm: ZPlainServer.prefault({}),
  /** The host servers (as-svrmap 449, 8470–8476 and their SSL ports), started by STRHOSTSVR. */
  hostServers: ZPlainServer.prefault({}),
  http: z.array(ZHttpInstance).default([]),
});
export type TServers = z.infer<typeof ZServers>;

/** ADDSMTPLE TYPE values that this simulator stores (IPv4 address lists and near domains). */
export const SMTP_LIST_TYPES = ["*ACCEPT", "*REJECT", "*NEAR"] as const;
export const ZSmtpListEntry = z.object({
  type: z.enum(SMTP_LIST_TYPES),
  address: z.string().default(""),
  mask: z.string().default(""),
  hostName: z.string().default(""),
});
export type TSmtpListEntry = z.infer<typeof ZSmtpListEntry>;

/** A live TCP connection that stays until ended (ENDTCPCNN, its server ends, or the control API). */
export const ZConnection = z.object({
  id: z.string().min(1),
  localPort: z.number().int().min(1).max(65535),
  remoteAddress: z.string().min(1),
  remotePort: z.number().int().min(1).max(65535),
  /** Profile signed on through this connection (the job's current user). */
  user: ZObjectName,
  jobNumber: z.number().int(),
  connectedAt: z.iso.datetime(),
  lastActivityAt: z.iso.datetime(),
  bytesSent: z.number().int().min(0).default(0),
  bytesReceived: z.number().int().min(0).default(0),
});
export type TConnection = z.infer<typeof ZConnection>;

export const ZOutputQueue = z.object({
  library: ZObjectName,
  name: ZObjectName,
  displayAnyFile: z.enum(["*YES", "*NO", "*OWNER"]).default("*NO"),
  operatorControlled: z.enum(["*YES", "*NO"]).default("*YES"),
  authorityToCheck: z.enum(["*OWNER", "*DTAAUT"]).default("*OWNER"),
  numberOfFiles: z.number().int().min(0).default(0),
  text: z.string().max(50).default(""),
  printerDevice: ZObjectName.nullable().default(null),
  status: z.enum(["HELD", "RELEASED"]).default("RELEASED"),
  authority: ZObjectAuthorities.prefault({}),
});
export type TOutputQueue = z.infer<typeof ZOutputQueue>;

export const ZLibrary = z.object({
  name: ZObjectName,
  text: z.string().max(50).default(""),
  authority: ZObjectAuthorities.prefault({}),
});
export type TLibrary = z.infer<typeof ZLibrary>;

/** Authority to a *CMD object, e.g. QSYS/ENDTCPSVR shipped *PUBLIC *EXCLUDE. */
export const ZCommandObject = z.object({
  library: ZObjectName.default("QSYS"),
  name: ZObjectName,
  authority: ZObjectAuthorities.prefault({}),
});
export type TCommandObject = z.infer<typeof ZCommandObject>;

export const ZExitProgram = z.object({
  exitPoint: z.string().min(1).max(20),
  format: z.string().length(8),
  number: z.number().int().min(1),
  library: ZObjectName,
  program: ZObjectName,
  threadSafe: z.enum(["*UNKNOWN", "*NO", "*YES"]).default("*UNKNOWN"),
  text: z.string().max(50).default(""),
});
export type TExitProgram = z.infer<typeof ZExitProgram>;

export const DAYS = ["*MON", "*TUE", "*WED", "*THU", "*FRI", "*SAT", "*SUN"] as const;

export const ZJobScheduleEntry = z.object({
  name: ZObjectName,
  entryNumber: z.number().int().min(1).max(999999),
  command: z.string().min(1),
  frequency: z.enum(["*ONCE", "*WEEKLY", "*MONTHLY"]),
  /** 'YYYY-MM-DD', or null for SCDDATE(*NONE) (then SCDDAY decides). */
  scheduledDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).nullable(),
  scheduledDays: z.array(z.enum(DAYS)),
  /** 'hh:mm:ss' local system time. */
  scheduledTime: z.string().regex(/^\d{2}:\d{2}:\d{2}$/),
  /** Profile the submitted job runs as. */
  user: ZObjectName,
  scheduledBy: ZObjectName,
  status: z.enum(["SCHEDULED", "HELD", "SAVED"]).default("SCHEDULED"),
  save: z.boolean().default(false),
  text: z.string().max(50).default(""),
  jobQueue: z.object({ library: ZObjectName, name: ZObjectName }).default({ library: "QGPL", name: "QBATCH" }),
  createdAt: z.iso.datetime(),
  /** Last time the scheduler submitted it (null = never). */
  lastSubmittedAt: z.iso.datetime().nullable().default(null),
});
export type TJobScheduleEntry = z.infer<typeof ZJobScheduleEntry>;

/** Deterministic connection churn: who connects, how often and for how long. */
export const ZChurn = z.object({
  enabled: z.boolean().default(true),
  /** Seconds between connection opportunities. */
  intervalSeconds: z.number().int().min(5).default(40),
  /** Chance that an opportunity opens a connection. */
  probability: z.number().min(0).max(1).default(0.6),
  minDurationSeconds: z.number().int().min(1).default(60),
  maxDurationSeconds: z.number().int().min(1).default(1800),
  /** Client addresses, picked at random; list trusted ones several times to weight them. */
  remoteAddresses: z.array(z.string()).min(1).default(["10.20.30.41", "10.20.30.42", "10.20.31.17"]),
  /** Profiles that sign on; by default every enabled, non-group profile with a password except IBM's Q profiles. */
  users: z.array(ZObjectName).default([]),
});
export type TChurn = z.infer<typeof ZChurn>;

export const ZSystemState = z.object({
  /** Bumped when the shape changes, so that an old state folder is not misread. */
  formatVersion: z.literal(1).default(1),
  name: ZObjectName.refine((name) => name.length <= 8, "IBM i system names are at most 8 characters"),
  scenario: z.string().min(1),
  release: ZRelease,
  ccsid: z.number().int().default(37),
  serialNumber: z.string().default("78ABC12"),
  /** The system's own IPv4 address (LOCAL_ADDRESS of its connections). */
  hostAddress: z.ipv4().default("10.1.1.5"),
  /** Numeric system values are numbers, character ones strings. */
  systemValues: z.record(z.string(), z.union([z.number(), z.string()])).default({}),
  users: z.array(ZUserProfile).default([]),
  functionUsage: z.array(ZFunctionUsage).default([]),
  servers: ZServers.prefault({}),
  smtpListEntries: z.array(ZSmtpListEntry).default([]),
  connections: z.array(ZConnection).default([]),
  outputQueues: z.array(ZOutputQueue).default([]),
  libraries: z.array(ZLibrary).default([]),
  commands: z.array(ZCommandObject).default([]),
  exitPrograms: z.array(ZExitProgram).default([]),
  jobSchedule: z.array(ZJobScheduleEntry).default([]),
  sshd: z
    .object({
      /** Path the running daemon was started from (`ps -ef` shows it). */
      binaryPath: z.string().default(CORRECT_SSHD_PATH),
      configPath: z.string().default("/QOpenSys/QIBM/UserData/SC1/OpenSSH/etc/sshd_config"),
    })
    .prefault({}),
  /**
   * SQL services missing on this system although its release has them (older Db2 PTF group
   * level), as catalog keys like "QSYS2.EXIT_PROGRAM_INFO".
   */
  unavailableServices: z.array(z.string()).default([]),
  /** IFS stream files readable with `cat` and QSYS2.IFS_READ, by absolute path. */
  ifsFiles: z.record(z.string(), z.string()).default({}),
  churn: ZChurn.prefault({}),
  /** Churned connections ended early (ENDTCPCNN), until their natural end has passed. */
  endedChurn: z.array(z.object({ id: z.string(), until: z.iso.datetime() })).default([]),
  /** Last IPL: when the system and subsystem jobs started. */
  iplAt: z.iso.datetime().default("2026-01-04T05:30:00.000Z"),
  nextJobNumber: z.number().int().min(1).max(999999).default(412000),
  /** Up to when the job scheduler has submitted due entries. */
  schedulerCheckedAt: z.iso.datetime().nullable().default(null),
});
export type TSystemState = z.infer<typeof ZSystemState>;
/** The state as written by hand: everything with a default may be left out. */
export type TSystemStateInput = z.input<typeof ZSystemState>;
