/**
 * The TCP connections a system has at a moment: the ones kept in its state (scenario sessions,
 * connections added through the control API), a deterministic churn of short-lived client
 * connections computed from the clock, and the SSH sessions the simulator itself is serving.
 *
 * Churn is a pure function of (system name, time): opportunity k of a system opens, or not, a
 * connection with a start, length, port, address and user drawn from a generator seeded with
 * "name#k". Nothing has to be stored for it to come and go, and advancing the clock in a test moves
 * it exactly like real time does. A churned connection exists only while its port is listening and
 * only if the server was already running when it started, so ending a server ends its churn too.
 */
import { pick, randomSequence } from "./random";
import { portOwner } from "./server-control";
import type { TConnection, TSystemState } from "./schema";

export type ConnectionOrigin = "state" | "churn" | "session";

export interface LiveConnection extends TConnection {
  readonly origin: ConnectionOrigin;
  /** When a churned connection ends by itself. */
  readonly endsAt?: string;
}

/** Client ports weighted by how often each kind of client shows up. */
const CHURN_PORTS = [
  23, 23, 23, 23, 992, 992, 8471, 8471, 8471, 8471, 8476, 8476, 8476, 8470, 8473, 9471, 9476, 22, 22, 21, 21, 21,
  990, 80, 80, 443, 443, 446, 25,
];

/** Job numbers of churned jobs come from a range the scenario counters do not reach quickly. */
const CHURN_JOB_BASE = 700000;

function churnUsers(state: TSystemState): string[] {
  if (state.churn.users.length > 0) return state.churn.users;
  const groups = new Set(state.users.flatMap((user) => [user.groupProfile, ...user.supplementalGroups]));
  const users = state.users
    .filter((user) => user.status === "*ENABLED" && user.password !== null && !user.name.startsWith("Q") && !groups.has(user.name))
    .map((user) => user.name);
  return users.length > 0 ? users : ["QUSER"];
}

export function churnConnections(state: TSystemState, now: Date): LiveConnection[] {
  const churn = state.churn;
  if (!churn.enabled) return [];
  const intervalMs = churn.intervalSeconds * 1000;
  const nowMs = now.getTime();
  const firstSlot = Math.floor((nowMs - churn.maxDurationSeconds * 1000) / intervalMs) - 1;
  const lastSlot = Math.floor(nowMs / intervalMs);
  const ended = new Set(state.endedChurn.map((entry) => entry.id));
  const users = churnUsers(state);
  const connections: LiveConnection[] = [];
  for (let slot = firstSlot; slot <= lastSlot; slot++) {
    const random = randomSequence(`${state.name}#${slot}`);
    if (random() >= churn.probability) continue;
    const startMs = slot * intervalMs + Math.floor(random() * intervalMs);
    const span = churn.maxDurationSeconds - churn.minDurationSeconds;
    // Squaring skews towards short sessions: most clients come and go, a few linger.
    const durationMs = (churn.minDurationSeconds + Math.floor(random() ** 2 * span)) * 1000;
    const localPort = pick(CHURN_PORTS, random());
    const remoteAddress = pick(churn.remoteAddresses, random());
    const remotePort = 49152 + Math.floor(random() * 16000);
    const user = pick(users, random());
    const bytesPerSecond = 20 + Math.floor(random() * 4000);
    const idleCycleSeconds = 30 + Math.floor(random() * 600);
    const id = `churn-${slot}`;
    if (startMs > nowMs || startMs + durationMs <= nowMs || ended.has(id)) continue;
    const owner = portOwner(state, localPort);
    if (!owner || Date.parse(owner.startedAt) > startMs) continue;
    const elapsedSeconds = Math.floor((nowMs - startMs) / 1000);
    const idleSeconds = elapsedSeconds % idleCycleSeconds;
    const transferred = (elapsedSeconds - idleSeconds) * bytesPerSecond;
    connections.push({
      id,
      origin: "churn",
      localPort,
      remoteAddress,
      remotePort,
      user,
      jobNumber: CHURN_JOB_BASE + (((slot % 290000) + 290000) % 290000),
      connectedAt: new Date(startMs).toISOString(),
      lastActivityAt: new Date(nowMs - idleSeconds * 1000).toISOString(),
      bytesSent: 1200 + transferred,
      bytesReceived: 400 + Math.floor(transferred / 7),
      endsAt: new Date(startMs + durationMs).toISOString(),
    });
  }
  return connections;
}

/**
 * Every connection visible now. State connections show only while a server listens on their port
 * (a scenario may hold sessions for a server that is down).
 */
export function liveConnections(
  state: TSystemState,
  now: Date,
  sessions: readonly LiveConnection[] = [],
): LiveConnection[] {
  const kept: LiveConnection[] = state.connections
    .filter((connection) => portOwner(state, connection.localPort) !== null)
    .map((connection) => ({ ...connection, origin: "state" }));
  return [...kept, ...churnConnections(state, now), ...sessions];
}

/** Forgets early-ended churn whose natural end has passed, so the list stays short. */
export function pruneEndedChurn(state: TSystemState, now: Date): void {
  state.endedChurn = state.endedChurn.filter((entry) => Date.parse(entry.until) > now.getTime());
}
