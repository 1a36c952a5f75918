import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";

export const rmt02HttpCleartext: CheckDefinition = {
  id: "RMT-02",
  panel: "remote",
  title: "HTTP server instance serving clear-text connections",
  why:
    "A browser application served over HTTP sends its sign-on and data unencrypted; that is harmless on a closed office " +
    "network and not at all from home. HTTPS instances count their TLS connections separately.",
  source: "ibmi-facts §6 (HTTP vs HTTPS); QSYS2.HTTP_SERVER_INFO (IBM); Kisco, working from home (Loeber)",
  severity: "medium",
  reads: ["http-servers"],
  scanKinds: ["full"],
  remediationIds: [],
  evaluate(observations, policy) {
    const servers = observations.httpServers;
    if (!servers.ok) return notAssessed("HTTP server instances could not be read.", [servers]);
    if (servers.value.length === 0) return pass("No HTTP Server (Apache) instance is active.");
    const byServer = new Map<string, typeof servers.value>();
    for (const row of servers.value) byServer.set(row.server, [...(byServer.get(row.server) ?? []), row]);
    const findings: FindingDraft[] = [...byServer.entries()].flatMap(([server, rows]): FindingDraft[] => {
      const normal = Math.max(...rows.map((r) => r.normalConnections ?? 0));
      const tls = Math.max(...rows.map((r) => r.sslConnections ?? 0));
      if (normal === 0) return [];
      const detail =
        `HTTP server instance ${server} has served ${normal} clear-text connection(s) (and ${tls} over TLS) since it started. ` +
        "Configure TLS for it in the HTTP administration (port 2001/2005) and redirect HTTP to HTTPS.";
      return [
        {
          key: server,
          severity: policy.remoteUsers ? "high" : "medium",
          title: `HTTP instance ${server} serves clear-text connections`,
          detail,
          evidence: evidence(servers.statementIds, rows.map((r) => r.row), "SERVER_NORMAL_CONNECTIONS in QSYS2.HTTP_SERVER_INFO", "high"),
        },
      ];
    });
    if (findings.length > 0) return fail(`${findings.length} of ${byServer.size} active HTTP instance(s) serve clear-text connections.`, findings);
    return pass(`All ${byServer.size} active HTTP instance(s) served only TLS connections.`);
  },
};
