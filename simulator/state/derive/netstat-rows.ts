/**
 * QSYS2.NETSTAT_INFO and NETSTAT_JOB_INFO rows: a LISTEN row per port of every running server,
 * and an ESTABLISHED row per live connection, with the job that owns each socket.
 */
import type { RowOf } from "@/simulator/sql/catalog";
import { hashText } from "../random";
import { connectionJob, qualifiedJobName, type ActiveJob } from "../jobs";
import { PORT_NAMES, SERVERS } from "../server-catalog";
import type { DeriveContext } from "./derive-context";

interface Socket {
  readonly remoteAddress: string;
  readonly remotePort: number;
  readonly localAddress: string;
  readonly localPort: number;
  readonly state: "LISTEN" | "ESTABLISHED";
  readonly openedAt: Date;
  readonly idleSeconds: number;
  readonly bytesSent: number;
  readonly bytesReceived: number;
  readonly job: ActiveJob | null;
}

function sockets(context: DeriveContext): Socket[] {
  const { state, now, jobs } = context;
  const byNumber = new Map(jobs.map((job) => [job.number, job]));
  const listeners: Socket[] = [];
  const listen = (port: number, startedAt: string, jobNumber: number | undefined) => {
    const openedAt = new Date(startedAt);
    listeners.push({
      remoteAddress: "0.0.0.0",
      remotePort: 0,
      localAddress: "0.0.0.0",
      localPort: port,
      state: "LISTEN",
      openedAt,
      idleSeconds: Math.floor((now.getTime() - openedAt.getTime()) / 1000),
      bytesSent: 0,
      bytesReceived: 0,
      job: jobNumber === undefined ? null : (byNumber.get(jobNumber) ?? null),
    });
  };
  for (const def of Object.values(SERVERS)) {
    const server = state.servers[def.id];
    if (server.running && server.startedAt) for (const port of server.listenPorts) listen(port, server.startedAt, server.jobNumbers[0]);
  }
  for (const instance of state.servers.http) {
    if (instance.running && instance.startedAt) for (const port of instance.listenPorts) listen(port, instance.startedAt, instance.jobNumbers[0]);
  }
  listeners.sort((a, b) => a.localPort - b.localPort);
  const established = context.connections.map(
    (connection): Socket => ({
      remoteAddress: connection.remoteAddress,
      remotePort: connection.remotePort,
      localAddress: state.hostAddress,
      localPort: connection.localPort,
      state: "ESTABLISHED",
      openedAt: new Date(connection.connectedAt),
      idleSeconds: Math.max(0, Math.floor((now.getTime() - Date.parse(connection.lastActivityAt)) / 1000)),
      bytesSent: connection.bytesSent,
      bytesReceived: connection.bytesReceived,
      job: connectionJob(state, connection, jobs),
    }),
  );
  return [...listeners, ...established];
}

function addressColumns(socket: Socket) {
  return {
    CONNECTION_TYPE: "IPV4",
    REMOTE_ADDRESS: socket.remoteAddress,
    REMOTE_PORT: socket.remotePort,
    REMOTE_PORT_NAME: PORT_NAMES[socket.remotePort] ?? null,
    LOCAL_ADDRESS: socket.localAddress,
    LOCAL_PORT: socket.localPort,
    LOCAL_PORT_NAME: PORT_NAMES[socket.localPort] ?? null,
  };
}

export function netstatRows(context: DeriveContext): {
  info: RowOf<"QSYS2.NETSTAT_INFO">[];
  jobs: RowOf<"QSYS2.NETSTAT_JOB_INFO">[];
} {
  const all = sockets(context);
  const info = all.map((socket) => ({
    ...addressColumns(socket),
    PROTOCOL: "TCP",
    TCP_STATE: socket.state,
    IDLE_TIME: socket.idleSeconds,
    BYTES_SENT_REMOTELY: socket.bytesSent,
    BYTES_RECEIVED_LOCALLY: socket.bytesReceived,
    CONNECTION_OPEN_TYPE: "PASSIVE",
    ASSOCIATED_USER_PROFILE: socket.job?.currentUser ?? null,
  }));
  const jobs = all
    .filter((socket): socket is Socket & { job: ActiveJob } => socket.job !== null)
    .map((socket) => {
      const name = qualifiedJobName(socket.job);
      return {
        ...addressColumns(socket),
        PROTOCOL: "TCP",
        AUTHORIZATION_NAME: socket.job.currentUser,
        JOB_NAME: name,
        JOB_NAME_SHORT: socket.job.name,
        JOB_USER: socket.job.user,
        JOB_NUMBER: String(socket.job.number).padStart(6, "0"),
        // INTERNAL_JOB_ID is 16 bytes; QZDFMDB2 prints binary as hex.
        INTERNAL_JOB_ID: [name, `${name}#2`, `${name}#3`, `${name}#4`]
          .map((seed) => hashText(seed).toString(16).toUpperCase().padStart(8, "0"))
          .join(""),
        SLIC_TASK_NAME: null,
      };
    });
  return { info, jobs };
}
