import { intCell } from "@/lib/checks/ibm-values";
import type { Connection } from "@/lib/checks/observation-types";
import { classifyAddress, isLocalAddress, type AddressClass } from "@/lib/net/address-class";
import { formatIpAddress, parseIpAddress } from "@/lib/net/ip-address";
import { matchTrustedNetwork, type TTrustedNetwork } from "@/lib/net/trusted-networks";
import { serviceForPort } from "@/lib/net/well-known-ports";

/**
 * One live connection as the connections panel lists it (NETSTAT *CNN, with the answers an
 * officer goes looking for by hand): which service it reached, whether its address is trusted
 * and through which network, what kind of address it is, its reverse-DNS name and where to look
 * up who owns it.
 */
export interface ConnectionRow {
  key: string;
  remoteAddress: string;
  remotePort: number;
  localAddress: string | null;
  localPort: number;
  service: { name: string; description: string; cleartext: boolean } | null;
  jobName: string | null;
  user: string | null;
  idleSeconds: number | null;
  /** From NETSTAT_INFO's byte counters when the scan read them. */
  bytesSent: number | null;
  bytesReceived: number | null;
  addressClass: AddressClass | "unreadable";
  /**
   * untrusted: matches no trusted network; trusted: matches one (see `trusted`); local: loopback,
   * this system talking to itself (NET-01 leaves these out too).
   */
  origin: "untrusted" | "trusted" | "local";
  trusted: { id: string | null; label: string; cidr: string; owner: string | null } | null;
  reverseDns: string | null;
  /** RDAP (the registries' successor to whois) for public addresses; private ones have no public owner. */
  ownerLookupUrl: string | null;
}

export function ownerLookupUrl(address: string): string | null {
  const parsed = parseIpAddress(address);
  if (parsed === null || classifyAddress(parsed) !== "public") return null;
  return `https://rdap.org/ip/${encodeURIComponent(formatIpAddress(parsed))}`;
}

export function connectionRows(
  connections: readonly Connection[],
  trustedNetworks: readonly TTrustedNetwork[],
  now: Date,
  names: ReadonlyMap<string, string | null>,
): ConnectionRow[] {
  const rows = connections.map((connection): ConnectionRow => {
    const parsed = parseIpAddress(connection.remoteAddress);
    const remoteAddress = parsed === null ? connection.remoteAddress : formatIpAddress(parsed);
    const addressClass = parsed === null ? "unreadable" : classifyAddress(parsed);
    const local = parsed !== null && isLocalAddress(parsed);
    const match = local ? null : matchTrustedNetwork(connection.remoteAddress, connection.localPort, trustedNetworks, now);
    const service = serviceForPort(connection.localPort);
    return {
      key: `${remoteAddress}|${connection.remotePort}|${connection.localPort}`,
      remoteAddress,
      remotePort: connection.remotePort,
      localAddress: connection.localAddress,
      localPort: connection.localPort,
      service: service === null ? null : { name: service.name, description: service.description, cleartext: service.cleartext },
      jobName: connection.jobName,
      user: connection.user,
      idleSeconds: connection.idleSeconds,
      bytesSent: intCell(connection.row, "BYTES_SENT_REMOTELY"),
      bytesReceived: intCell(connection.row, "BYTES_RECEIVED_LOCALLY"),
      addressClass,
      origin: local ? "local" : match === null ? "untrusted" : "trusted",
      trusted: match === null ? null : { id: match.id ?? null, label: match.label, cidr: match.cidr, owner: match.owner ?? null },
      reverseDns: names.get(connection.remoteAddress) ?? null,
      ownerLookupUrl: ownerLookupUrl(connection.remoteAddress),
    };
  });
  // Untrusted first: that is what the officer came for; the system's own loopback sessions last.
  const rank = { untrusted: 0, trusted: 1, local: 2 } as const;
  return rows.sort(
    (a, b) =>
      rank[a.origin] - rank[b.origin] ||
      a.localPort - b.localPort ||
      a.remoteAddress.localeCompare(b.remoteAddress) ||
      a.remotePort - b.remotePort,
  );
}
