/**
 * Server configuration as SQL shows it: TELNET_SERVER_ATTRIBUTES, HTTP_SERVER_INFO, the autostart
 * file QUSRSYS/QATOCSTART, the SMTP list file QUSRSYS/QATMADRLST and the exit point registry.
 * CHGFTPA ALWSSL and CHGSMTPA ALWRLY have no SQL service on IBM i (facts §2.2, §3.2), so nothing
 * here shows them.
 */
import type { RowOf } from "@/simulator/sql/catalog";
import { EXIT_POINTS } from "../exit-points";
import { qualifiedJobName } from "../jobs";
import type { TSmtpListEntry } from "../schema";
import { SERVERS } from "../server-catalog";
import { systemTimestamp, yesNo, type DeriveContext } from "./derive-context";

const yesNoStar = (value: boolean) => (value ? "*YES" : "*NO");

export function telnetAttributeRows(context: DeriveContext): RowOf<"QSYS2.TELNET_SERVER_ATTRIBUTES">[] {
  const telnet = context.state.servers.telnet;
  return [
    {
      AUTOSTART_SERVER: yesNoStar(telnet.autostart),
      NUMBER_SERVERS: telnet.numberOfServers,
      SERVER_TASKS: telnet.running ? telnet.numberOfServers : 0,
      KEEP_ALIVE_TIMEOUT: telnet.keepAliveTimeout,
      ALLOW_TRANSPORT_LAYER_SECURITY: telnet.allowSsl,
      SESSION_KEEP_ALIVE: "*YES",
    },
  ];
}

/**
 * One row per active instance [U: IBM returns a row per instance and HTTP function; the
 * simulator reports the whole instance as function 'SERVER'].
 */
export function httpServerRows(context: DeriveContext): RowOf<"QSYS2.HTTP_SERVER_INFO">[] {
  const { state, jobs, connections } = context;
  return state.servers.http
    .filter((instance) => instance.running && instance.startedAt)
    .map((instance) => {
      const live = connections.filter((connection) => instance.listenPorts.includes(connection.localPort));
      const liveSsl = live.filter((connection) => connection.localPort === instance.sslPort).length;
      const normal = instance.normalConnections + live.length - liveSsl;
      const ssl = instance.sslConnections + liveSsl;
      const job = jobs.find((entry) => entry.number === instance.jobNumbers[0]);
      return {
        SERVER_NAME: instance.name,
        HTTP_FUNCTION: "SERVER",
        JOB_NAME: job ? qualifiedJobName(job) : null,
        SERVER_START_TIME: systemTimestamp(context, instance.startedAt),
        SERVER_RESET_TIME: null,
        SERVER_ACTIVE_THREADS: live.length,
        SERVER_IDLE_THREADS: 40 - Math.min(live.length, 40),
        SERVER_TOTAL_REQUESTS: (normal + ssl) * 12,
        SERVER_TOTAL_REQUESTS_REJECTED: 0,
        SERVER_TOTAL_RESPONSES: (normal + ssl) * 12,
        SERVER_NORMAL_CONNECTIONS: normal,
        SERVER_SSL_CONNECTIONS: ssl,
        SERVER_TOTAL_BYTES_RECEIVED: (normal + ssl) * 2_100,
        SERVER_TOTAL_BYTES_SENT: (normal + ssl) * 48_000,
      };
    });
}

/**
 * Autostart records by server [3P layout]. SERVERTYPE and EXTSTRCMD are [U] and left blank. The
 * *HTTP row says *YES when any instance autostarts.
 */
export function autostartRows(context: DeriveContext): RowOf<"QUSRSYS.QATOCSTART">[] {
  const { servers } = context.state;
  const rows = Object.values(SERVERS)
    .filter((def) => def.clValue !== null)
    .map((def) => ({ SERVER: def.clValue, SERVERTYPE: "", AUTOSTART: yesNoStar(servers[def.id].autostart), EXTSTRCMD: "" }));
  rows.push({ SERVER: "*HTTP", SERVERTYPE: "", AUTOSTART: yesNoStar(servers.http.some((i) => i.autostart)), EXTSTRCMD: "" });
  return rows.sort((a, b) => a.SERVER!.localeCompare(b.SERVER!));
}

/** Member per list type; see the catalog for the record layout [U]. */
export const SMTP_LIST_MEMBERS: Record<TSmtpListEntry["type"], string> = {
  "*ACCEPT": "ACCEPTRLY",
  "*REJECT": "REJECTCNN",
  "*NEAR": "NEARDMN",
};

export function smtpListMembers(context: DeriveContext): Record<string, RowOf<"QUSRSYS.QATMADRLST">[]> {
  const members: Record<string, RowOf<"QUSRSYS.QATMADRLST">[]> = {};
  for (const [type, member] of Object.entries(SMTP_LIST_MEMBERS)) {
    members[member] = context.state.smtpListEntries
      .filter((entry) => entry.type === type)
      .map((entry) => ({ INTNETADR: entry.address, SUBNETMASK: entry.mask, HOSTNAME: entry.hostName }));
  }
  return members;
}

export function exitPointRows(context: DeriveContext): RowOf<"QSYS2.EXIT_POINT_INFO">[] {
  return EXIT_POINTS.map((point) => ({
    EXIT_POINT_NAME: point.name,
    EXIT_POINT_FORMAT: point.format,
    REGISTERED: "YES",
    ALLOW_DEREGISTRATION: "NO",
    ALLOW_CHANGE: "YES",
    EXIT_PROGRAMS: context.state.exitPrograms.filter((p) => p.exitPoint === point.name && p.format === point.format).length,
    MAXIMUM_EXIT_PROGRAMS: point.maxPrograms,
    TEXT_DESCRIPTION: point.text,
  }));
}

export function exitProgramRows(context: DeriveContext): RowOf<"QSYS2.EXIT_PROGRAM_INFO">[] {
  return [...context.state.exitPrograms]
    .sort((a, b) => a.exitPoint.localeCompare(b.exitPoint) || a.format.localeCompare(b.format) || a.number - b.number)
    .map((program) => ({
      EXIT_POINT_NAME: program.exitPoint,
      EXIT_POINT_FORMAT: program.format,
      REGISTERED: "YES",
      COMPLETE: yesNo(true),
      EXIT_PROGRAM_NUMBER: program.number,
      EXIT_PROGRAM_LIBRARY: program.library,
      EXIT_PROGRAM: program.program,
      // VARCHAR(7) cannot hold "*UNKNOWN": the view shows the values without the asterisk [U].
      THREADSAFE: program.threadSafe.slice(1),
      MULTITHREADED_JOB_ACTION: "SYSVAL",
      EXIT_PROGRAM_DATA_CCSID: 37,
      EXIT_PROGRAM_DATA: null,
    }));
}
