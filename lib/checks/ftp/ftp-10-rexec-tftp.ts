import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import type { TTcpServer } from "@/lib/checks/policy";

const SERVERS: ReadonlyArray<{ server: TTcpServer; name: string; protocol: "TCP" | "UDP"; port: number; end: string }> = [
  { server: "rexec", name: "REXEC", protocol: "TCP", port: 512, end: "ENDTCPSVR SERVER(*REXEC)" },
  { server: "tftp", name: "TFTP", protocol: "UDP", port: 69, end: "ENDTCPSVR SERVER(*TFTP)" },
];

export const ftp10RexecTftp: CheckDefinition = {
  id: "FTP-10",
  panel: "ftp",
  title: "REXEC or TFTP server running",
  why:
    "REXEC runs commands sent over the network with a clear-text password; TFTP transfers files with no password at all. " +
    "Both belong to the FTP family of exit points and are rarely needed.",
  source: "peers-and-checks §3.1 FTP-10; IBM exit points QIBM_QTMX_* and QIBM_QTOD_SERVER_REQ (ibmi-facts §2.3)",
  severity: "medium",
  reads: ["net-listeners", "tcp-autostart"],
  scanKinds: ["full"],
  remediationIds: [],
  evaluate(observations, policy) {
    const listeners = observations.listeners;
    if (!listeners.ok) return notAssessed("Listening ports could not be read.", [listeners]);
    const autostart = observations.serverAutostart;
    const findings: FindingDraft[] = [];
    const running: string[] = [];
    for (const entry of SERVERS) {
      const sockets = listeners.value.filter((l) => l.protocol === entry.protocol && l.localPort === entry.port);
      if (sockets.length === 0) continue;
      running.push(entry.name);
      if (policy.approvedServers.includes(entry.server)) continue;
      const starts = autostart.ok ? autostart.value.find((a) => a.server === entry.server.toUpperCase())?.autostart : undefined;
      const autostartText = starts === true ? " It also starts automatically with TCP/IP (QUSRSYS/QATOCSTART)." : "";
      const detail = `The ${entry.name} server listens on ${entry.protocol} port ${entry.port} but is not approved.${autostartText} End it with ${entry.end}.`;
      findings.push({
        key: `${entry.server}-server`,
        severity: "medium",
        title: `${entry.name} server running without approval`,
        detail,
        evidence: evidence(listeners.statementIds, sockets.map((s) => s.row), `${entry.protocol} port ${entry.port} bound (QSYS2.NETSTAT_INFO)`, "high"),
      });
    }
    if (findings.length > 0) return fail(findings.map((f) => f.detail).join(" "), findings);
    return pass(
      running.length === 0
        ? "Neither REXEC (TCP 512) nor TFTP (UDP 69) is listening."
        : `${running.join(" and ")} ${running.length === 1 ? "is" : "are"} running and approved for this system.`,
    );
  },
};
