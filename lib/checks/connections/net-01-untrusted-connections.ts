import { evidence, fail, notAssessed, pass, plural } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import type { Connection } from "@/lib/checks/observation-types";
import { classifyAddress, isLocalAddress } from "@/lib/net/address-class";
import { canonicalAddress, formatIpAddress, parseIpAddress } from "@/lib/net/ip-address";
import { matchTrustedNetwork } from "@/lib/net/trusted-networks";
import { describePort } from "@/lib/net/well-known-ports";

/** Ports whose sessions carry sign-on and data access (peers-and-checks §3.3 NET-01: high). */
const HIGH_RISK_PORTS = new Set([21, 22, 23, 445, 446, 449, 8470, 8471, 8472, 8473, 8474, 8475, 8476]);

export const net01UntrustedConnections: CheckDefinition = {
  id: "NET-01",
  panel: "connections",
  title: "Connection from an address outside the trusted networks",
  why:
    "Every live session should come from a network someone vouched for. A connection from elsewhere to FTP, Telnet, SSH " +
    "or the database and host servers is someone signed on, or trying to, from a place nobody approved.",
  source: "peers-and-checks §3.3 NET-01; Kisco, \"Who's connected to your IBM i?\" (Loeber); QSYS2.NETSTAT_INFO (IBM)",
  severity: "high",
  reads: ["net-connections", "net-connection-jobs"],
  scanKinds: ["full", "connections"],
  remediationIds: ["net.end-connection", "net.end-address", "net.trust-network"],
  evaluate(observations, _policy, context) {
    const connections = observations.connections;
    if (!connections.ok) return notAssessed("Active connections could not be read.", [connections]);
    const groups = new Map<string, { remote: string; localPort: number; items: Connection[] }>();
    const own = new Set((context.ownAddresses ?? []).flatMap((address) => canonicalAddress(address) ?? []));
    let local = 0;
    let trusted = 0;
    for (const connection of connections.value) {
      const parsed = parseIpAddress(connection.remoteAddress);
      if (parsed !== null && (isLocalAddress(parsed) || own.has(formatIpAddress(parsed)))) {
        local += 1;
        continue;
      }
      if (matchTrustedNetwork(connection.remoteAddress, connection.localPort, context.trustedNetworks, context.now) !== null) {
        trusted += 1;
        continue;
      }
      const remote = parsed === null ? connection.remoteAddress : formatIpAddress(parsed);
      const key = `${remote}|${connection.localPort}`;
      const group = groups.get(key) ?? { remote, localPort: connection.localPort, items: [] };
      group.items.push(connection);
      groups.set(key, group);
    }
    const jobsNote = observations.connectionJobs.ok
      ? ""
      : ` Job and user names are missing: ${observations.connectionJobs.failure.explanation}`;
    const findings: FindingDraft[] = [...groups.entries()].map(([key, group]) => {
      const parsed = parseIpAddress(group.remote);
      const where = parsed === null ? "an unreadable address" : `a ${classifyAddress(parsed)} address`;
      const users = [...new Set(group.items.flatMap((c) => (c.user ? [c.user] : [])))];
      const jobs = [...new Set(group.items.flatMap((c) => (c.jobName ? [c.jobName] : [])))];
      const who = users.length > 0 ? ` Signed on as ${users.join(", ")} (job ${jobs.join(", ")}).` : "";
      const detail =
        `${plural(group.items.length, "connection")} from ${group.remote} (${where}) to local port ${describePort(group.localPort)} ` +
        `${group.items.length === 1 ? "matches" : "match"} no trusted network.${who} End the connection (ENDTCPCNN), or add the network to the trusted list if it belongs there.`;
      return {
        key,
        severity: HIGH_RISK_PORTS.has(group.localPort) ? "high" : "medium",
        title: `Untrusted connection from ${group.remote} to port ${describePort(group.localPort)}`,
        detail,
        evidence: evidence(
          [...connections.statementIds, ...(observations.connectionJobs.ok ? observations.connectionJobs.statementIds : [])],
          group.items.map((c) => c.row),
          "established connection in QSYS2.NETSTAT_INFO matched against the trusted networks",
          "high",
        ),
      };
    });
    const summary =
      `${plural(connections.value.length, "established connection")}: ${trusted} from trusted networks, ${local} local or Portcullis's own` +
      (findings.length > 0 ? `, ${plural(findings.length, "untrusted address/port pair")}.` : ".");
    return findings.length > 0 ? fail(summary + jobsNote, findings) : pass(summary + jobsNote);
  },
};
