import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import type { TPolicy } from "@/lib/checks/policy";
import { describeClients } from "@/lib/checks/remote-sessions";
import type { CollectedObservations } from "@/lib/dashboard/latest-observations";
import { sshdSettings, TELNET_ALWSSL, telnetSessions } from "@/lib/dashboard/remote-view";
import { serverState } from "@/lib/dashboard/server-state";
import { AsOf } from "./as-of";
import { FactList } from "./fact-list";
import { ReadNote } from "./read-note";
import { ServerStateText } from "./server-state-text";

export type RemoteKinds = "telnetAttributes" | "listeners" | "connections" | "systemValues" | "httpServers" | "sshdConfig";

export function RemoteFacts({ observed, policy }: { observed: CollectedObservations<RemoteKinds>; policy: TPolicy | null }) {
  const telnet = observed.telnetAttributes?.read;
  const connections = observed.connections?.read;
  const sessions = connections?.ok ? telnetSessions(connections.value) : null;
  const alwssl = telnet?.ok && telnet.value.allowTls ? TELNET_ALWSSL[telnet.value.allowTls] : undefined;
  const systemValues = observed.systemValues?.read;
  const qautovrt = systemValues?.ok ? systemValues.value.find((value) => value.name === "QAUTOVRT") : undefined;
  const listeners = observed.listeners?.read;
  const telnetState = serverState(null, listeners, [23, 992], "Telnet");
  const sshState = serverState(null, listeners, [22], "sshd");
  const http = observed.httpServers?.read;
  const sshd = observed.sshdConfig?.read;
  return (
    <div className="space-y-6">
      <Card title="Telnet (5250)">
        <div className="space-y-4">
          <FactList
            facts={[
              {
                label: "Listening",
                value: telnetState.running === null ? <ReadNote read={listeners} what="the listening ports" /> : telnetState.running ? `on TCP ${telnetState.ports.join(" and ")}` : "Not listening on 23 or 992",
              },
              {
                label: "TLS (CHGTELNA ALWSSL)",
                value: telnet?.ok ? (
                  <span>
                    <Badge tone={alwssl?.tone ?? "neutral"}>*{telnet.value.allowTls ?? "?"}</Badge> {alwssl?.meaning ?? "Value not recognised."}
                    <span className="block text-xs text-slate-600 dark:text-slate-400">Read from QSYS2.TELNET_SERVER_ATTRIBUTES (IBM service).</span>
                  </span>
                ) : (
                  <ReadNote read={telnet} what="the Telnet attributes" />
                ),
                testId: "telnet-alwssl",
              },
              {
                label: "Sessions now",
                value: sessions ? (
                  <span>
                    {sessions.cleartext.length > 0 ? <Badge tone="critical">{sessions.cleartext.length} in clear text on 23</Badge> : <Badge tone="good">none on 23</Badge>}{" "}
                    <Badge tone="neutral">{sessions.tls.length} over TLS on 992</Badge>
                    <AsOf collected={observed.connections} primaryScanId={observed.telnetAttributes?.scanId} />
                    {sessions.cleartext.length > 0 ? (
                      <span className="block font-mono text-xs text-slate-600 dark:text-slate-400">
                        {describeClients(sessions.cleartext)}
                      </span>
                    ) : null}
                  </span>
                ) : (
                  <ReadNote read={connections} what="the connections" />
                ),
                testId: "telnet-sessions",
              },
              {
                label: "Virtual devices created on demand (QAUTOVRT)",
                value: qautovrt ? (
                  <span>
                    {qautovrt.numeric ?? qautovrt.character ?? "?"}
                    {policy && qautovrt.numeric !== null && qautovrt.numeric > policy.maxAutoVirtualDevices ? <Badge tone="warn">above the policy&rsquo;s {policy.maxAutoVirtualDevices}</Badge> : null}
                  </span>
                ) : (
                  <ReadNote read={systemValues} what="QAUTOVRT" />
                ),
              },
            ]}
          />
        </div>
      </Card>
      <Card title="HTTP server instances">
        <div className="space-y-3">
          {http?.ok ? (
            http.value.length === 0 ? (
              <p className="text-sm">No HTTP Server (Apache) instance is active.</p>
            ) : (
              <Table caption="Active HTTP server instances">
                <thead>
                  <tr>
                    <Th>Instance</Th>
                    <Th>Function</Th>
                    <Th>Clear-text connections</Th>
                    <Th>TLS connections</Th>
                  </tr>
                </thead>
                <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                  {http.value.map((instance) => (
                    <tr key={`${instance.server}-${instance.httpFunction ?? ""}`} data-testid={`http-${instance.server}`}>
                      <Td className="font-mono">{instance.server}</Td>
                      <Td>{instance.httpFunction ?? "—"}</Td>
                      <Td>{(instance.normalConnections ?? 0) > 0 ? <Badge tone="critical">{instance.normalConnections}</Badge> : (instance.normalConnections ?? "—")}</Td>
                      <Td>{instance.sslConnections ?? "—"}</Td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )
          ) : (
            <ReadNote read={http} what="the HTTP server instances" />
          )}
          <p className="text-xs text-slate-600 dark:text-slate-400">Counts since each instance started (QSYS2.HTTP_SERVER_INFO). Any clear-text connection means the instance serves HTTP, not only HTTPS.</p>
        </div>
      </Card>
      <Card title="SSH server (SFTP)">
        <div className="space-y-3">
          <FactList facts={[{ label: "sshd", value: <ServerStateText state={sshState} approved={policy ? policy.approvedServers.includes("sshd") : null} /> }]} />
          <p className="text-xs text-slate-600 dark:text-slate-400">IBM i network exit points do not cover SSH: sshd_config is the only control.</p>
          {sshd?.ok ? (
            <Table caption="sshd_config settings">
              <thead>
                <tr>
                  <Th>Setting</Th>
                  <Th>Value in effect</Th>
                  <Th>Line</Th>
                </tr>
              </thead>
              <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
                {sshdSettings(sshd.value).map((setting) => (
                  <tr key={setting.keyword}>
                    <Td className="font-mono">{setting.keyword}</Td>
                    <Td className="font-mono">{setting.value ?? <span className="font-sans text-slate-500 dark:text-slate-400">not set (sshd default)</span>}</Td>
                    <Td>{setting.line ?? "—"}</Td>
                  </tr>
                ))}
              </tbody>
            </Table>
          ) : (
            <ReadNote read={sshd} what="sshd_config" />
          )}
        </div>
      </Card>
    </div>
  );
}
