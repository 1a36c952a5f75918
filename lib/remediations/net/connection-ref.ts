import { z } from "zod";
import type { Connection } from "@/lib/checks/observation-types";
import { isLocalAddress } from "@/lib/net/address-class";
import { canonicalAddress, parseIpAddress } from "@/lib/net/ip-address";
import { endtcpcnn } from "@/lib/ibmi/commands/tcp-connections";
import { InvalidValueError } from "@/lib/ibmi/errors";
import { clStep } from "../shared/plan";
import { describeConnection } from "../shared/sessions";
import type { PlannedStep, SystemState } from "../types";

/**
 * A connection as the officer picks it: `remote address|remote port|local port`, the triple that
 * identifies an established TCP connection to this system. The rest (the local address for
 * ENDTCPCNN) always comes from the row read just before the run, never from the browser.
 */

const port = (text: string | undefined) => /^[0-9]{1,5}$/.test(text ?? "") && Number(text) >= 1 && Number(text) <= 65535;

export const ZConnectionRef = z
  .string()
  .trim()
  .refine((text) => {
    const [address, remotePort, localPort, ...rest] = text.split("|");
    return rest.length === 0 && canonicalAddress(address ?? "") !== null && port(remotePort) && port(localPort);
  }, "A connection as remote address|remote port|local port")
  .transform((text) => {
    const [address, remotePort, localPort] = text.split("|");
    return `${canonicalAddress(address!)}|${Number(remotePort)}|${Number(localPort)}`;
  });

export const connectionRef = (connection: Connection) =>
  `${canonicalAddress(connection.remoteAddress) ?? connection.remoteAddress}|${connection.remotePort}|${connection.localPort}`;

/** Remote connections; an address that does not parse is left out, as ENDTCPCNN could not name it. */
export function remoteConnections(state: SystemState): Connection[] {
  const connections = state.observations.connections;
  if (!connections.ok) return [];
  return connections.value.filter((connection) => {
    const parsed = parseIpAddress(connection.remoteAddress);
    return parsed !== null && !isLocalAddress(parsed);
  });
}

export const connectionChoice = (connection: Connection) => ({ value: connectionRef(connection), label: describeConnection(connection) });

/**
 * ENDTCPCNN for one connection row, or why it cannot be built: the row's values go through the
 * command builder's validators like any input (a row read from the system is never trusted).
 */
export function endConnectionStep(connection: Connection, why: string): { step: PlannedStep } | { blocker: string } {
  if (connection.localAddress === null) return { blocker: `The local address of ${describeConnection(connection)} was not readable, and ENDTCPCNN needs it.` };
  try {
    const command = endtcpcnn({ protocol: "*TCP", lclintneta: connection.localAddress, lclport: connection.localPort, rmtintneta: connection.remoteAddress, rmtport: connection.remotePort });
    return { step: clStep(command, why) };
  } catch (error) {
    if (error instanceof InvalidValueError) return { blocker: `The row of ${describeConnection(connection)} read from the system is not usable: ${error.userMessage}` };
    throw error;
  }
}
