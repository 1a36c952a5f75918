import type { CheckContext } from "@/lib/checks/check-types";
import type { Observations, ReadFailed, ReadOk } from "@/lib/checks/observation-types";
import type { StatementId } from "@/lib/checks/read-batch";
import type { ReadFailure } from "@/lib/checks/read-failure";
import type { Row } from "@/lib/checks/statement-result";

/** Hand-built observations for check tests: every read answers, empty, unless a test says otherwise. */

export function ok<T>(value: T, statementIds: StatementId[] = [], rows: Row[] = []): ReadOk<T> {
  return { ok: true, value, statementIds, rows, incomplete: null, notes: [] };
}

export function failedRead(failure: ReadFailure, statementIds: StatementId[] = []): ReadFailed {
  return { ok: false, statementIds, failure };
}

export const notAuthorized = (object: string, grantCl = "CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER(PORTCUL) USAGE(*ALLOWED)"): ReadFailure => ({
  kind: "not-authorized",
  object,
  needs: "*IOSYSCFG or QIBM_IOSYSCFG_VIEW",
  grantCl,
  sqlstate: "42501",
  explanation: `PORTCUL is not authorized to ${object}. Grant it with ${grantCl}`,
});

export const missingObject = (object: string): ReadFailure => ({
  kind: "missing-object",
  object,
  sqlstate: "42704",
  explanation: `${object} does not exist on this system (IBM i 7.3).`,
});

export function observations(overrides: Partial<Observations> = {}): Observations {
  return {
    release: ok({ release: "7.5", profile: "PORTCUL" }, ["probe-release"]),
    services: ok([], ["probe-services"]),
    profile: ok({ profile: "PORTCUL", direct: ["*ALLOBJ", "*SPLCTL"], groups: [], effective: ["*ALLOBJ", "*SPLCTL"] }, ["probe-authorities"]),
    functionUsage: ok([], ["probe-function-usage"]),
    ftpJobs: ok([], ["ftp-jobs"]),
    smtpJobs: ok([], ["smtp-jobs"]),
    listeners: ok([], ["net-listeners"]),
    connections: ok([], ["net-connections"]),
    connectionJobs: ok([], ["net-connection-jobs"]),
    serverAutostart: ok([], ["tcp-autostart"]),
    ftpFunctionDefaults: ok([], ["ftp-function-defaults"]),
    smtpListMembers: ok([], ["smtp-list-members"]),
    smtpAcceptList: ok([], ["smtp-accept-alias", "smtp-accept-entries", "smtp-accept-alias-drop"]),
    telnetAttributes: ok({ autostart: false, allowTls: "ONLY", row: {} }, ["telnet-attributes"]),
    systemValues: ok([], ["system-values"]),
    exitPrograms: ok([], ["exit-programs"]),
    specialAuthorityHolders: ok([], ["users-special-authorities"]),
    groupMemberships: ok([], ["users-groups"]),
    outputQueues: ok([], ["outq-info"]),
    outputQueuePrivileges: ok([], ["outq-privileges"]),
    libraryPublicAuthorities: ok([], ["outq-library-privileges"]),
    httpServers: ok([], ["http-servers"]),
    sshdConfig: ok([], ["sshd-config"]),
    endTcpCnnPrivileges: ok([], ["endtcpcnn-privileges"]),
    ...overrides,
  };
}

export const listener = (localPort: number, protocol: "TCP" | "UDP" = "TCP") => ({
  protocol,
  localAddress: "0.0.0.0",
  localPort,
  row: { PROTOCOL: protocol, LOCAL_ADDRESS: "0.0.0.0", LOCAL_PORT: localPort },
});

export const listeners = (...ports: number[]) => ok(ports.map((port) => listener(port)), ["net-listeners"]);

export const connection = (remoteAddress: string, localPort: number, extra: { remotePort?: number; user?: string; jobName?: string } = {}) => ({
  remoteAddress,
  remotePort: extra.remotePort ?? 50000,
  localAddress: "10.1.1.5",
  localPort,
  idleSeconds: 0,
  jobName: extra.jobName ?? null,
  user: extra.user ?? null,
  row: { REMOTE_ADDRESS: remoteAddress, REMOTE_PORT: extra.remotePort ?? 50000, LOCAL_ADDRESS: "10.1.1.5", LOCAL_PORT: localPort, IDLE_TIME: 0 },
});

export const job = (jobName: string) => ({ jobName, status: "LSTW", row: { JOB_NAME: jobName, JOB_STATUS: "LSTW" } });

export const queue = (
  library: string,
  name: string,
  settings: { dspdta?: string | null; oprctl?: string | null; autchk?: string | null } = {},
) => ({
  library,
  name,
  files: 3,
  displayAnyFile: settings.dspdta === undefined ? "NO" : settings.dspdta,
  operatorControlled: settings.oprctl === undefined ? "YES" : settings.oprctl,
  authorityToCheck: settings.autchk === undefined ? "OWNER" : settings.autchk,
  row: { OUTPUT_QUEUE_LIBRARY_NAME: library, OUTPUT_QUEUE_NAME: name },
});

export const privilege = (library: string, object: string, user: string, authority: string, owner = "QSYS") => ({
  library,
  object,
  user,
  authority,
  owner,
  dataRead: null,
  dataAdd: null,
  dataDelete: null,
  row: { SYSTEM_OBJECT_SCHEMA: library, SYSTEM_OBJECT_NAME: object, AUTHORIZATION_NAME: user, OBJECT_AUTHORITY: authority, OWNER: owner },
});

export const profileWith = (name: string, specialAuthorities: string[], status = "ENABLED") => ({
  name,
  status,
  specialAuthorities,
  row: { AUTHORIZATION_NAME: name, STATUS: `*${status}`, SPECIAL_AUTHORITIES: specialAuthorities.join(" ") },
});

export const context = (overrides: Partial<CheckContext> = {}): CheckContext => ({
  now: new Date("2026-03-16T00:00:00Z"),
  trustedNetworks: [],
  applied: {},
  ftpListeningHistory: [],
  ftpSampleGapMinutes: 60,
  ...overrides,
});
