import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import { describePort } from "@/lib/net/well-known-ports";

export const net02ListenerBaseline: CheckDefinition = {
  id: "NET-02",
  panel: "connections",
  title: "New listening port outside the approved baseline",
  why:
    "Every listening port is a way in. A port that was not there when the baseline was approved means a server was " +
    "started or installed since, and nobody has decided whether it should be reachable.",
  source: "peers-and-checks §3.3 NET-02; Seiden Group, \"Looking at network connections on IBM i with netstat\"",
  severity: "high",
  reads: ["net-listeners"],
  scanKinds: ["full", "connections"],
  remediationIds: [],
  evaluate(observations, policy) {
    const listeners = observations.listeners;
    if (!listeners.ok) return notAssessed("Listening ports could not be read.", [listeners]);
    const ports = [...new Set(listeners.value.filter((l) => l.protocol === "TCP").map((l) => l.localPort))].sort((a, b) => a - b);
    const baseline = policy.listeningPortBaseline;
    if (baseline === null) {
      return notAssessed(
        `No listening-port baseline is recorded for this system. It listens now on TCP ${ports.join(", ") || "no port"}; ` +
          "approve that list as the baseline (policy listeningPortBaseline) once each port is explained.",
      );
    }
    const gone = baseline.filter((port) => !ports.includes(port));
    const goneNote = gone.length > 0 ? ` Baseline ports not listening now: ${gone.join(", ")}.` : "";
    const findings: FindingDraft[] = ports
      .filter((port) => !baseline.includes(port))
      .map((port) => {
        const detail =
          `TCP port ${describePort(port)} is listening but is not in the approved baseline. Find the server behind it ` +
          "(QSYS2.NETSTAT_JOB_INFO shows the job), then end it or add the port to the baseline.";
        return {
          key: `tcp/${port}`,
          severity: "high",
          title: `New listener on port ${describePort(port)}`,
          detail,
          evidence: evidence(
            listeners.statementIds,
            listeners.value.filter((l) => l.protocol === "TCP" && l.localPort === port).map((l) => l.row),
            "listening socket in QSYS2.NETSTAT_INFO compared with the policy baseline",
            "high",
          ),
        };
      });
    if (findings.length > 0) return fail(`${findings.length} listening port(s) outside the baseline.${goneNote}`, findings);
    return pass(`All ${ports.length} listening TCP ports are in the approved baseline.${goneNote}`);
  },
};
