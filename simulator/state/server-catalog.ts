/**
 * What each TCP/IP server looks like from the outside: the CL special value that names it, the
 * ports it listens on, the jobs it runs in QSYSWRK and the job that serves one client connection.
 *
 * Job names: QTFTPnnnnn [3P], QTSMTP* [3P], QTVDEVICE [C], QZDASOINIT/QZSOSIGN and the other host
 * server jobs are IBM's documented names. QTVTELNET, the sshd job QP0ZSPWP, the REXEC/TFTP names and
 * every SERVER_TYPE value are [U] (see docs/SIMULATOR.md).
 */
import type { TAllowSsl, TServers } from "./schema";

export type ServerId = Exclude<keyof TServers, "http">;

/** One job a server keeps running while it is active. */
export interface ServerJobTemplate {
  /** Job name; `n` is the job number, for names that carry digits (QTFTP01234). */
  readonly name: (n: number) => string;
  readonly user: string;
  readonly subsystem: string;
  readonly type: JobType;
  readonly function: string;
  readonly status: string;
  readonly serverType: string | null;
}

/** How the job serving one client connection is named, or "shared" when a server job serves it. */
export interface SessionJobTemplate {
  readonly name: (n: number) => string;
  /** The job's user; null: the signed-on profile itself. */
  readonly user: string | null;
  readonly subsystem: string;
  readonly type: JobType;
  readonly function: string;
  readonly status: string;
  readonly serverType: string | null;
}

export type JobType = "BCH" | "BCI" | "INT" | "PJ" | "SBS" | "SYS" | "ASJ";

export interface ServerDef {
  readonly id: ServerId;
  /** SERVER(...) value of STRTCPSVR/ENDTCPSVR; null when those commands do not manage it. */
  readonly clValue: string | null;
  readonly text: string;
  readonly listenPorts: (server: { allowSsl?: TAllowSsl }) => number[];
  /** Jobs started with the server; `count` is how many of the first template to start. */
  readonly jobs: (server: { numberOfServers?: number }) => ServerJobTemplate[];
  /** Per-port session job; ports without an entry are served by the server's first job. */
  readonly sessionJobs: Readonly<Record<number, SessionJobTemplate>>;
}

const digits = (prefix: string) => (n: number) => `${prefix}${String(n % 100000).padStart(5, "0")}`;
const fixed = (name: string) => () => name;

function sysWrkJob(name: (n: number) => string, fn: string, serverType: string | null, user = "QTCP"): ServerJobTemplate {
  return { name, user, subsystem: "QSYSWRK", type: "BCH", function: fn, status: "SELW", serverType };
}

function prestart(name: string, serverType: string, subsystem = "QUSRWRK"): SessionJobTemplate {
  return { name: fixed(name), user: "QUSER", subsystem, type: "PJ", function: "", status: "TIMW", serverType };
}

function secureVariants(allowSsl: TAllowSsl | undefined, clear: number, secure: number): number[] {
  if (allowSsl === "*ONLY") return [secure];
  if (allowSsl === "*NO") return [clear];
  return [clear, secure];
}

const HOST_SERVER_SESSIONS: Record<number, SessionJobTemplate> = {
  8470: prestart("QZSCSRVS", "QIBM_OS400_QZBS_SVR_CENTRAL"),
  8471: prestart("QZDASOINIT", "QIBM_OS400_QZBS_SVR_DATABASE"),
  8472: prestart("QZHQSSRV", "QIBM_OS400_QZBS_SVR_DTAQ"),
  8473: prestart("QPWFSERVSO", "QIBM_OS400_QZBS_SVR_FILE", "QSERVER"),
  8474: prestart("QNPSERVS", "QIBM_OS400_QZBS_SVR_NETPRT"),
  8475: prestart("QZRCSRVS", "QIBM_OS400_QZBS_SVR_RMTCMD"),
  8476: prestart("QZSOSIGN", "QIBM_OS400_QZBS_SVR_SIGNON"),
};

