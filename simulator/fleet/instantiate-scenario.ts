/**
 * Turns a scenario into the state of one system of a fleet: IBM's shipped defaults underneath,
 * a name and address from its position, small deterministic variations (job numbers, IPL time,
 * spool counts, client ports) so that no two systems look cloned, running servers started at the
 * IPL, and the scenario's sessions placed relative to now.
 */
import { randomSequence } from "@/simulator/state/random";
import { ZSystemState, type TConnection, type TSystemState } from "@/simulator/state/schema";
import { SERVER_IDS } from "@/simulator/state/server-catalog";
import { allocateJobNumber, startHttpInstance, startServer } from "@/simulator/state/server-control";
import { withShippedDefaults } from "@/simulator/state/shipped-defaults";
import type { TScenario } from "./scenario-schema";

const MINUTE = 60_000;

export function systemName(scenario: TScenario, index: number): string {
  return `${scenario.namePrefix}${String(index).padStart(4, "0")}`;
}

/** `index` is the system's 1-based position in the fleet. */
export function instantiateScenario(scenario: TScenario, index: number, now: Date): TSystemState {
  const random = randomSequence(`${scenario.name}/${index}`);
  const { connections, ...system } = scenario.system;
  const iplAt = new Date(now.getTime() - Math.floor((3 + random() * 40) * 24 * 60) * MINUTE);
  const state = ZSystemState.parse(
    withShippedDefaults({
      ...system,
      name: systemName(scenario, index),
      scenario: scenario.name,
      hostAddress: `10.${1 + Math.floor(index / 250)}.${(index % 250) + 1}.5`,
      serialNumber: `78${(0x10000 + Math.floor(random() * 0xeffff)).toString(16).toUpperCase()}`,
      iplAt: iplAt.toISOString(),
      nextJobNumber: 100000 + Math.floor(random() * 400000),
      outputQueues: system.outputQueues.map((queue) => ({
        ...queue,
        numberOfFiles: Math.round(queue.numberOfFiles * (0.6 + random() * 0.8)),
      })),
      schedulerCheckedAt: now.toISOString(),
    }),
  );
  // Servers the scenario marks running were started by STRTCP a few minutes after the IPL.
  const startedAt = new Date(iplAt.getTime() + 4 * MINUTE);
  for (const id of SERVER_IDS) {
    if (!state.servers[id].running) continue;
    state.servers[id].running = false;
    startServer(state, id, startedAt);
  }
  for (const instance of state.servers.http) {
    if (!instance.running) continue;
    instance.running = false;
    startHttpInstance(state, instance, startedAt);
  }
  state.connections = connections.map(
    (connection, n): TConnection => ({
      id: `c${n + 1}`,
      localPort: connection.localPort,
      remoteAddress: connection.remoteAddress,
      remotePort: connection.remotePort ?? 49152 + Math.floor(random() * 16000),
      user: connection.user,
      jobNumber: allocateJobNumber(state),
      connectedAt: new Date(now.getTime() - connection.connectedMinutesAgo * MINUTE).toISOString(),
      lastActivityAt: new Date(now.getTime() - connection.idleSeconds * 1000).toISOString(),
      bytesSent: connection.bytesSent,
      bytesReceived: connection.bytesReceived,
    }),
  );
  return state;
}
