import type { Panel } from "@/lib/checks/check-types";
import type { Observations } from "@/lib/checks/observation-types";
import type { StatementId } from "@/lib/checks/read-batch";
import { ftpActivity, serverActivity, smtpActivity, type ServerActivity } from "@/lib/checks/server-activity";

/**
 * The TCP/IP servers remediations start, end and reconfigure, with where their sessions are and
 * how a scan tells whether they run (jobs in QSYSWRK and listeners; Telnet by listeners only, as
 * its server job name is [U]).
 */
export interface TcpServer {
  key: "ftp" | "smtp" | "telnet";
  name: string;
  clServer: "*FTP" | "*SMTP" | "*TELNET";
  panel: Panel;
  /** Local ports whose connections are this server's sessions. */
  sessionPorts: readonly number[];
  /** The record name in QUSRSYS/QATOCSTART, when autostart is read from there. */
  autostartRecord: "FTP" | "SMTP" | null;
  /** Scan statements that show whether it runs, and its sessions. */
  reads: readonly StatementId[];
  activity(observations: Observations): ServerActivity;
}

const SESSION_READS: readonly StatementId[] = ["net-listeners", "net-connections", "net-connection-jobs"];

export const TCP_SERVERS: Record<TcpServer["key"], TcpServer> = {
  ftp: {
    key: "ftp",
    name: "FTP",
    clServer: "*FTP",
    panel: "ftp",
    sessionPorts: [20, 21, 990],
    autostartRecord: "FTP",
    reads: ["ftp-jobs", "tcp-autostart", ...SESSION_READS],
    activity: ftpActivity,
  },
  smtp: {
    key: "smtp",
    name: "SMTP",
    clServer: "*SMTP",
    panel: "smtp",
    sessionPorts: [25],
    autostartRecord: "SMTP",
    reads: ["smtp-jobs", "tcp-autostart", ...SESSION_READS],
    activity: smtpActivity,
  },
  telnet: {
    key: "telnet",
    name: "Telnet",
    clServer: "*TELNET",
    panel: "remote",
    sessionPorts: [23, 992],
    autostartRecord: null,
    reads: ["telnet-attributes", ...SESSION_READS],
    activity: (observations) => serverActivity(observations, null, [23, 992], "Telnet server"),
  },
};

/** AUTOSTART as QUSRSYS/QATOCSTART records it (third-party documented), or null when unknown. */
export function autostartOf(server: TcpServer, observations: Observations): boolean | null {
  if (server.autostartRecord === null) {
    return observations.telnetAttributes.ok ? observations.telnetAttributes.value.autostart : null;
  }
  const records = observations.serverAutostart;
  return records.ok ? (records.value.find((record) => record.server === server.autostartRecord)?.autostart ?? null) : null;
}

/** Why whether a server runs is unknown, from the reads that failed. */
export function activityUnknownReason(activity: ServerActivity, server: TcpServer): string {
  const reasons = activity.failures.map((read) => read.failure.explanation).join(" ");
  return `Whether the ${server.name} server runs could not be determined. ${reasons}`.trim();
}
