import type { StatementId } from "@/lib/checks/read-batch";
import type { ReadFailure } from "@/lib/checks/read-failure";
import type { Row } from "@/lib/checks/statement-result";

/**
 * Typed observations of one scan. Every value remembers the statements it came from (the
 * evidence an auditor can re-run) and, when it could not be read, why. All plain JSON so the
 * scan runner can store them as they are.
 */

/** Why an answer that did come back may not show everything, and how to make it complete. */
export interface Incompleteness {
  reason: string;
  /** The CL that makes the answer complete, when one is known. */
  grantCl: string | null;
}

export interface ReadOk<T> {
  ok: true;
  value: T;
  statementIds: StatementId[];
  rows: Row[];
  /** Null when the answer is complete. */
  incomplete: Incompleteness | null;
  /** How an unusual answer was interpreted (e.g. "member ACCEPTRLY does not exist"). */
  notes: string[];
}

export interface ReadFailed {
  ok: false;
  statementIds: StatementId[];
  failure: ReadFailure;
}

export type Read<T> = ReadOk<T> | ReadFailed;

export interface ReleaseInfo {
  /** "7.5", or null when ENV_SYS_INFO gave no usable numbers. */
  release: string | null;
  /** The profile the scan signed on as (SESSION_USER). */
  profile: string | null;
}

export interface ProfileAuthorities {
  profile: string | null;
  direct: string[];
  groups: Array<{ name: string; specialAuthorities: string[] }>;
  /** Own plus inherited from groups, which is how IBM i applies them. */
  effective: string[];
}

export interface FunctionUsageEntry {
  functionId: string;
  userName: string;
  /** ALLOWED or DENIED. */
  usage: string | null;
  userType: string | null;
}

export interface FunctionDefault {
  functionId: string;
  /** ALLOWED or DENIED. */
  defaultUsage: string | null;
  row: Row;
}

export interface ServerJob {
  jobName: string;
  status: string | null;
  row: Row;
}

export interface Listener {
  protocol: "TCP" | "UDP";
  localAddress: string | null;
  localPort: number;
  row: Row;
}

export interface Connection {
  remoteAddress: string;
  remotePort: number;
  localAddress: string | null;
  localPort: number;
  idleSeconds: number | null;
  /** From NETSTAT_JOB_INFO when it could be read. */
  jobName: string | null;
  user: string | null;
  row: Row;
}

export interface ConnectionJob {
  remoteAddress: string;
  remotePort: number;
  localPort: number;
  jobName: string | null;
  user: string | null;
}

export interface ServerAutostart {
  /** The server without its `*`: FTP, SMTP, TELNET, REXEC, TFTP, SSHD, ... */
  server: string;
  autostart: boolean | null;
  row: Row;
}

export interface ListMember {
  member: string;
  entries: number | null;
}

export interface SmtpListEntry {
  address: string;
  mask: string;
  /** Null for a non-contiguous mask. */
  prefix: number | null;
  row: Row;
}

export interface TelnetAttributes {
  autostart: boolean | null;
  /** YES, NO or ONLY (CHGTELNA ALWSSL). */
  allowTls: string | null;
  row: Row;
}

export interface SystemValue {
  name: string;
  numeric: number | null;
  character: string | null;
  row: Row;
}

export interface ExitProgram {
  exitPoint: string;
  format: string | null;
  number: number | null;
  library: string | null;
  program: string | null;
  row: Row;
}

export interface ProfileSpecialAuthorities {
  name: string;
  /** ENABLED or DISABLED. */
  status: string | null;
  specialAuthorities: string[];
  row: Row;
}

export interface GroupMembership {
  group: string;
  user: string;
}

export interface OutputQueue {
  library: string;
  name: string;
  files: number | null;
  /** DSPDTA: YES, NO or OWNER. */
  displayAnyFile: string | null;
  /** OPRCTL: YES or NO. */
  operatorControlled: string | null;
  /** AUTCHK: OWNER or DTAAUT. */
  authorityToCheck: string | null;
  row: Row;
}

export interface ObjectPrivilege {
  library: string | null;
  object: string | null;
  user: string;
  /** As IBM names it: *ALL, *CHANGE, *USE, *EXCLUDE, *AUTL, USER DEF. */
  authority: string | null;
  owner: string | null;
  dataRead: boolean | null;
  dataAdd: boolean | null;
  dataDelete: boolean | null;
  row: Row;
}

export interface LibraryPublicAuthority {
  library: string;
  authority: string | null;
  row: Row;
}

export interface HttpServerInstance {
  server: string;
  httpFunction: string | null;
  normalConnections: number | null;
  sslConnections: number | null;
  row: Row;
}

export interface SshdDirective {
  /** Lower case, as sshd compares keywords. */
  keyword: string;
  value: string;
  line: number | null;
  row: Row;
}

export interface Observations {
  release: Read<ReleaseInfo>;
  services: Read<string[]>;
  profile: Read<ProfileAuthorities>;
  functionUsage: Read<FunctionUsageEntry[]>;
  ftpJobs: Read<ServerJob[]>;
  smtpJobs: Read<ServerJob[]>;
  listeners: Read<Listener[]>;
  connections: Read<Connection[]>;
  connectionJobs: Read<ConnectionJob[]>;
  serverAutostart: Read<ServerAutostart[]>;
  ftpFunctionDefaults: Read<FunctionDefault[]>;
  smtpListMembers: Read<ListMember[]>;
  smtpAcceptList: Read<SmtpListEntry[]>;
  telnetAttributes: Read<TelnetAttributes>;
  systemValues: Read<SystemValue[]>;
  exitPrograms: Read<ExitProgram[]>;
  specialAuthorityHolders: Read<ProfileSpecialAuthorities[]>;
  groupMemberships: Read<GroupMembership[]>;
  outputQueues: Read<OutputQueue[]>;
  outputQueuePrivileges: Read<ObjectPrivilege[]>;
  libraryPublicAuthorities: Read<LibraryPublicAuthority[]>;
  httpServers: Read<HttpServerInstance[]>;
  sshdConfig: Read<SshdDirective[]>;
  endTcpCnnPrivileges: Read<ObjectPrivilege[]>;
}
