import { evidence, fail, notAssessed, pass, plural } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";
import { describeClients, remoteSessionsOn } from "@/lib/checks/remote-sessions";
import { tcpListenersOn } from "@/lib/checks/server-activity";

export const rmt03SftpInsteadOfFtp: CheckDefinition = {
  id: "RMT-03",
  panel: "remote",
  title: "FTP still in use where SFTP could replace it",
  why:
    "IBM i ships SFTP with OpenSSH: the same file transfers, encrypted. Every FTP session that is still open is a user " +
    "who could move to SFTP, after which FTP can be switched off.",
  source: "ibmi-facts §6 (FTP vs SFTP); Kisco, working from home (Loeber); peers-and-checks §6 item 9",
  severity: "medium",
  reads: ["net-connections", "net-listeners"],
  scanKinds: ["full", "connections"],
  remediationIds: ["ftp.end-server", "ftp.schedule-window"],
  evaluate(observations) {
    const connections = observations.connections;
    if (!connections.ok) return notAssessed("Active connections could not be read.", [connections]);
    const sessions = remoteSessionsOn(connections.value, [21]);
    if (sessions.length === 0) return pass("No FTP session is open right now.");
    const ssh = tcpListenersOn(observations, [22]);
    if (ssh === null) {
      return notAssessed(`${plural(sessions.length, "FTP session")} open, but whether SSH is available could not be read.`, [observations.listeners]);
    }
    const clients = describeClients(sessions);
    const sshAvailable = ssh.length > 0;
    const detail = sshAvailable
      ? `${plural(sessions.length, "FTP session")} open (${clients}) although the SSH server offers SFTP on port 22. Move these transfers to SFTP, then end FTP or limit it to a window.`
      : `${plural(sessions.length, "FTP session")} open (${clients}) and no SSH server listens to offer SFTP instead. Start it (STRTCPSVR SERVER(*SSHD)), move the transfers to SFTP, then end FTP.`;
    return fail(detail, [
      {
        key: "ftp-in-use",
        severity: "medium",
        title: sshAvailable ? "FTP still used although SFTP is available" : "FTP used and no SFTP alternative running",
        detail,
        evidence: evidence(
          [...connections.statementIds, ...observations.listeners.statementIds],
          [...sessions.map((c) => c.row), ...ssh.map((l) => l.row)],
          "established connections to port 21 and the listener on 22 (QSYS2.NETSTAT_INFO)",
          "high",
        ),
      },
    ]);
  },
};
