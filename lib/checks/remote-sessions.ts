import type { Connection } from "@/lib/checks/observation-types";
import { isLocalAddress } from "@/lib/net/address-class";
import { parseIpAddress } from "@/lib/net/ip-address";

/**
 * Established connections to one of `ports` from another machine: loopback and unspecified
 * addresses are the system talking to itself, not exposure. An address that does not parse is
 * kept: unknown is not proof of local.
 */
export function remoteSessionsOn(connections: readonly Connection[], ports: readonly number[]): Connection[] {
  return connections.filter((c) => {
    if (!ports.includes(c.localPort)) return false;
    const parsed = parseIpAddress(c.remoteAddress);
    return parsed === null || !isLocalAddress(parsed);
  });
}

/** "10.1.2.3 (ALICE), 10.1.2.4": each client once, with its user profile when the job is known. */
export function describeClients(sessions: readonly Connection[]): string {
  return [...new Set(sessions.map((c) => `${c.remoteAddress}${c.user ? ` (${c.user})` : ""}`))].join(", ");
}
