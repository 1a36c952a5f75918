import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";

/** Network servers, the ports that show them running, and the exit points that can control them. */
const SERVERS: ReadonlyArray<{ key: string; name: string; protocol: "TCP" | "UDP"; ports: number[]; exitPoints: string[] }> = [
  { key: "ftp", name: "FTP server", protocol: "TCP", ports: [21, 990], exitPoints: ["QIBM_QTMF_SERVER_REQ", "QIBM_QTMF_SVR_LOGON"] },
  { key: "rexec", name: "REXEC server", protocol: "TCP", ports: [512], exitPoints: ["QIBM_QTMX_"] },
  { key: "tftp", name: "TFTP server", protocol: "UDP", ports: [69], exitPoints: ["QIBM_QTOD_"] },
  { key: "telnet", name: "Telnet server", protocol: "TCP", ports: [23, 992], exitPoints: ["QIBM_QTG_DEVINIT"] },
  { key: "as-database", name: "Database host server", protocol: "TCP", ports: [8471, 9471], exitPoints: ["QIBM_QZDA_"] },
  { key: "as-rmtcmd", name: "Remote command host server", protocol: "TCP", ports: [8475, 9475], exitPoints: ["QIBM_QZRC_"] },
  { key: "as-signon", name: "Sign-on host server", protocol: "TCP", ports: [8476, 9476], exitPoints: ["QIBM_QZSO_"] },
  { key: "as-file", name: "File host server", protocol: "TCP", ports: [8473, 9473], exitPoints: ["QIBM_QPWFS_"] },
  { key: "as-dtaq", name: "Data queue host server", protocol: "TCP", ports: [8472, 9472], exitPoints: ["QIBM_QZHQ_"] },
  { key: "as-netprt", name: "Network print host server", protocol: "TCP", ports: [8474, 9474], exitPoints: ["QIBM_QNPS_"] },
  { key: "as-central", name: "Central host server", protocol: "TCP", ports: [8470, 9470], exitPoints: ["QIBM_QZSC_"] },
];

export const ext01ExitPointCoverage: CheckDefinition = {
  id: "EXT-01",
  panel: "remote",
  title: "Network server running with no exit program",
  why:
    "Exit points are the only place IBM i lets a program approve or refuse each network request (who, from where, doing " +
    "what). IBM ships them empty, so every running server without one relies on object authority alone.",
  source: "peers-and-checks §3.5 EXT-01; IBM exit points for FTP/Telnet (rzaiq, rzaiw) and the host servers (rzaii); ibmi-facts §2.3",
  severity: "high",
  reads: ["exit-programs", "net-listeners"],
  scanKinds: ["full"],
  remediationIds: [],
  evaluate(observations) {
    const programs = observations.exitPrograms;
    const listeners = observations.listeners;
    if (!programs.ok || !listeners.ok) {
      return notAssessed("Exit-point registrations or listening ports could not be read.", [programs, listeners]);
    }
    const socketLevel = programs.value.some((p) => p.exitPoint === "QIBM_QSO_ACCEPT");
    const running = SERVERS.filter((server) =>
      listeners.value.some((l) => l.protocol === server.protocol && server.ports.includes(l.localPort)),
    );
    const covered: string[] = [];
    const findings: FindingDraft[] = running.flatMap((server): FindingDraft[] => {
      const registered = programs.value.filter((p) => server.exitPoints.some((point) => p.exitPoint.startsWith(point)));
      if (registered.length > 0) {
        covered.push(`${server.name} (${registered.map((p) => `${p.library ?? "?"}/${p.program ?? "?"}`).join(", ")})`);
        return [];
      }
      const detail =
        `The ${server.name} is listening (${server.protocol} ${server.ports.join("/")}) and no exit program is registered on ` +
        `${server.exitPoints.map((p) => (p.endsWith("_") ? `${p}*` : p)).join(" or ")}.` +
        (socketLevel ? " A QIBM_QSO_ACCEPT socket exit program sees its connections, but not what they request." : "");
      const sockets = listeners.value.filter((l) => l.protocol === server.protocol && server.ports.includes(l.localPort));
      return [
        {
          key: server.key,
          severity: socketLevel ? "medium" : "high",
          title: `${server.name} running with no exit program`,
          detail,
          evidence: evidence(
            [...programs.statementIds, ...listeners.statementIds],
            sockets.map((l) => l.row),
            "listening socket (QSYS2.NETSTAT_INFO) with no registration in QSYS2.EXIT_PROGRAM_INFO",
            "high",
          ),
        },
      ];
    });
    const coveredText = covered.length > 0 ? ` Covered: ${covered.join("; ")}.` : "";
    if (findings.length > 0) {
      return fail(`${findings.length} of ${running.length} running network servers have no exit program.${coveredText}`, findings);
    }
    return pass(`All ${running.length} running network servers have an exit program.${coveredText}`);
  },
};
