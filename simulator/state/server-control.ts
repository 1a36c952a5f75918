/**
 * Starting and ending servers as STRTCPSVR/ENDTCPSVR, STRTCP autostart and the job scheduler do:
 * a start allocates the server's jobs and fixes its listening ports from its current attributes;
 * an end removes its jobs, its listeners and every connection they served.
 */
import { HTTP_JOBS_PER_INSTANCE, SERVERS, type ServerId } from "./server-catalog";
import type { THttpInstance, TSystemState } from "./schema";

/** Job numbers run 000001–999999 and wrap, as on IBM i. */
export function allocateJobNumber(state: TSystemState): number {
  const number = state.nextJobNumber;
  state.nextJobNumber = number >= 999999 ? 1 : number + 1;
  return number;
}

export type StartOutcome = "started" | "already-active";
export type EndOutcome = "ended" | "not-active";

export function startServer(state: TSystemState, id: ServerId, now: Date): StartOutcome {
  const server = state.servers[id];
  if (server.running) return "already-active";
  const def = SERVERS[id];
  server.running = true;
  server.startedAt = now.toISOString();
  server.listenPorts = def.listenPorts(server as { allowSsl?: "*YES" | "*NO" | "*ONLY" });
  server.jobNumbers = def.jobs(server as { numberOfServers?: number }).map(() => allocateJobNumber(state));
  return "started";
}

export function endServer(state: TSystemState, id: ServerId): EndOutcome {
  const server = state.servers[id];
  if (!server.running) return "not-active";
  dropConnectionsOnPorts(state, server.listenPorts);
  server.running = false;
  server.startedAt = null;
  server.jobNumbers = [];
  server.listenPorts = [];
  return "ended";
}

export function startHttpInstance(state: TSystemState, instance: THttpInstance, now: Date): StartOutcome {
  if (instance.running) return "already-active";
  instance.running = true;
  instance.startedAt = now.toISOString();
  instance.listenPorts = [instance.port, instance.sslPort].filter((port): port is number => port !== null);
  instance.jobNumbers = Array.from({ length: HTTP_JOBS_PER_INSTANCE }, () => allocateJobNumber(state));
  // HTTP_SERVER_INFO counts connections since the instance started.
  return "started";
}

export function endHttpInstance(state: TSystemState, instance: THttpInstance): EndOutcome {
  if (!instance.running) return "not-active";
  dropConnectionsOnPorts(state, instance.listenPorts);
  instance.running = false;
  instance.startedAt = null;
  instance.jobNumbers = [];
  instance.listenPorts = [];
  instance.normalConnections = 0;
  instance.sslConnections = 0;
  return "ended";
}

function dropConnectionsOnPorts(state: TSystemState, ports: readonly number[]): void {
  state.connections = state.connections.filter((connection) => !ports.includes(connection.localPort));
}

/** What listens on a local port right now. */
export type PortOwner =
  | { kind: "server"; id: ServerId; startedAt: string }
  | { kind: "http"; instance: THttpInstance; startedAt: string };

export function portOwner(state: TSystemState, port: number): PortOwner | null {
  for (const def of Object.values(SERVERS)) {
    const server = state.servers[def.id];
    if (server.running && server.startedAt && server.listenPorts.includes(port)) {
      return { kind: "server", id: def.id, startedAt: server.startedAt };
    }
  }
  for (const instance of state.servers.http) {
    if (instance.running && instance.startedAt && instance.listenPorts.includes(port)) {
      return { kind: "http", instance, startedAt: instance.startedAt };
    }
  }
  return null;
}
