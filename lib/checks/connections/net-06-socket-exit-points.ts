import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";
import { tcpListenersOn } from "@/lib/checks/server-activity";

const SOCKET_EXIT_POINTS = ["QIBM_QSO_ACCEPT", "QIBM_QSO_CONNECT", "QIBM_QSO_LISTEN"];

export const net06SocketExitPoints: CheckDefinition = {
  id: "NET-06",
  panel: "connections",
  title: "No socket exit program covers SSH, HTTP and custom servers",
  why:
    "The FTP, Telnet and host-server exit points do not see SSH, the HTTP server or home-grown socket servers; only the " +
    "socket exit points (QIBM_QSO_ACCEPT/CONNECT/LISTEN) do. Running without one should be a decision, because a faulty " +
    "socket exit program can lock everyone out.",
  source: "peers-and-checks §3.3 NET-06; IBM socket exit points (unix8exit); Fortra Exit Point Manager socket-rule warning",
  severity: "info",
  reads: ["exit-programs", "net-listeners"],
  scanKinds: ["full"],
  remediationIds: [],
  evaluate(observations, policy) {
    const programs = observations.exitPrograms;
    if (!programs.ok) return notAssessed("Exit-point registrations could not be read.", [programs]);
    const registered = programs.value.filter((p) => SOCKET_EXIT_POINTS.includes(p.exitPoint));
    if (registered.length > 0) {
      const names = registered.map((p) => `${p.exitPoint}: ${p.library ?? "?"}/${p.program ?? "?"}`).join("; ");
      return pass(`Socket exit programs are registered (${names}).`);
    }
    if (policy.socketExitPointsWaived) return pass("No socket exit program is registered; the system policy records that as a decision.");
    const sshListening = (tcpListenersOn(observations, [22]) ?? []).length > 0;
    const detail =
      "No program is registered on QIBM_QSO_ACCEPT, QIBM_QSO_CONNECT or QIBM_QSO_LISTEN, so connections to SSH, the HTTP " +
      `server and custom socket servers pass no exit-point control${sshListening ? " (SSH is listening on port 22)" : ""}. ` +
      "Consider an exit-point product with socket rules (test it with console access at hand), or record in the policy that " +
      "the system runs without one.";
    return fail(detail, [
      {
        key: "socket-exit-points",
        severity: sshListening ? "medium" : "info",
        title: "No socket exit program",
        detail,
        evidence: evidence(programs.statementIds, [], "QSYS2.EXIT_PROGRAM_INFO lists no program for the QIBM_QSO_* exit points", "high"),
      },
    ]);
  },
};
