import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import type { Listener, Read } from "@/lib/checks/observation-types";
import { serviceForPort } from "@/lib/net/well-known-ports";
import { ReadNote } from "./read-note";

/** Every listening TCP port and bound UDP port with the service IBM i runs there: the attack surface. */
export function ListenersTable({ read, baseline }: { read: Read<Listener[]> | undefined; baseline: readonly number[] | null }) {
  if (read === undefined) return <p className="text-sm text-slate-600 dark:text-slate-400">Not read yet.</p>;
  if (!read.ok) return <ReadNote read={read} what="the listening ports" />;
  const ports = [...new Map(read.value.map((listener) => [`${listener.protocol}/${listener.localPort}`, listener])).values()].sort(
    (a, b) => a.protocol.localeCompare(b.protocol) || a.localPort - b.localPort,
  );
  return (
    <Table caption="Listening ports">
      <thead>
        <tr>
          <Th>Port</Th>
          <Th>Service</Th>
          <Th>Encryption</Th>
          <Th>Baseline</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {ports.map((listener) => {
          const service = serviceForPort(listener.localPort, listener.protocol === "UDP" ? "udp" : "tcp");
          return (
            <tr key={`${listener.protocol}/${listener.localPort}`}>
              <Td className="font-mono">
                {listener.localPort}/{listener.protocol.toLowerCase()}
              </Td>
              <Td>{service ? `${service.name}: ${service.description}` : "Not a port IBM i names"}</Td>
              <Td>{service ? service.cleartext ? <Badge tone="warn">clear text{service.tlsPort ? ` (TLS twin: ${service.tlsPort})` : ""}</Badge> : <Badge tone="good">TLS or SSH</Badge> : "—"}</Td>
              <Td>
                {baseline === null ? (
                  <span className="text-xs text-slate-500 dark:text-slate-400">no baseline recorded</span>
                ) : listener.protocol === "UDP" || baseline.includes(listener.localPort) ? (
                  <span className="text-xs">expected</span>
                ) : (
                  <Badge tone="bad">not in baseline</Badge>
                )}
              </Td>
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}