export const SERVERS: Readonly<Record<ServerId, ServerDef>> = {
  ftp: {
    id: "ftp",
    clValue: "*FTP",
    text: "FTP server",
    // 990 is implicit FTPS [U]; like Telnet, *ONLY drops the cleartext port [U].
    listenPorts: (server) => secureVariants(server.allowSsl, 21, 990),
    jobs: (server) =>
      Array.from({ length: (server.numberOfServers ?? 3) + 1 }, () =>
        sysWrkJob(digits("QTFTP"), "QTMFTPD", "QIBM_OS400_QTMF_SERVER"),
      ),
    sessionJobs: Object.fromEntries(
      [21, 990].map((port) => [
        port,
        { name: digits("QTFTP"), user: "QTCP", subsystem: "QSYSWRK", type: "BCH", function: "QTMFTPS", status: "TIMW", serverType: "QIBM_OS400_QTMF_SERVER" },
      ]),
    ),
  },
  telnet: {
    id: "telnet",
    clValue: "*TELNET",
    text: "Telnet server",
    listenPorts: (server) => secureVariants(server.allowSsl, 23, 992),
    jobs: (server) => [
      sysWrkJob(fixed("QTVTELNET"), "QTVTELNET", "QIBM_OS400_QTV_TELNET"),
      ...Array.from({ length: server.numberOfServers ?? 1 }, () => sysWrkJob(fixed("QTVDEVICE"), "QTVDEVICE", "QIBM_OS400_QTV_TELNET")),
    ],
    sessionJobs: Object.fromEntries(
      [23, 992].map((port) => [
        port,
        {
          // Virtual devices are named QPADEVxxxx with a base-36 suffix.
          name: (n: number) => `QPADEV${(n % 36 ** 4).toString(36).toUpperCase().padStart(4, "0")}`,
          user: null,
          subsystem: "QINTER",
          type: "INT",
          function: "MAIN",
          status: "DSPW",
          serverType: null,
        },
      ]),
    ),
  },
  smtp: {
    id: "smtp",
    clValue: "*SMTP",
    text: "SMTP server",
    listenPorts: () => [25],
    jobs: () =>
      ["QTSMTPSRVD", "QTSMTPSRVR", "QTSMTPCLTD", "QTSMTPCLTP", "QTSMTPBRSR", "QTSMTPBRCL"].map((name) =>
        sysWrkJob(fixed(name), name, "QIBM_OS400_QTMS_SMTP"),
      ),
    sessionJobs: {},
  },
  sshd: {
    id: "sshd",
    clValue: "*SSHD",
    text: "OpenSSH server",
    listenPorts: () => [22],
    jobs: () => [{ ...sysWrkJob(fixed("QP0ZSPWP"), "sshd", null, "QSECOFR"), type: "BCI" }],
    sessionJobs: {
      22: { name: fixed("QP0ZSPWP"), user: null, subsystem: "QUSRWRK", type: "BCI", function: "sshd", status: "SELW", serverType: null },
    },
  },
  rexec: {
    id: "rexec",
    clValue: "*REXEC",
    text: "REXEC server",
    listenPorts: () => [512],
    jobs: () => [sysWrkJob(digits("QTRXC"), "QTMXRXCD", "QIBM_OS400_QTMX_REXEC")],
    sessionJobs: {},
  },
  tftp: {
    id: "tftp",
    clValue: "*TFTP",
    text: "TFTP server",
    // TFTP is UDP; NETSTAT_INFO rows are TCP here, so it shows only as jobs.
    listenPorts: () => [],
    jobs: () => [sysWrkJob(digits("QTTFT"), "QTODTFTP", "QIBM_OS400_QTOD_TFTP")],
    sessionJobs: {},
  },
  ddm: {
    id: "ddm",
    clValue: "*DDM",
    text: "DDM/DRDA server",
    listenPorts: () => [446],
    jobs: () => [sysWrkJob(fixed("QRWTLSTN"), "QRWTLSTN", "QIBM_OS400_QRW_SVR_DDM_DRDA", "QUSER")],
    sessionJobs: { 446: prestart("QRWTSRVR", "QIBM_OS400_QRW_SVR_DDM_DRDA") },
  },
  hostServers: {
    id: "hostServers",
    clValue: null,
    text: "Host servers",
    listenPorts: () => [449, 8470, 8471, 8472, 8473, 8474, 8475, 8476, 9470, 9471, 9472, 9473, 9474, 9475, 9476],
    jobs: () => [
      sysWrkJob(fixed("QZSOSMAPD"), "QZSOSMAPD", "QIBM_OS400_QZBS_SVR_SVRMAP", "QUSER"),
      { ...sysWrkJob(fixed("QZDASRVSD"), "QZDASRVSD", "QIBM_OS400_QZBS_SVR_DATABASE", "QUSER"), subsystem: "QSERVER" },
      sysWrkJob(fixed("QZSOSGND"), "QZSOSGND", "QIBM_OS400_QZBS_SVR_SIGNON", "QUSER"),
      sysWrkJob(fixed("QZSCSRVSD"), "QZSCSRVSD", "QIBM_OS400_QZBS_SVR_CENTRAL", "QUSER"),
      sysWrkJob(fixed("QZRCSRVSD"), "QZRCSRVSD", "QIBM_OS400_QZBS_SVR_RMTCMD", "QUSER"),
      { ...sysWrkJob(fixed("QPWFSERVSD"), "QPWFSERVSD", "QIBM_OS400_QZBS_SVR_FILE", "QUSER"), subsystem: "QSERVER" },
    ],
    sessionJobs: {
      ...HOST_SERVER_SESSIONS,
      ...Object.fromEntries(Object.entries(HOST_SERVER_SESSIONS).map(([port, job]) => [Number(port) + 1000, job])),
    },
  },
};

export const SERVER_IDS = Object.keys(SERVERS) as ServerId[];

/** The servers CL names with a SERVER special value (STRTCPSVR, ENDTCPSVR, CHGTCPSVR), in catalogue order. */
export const CL_MANAGED_SERVER_IDS = SERVER_IDS.filter((id) => SERVERS[id].clValue !== null);
export const CL_SERVER_VALUES = CL_MANAGED_SERVER_IDS.map((id) => SERVERS[id].clValue!);

/** HTTP Server (Apache) instances: named jobs in QHTTPSVR, one of them serving the sockets. */
export const HTTP_JOB: Omit<ServerJobTemplate, "name"> = {
  user: "QTMHHTTP",
  subsystem: "QHTTPSVR",
  type: "BCH",
  function: "QZSRHTTP",
  status: "SIGW",
  serverType: "QIBM_HTTP_SERVER",
};
export const HTTP_JOBS_PER_INSTANCE = 3;

export function serverByClValue(clValue: string): ServerDef | undefined {
  return Object.values(SERVERS).find((server) => server.clValue === clValue);
}

/** IBM i service-table names for well-known ports (LOCAL_PORT_NAME / REMOTE_PORT_NAME). */
export const PORT_NAMES: Readonly<Record<number, string>> = {
  21: "ftp-control",
  22: "ssh",
  23: "telnet",
  25: "smtp",
  80: "www-http",
  443: "https",
  446: "ddm",
  449: "as-svrmap",
  512: "exec",
  990: "ftps",
  992: "telnet-ssl",
  2001: "as-admin-http",
  2010: "as-admin-https",
  8470: "as-central",
  8471: "as-database",
  8472: "as-dtaq",
  8473: "as-file",
  8474: "as-netprt",
  8475: "as-rmtcmd",
  8476: "as-signon",
  9470: "as-central-s",
  9471: "as-database-s",
  9472: "as-dtaq-s",
  9473: "as-file-s",
  9474: "as-netprt-s",
  9475: "as-rmtcmd-s",
  9476: "as-signon-s",
};
