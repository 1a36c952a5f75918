/**
 * The active jobs of a system, derived from its state: system and subsystem jobs since the IPL,
 * the jobs of every running server, and the job serving each connection. ACTIVE_JOB_INFO,
 * NETSTAT_JOB_INFO and HTTP_SERVER_INFO all read this one list.
 */
import type { LiveConnection } from "./connections";
import { HTTP_JOB, SERVERS, type JobType, type SessionJobTemplate } from "./server-catalog";
import { portOwner } from "./server-control";
import type { TSystemState } from "./schema";

export interface ActiveJob {
  readonly number: number;
  readonly user: string;
  readonly name: string;
  /** null for system jobs, which run outside any subsystem. */
  readonly subsystem: string | null;
  /** Profile the job runs under now (AUTHORIZATION_NAME). */
  readonly currentUser: string;
  readonly type: JobType;
  readonly function: string;
  readonly status: string;
  readonly serverType: string | null;
  readonly enteredAt: Date;
  readonly client: { readonly address: string; readonly port: number } | null;
}

/** IBM's qualified job name: 123456/USER/NAME. */
export function qualifiedJobName(job: Pick<ActiveJob, "number" | "user" | "name">): string {
  return `${String(job.number).padStart(6, "0")}/${job.user}/${job.name}`;
}

const SUBSYSTEMS = ["QCTL", "QSYSWRK", "QUSRWRK", "QSERVER", "QINTER", "QBATCH", "QSPL", "QHTTPSVR"];

function baseJobs(state: TSystemState): ActiveJob[] {
  const ipl = new Date(state.iplAt);
  const job = (number: number, name: string, type: JobType, subsystem: string | null, fn = ""): ActiveJob => ({
    number,
    user: "QSYS",
    name,
    subsystem,
    currentUser: "QSYS",
    type,
    function: fn,
    status: type === "SYS" ? "EVTW" : "DEQW",
    serverType: null,
    enteredAt: ipl,
    client: null,
  });
  return [
    job(0, "SCPF", "SYS", null),
    job(1, "QSYSARB", "SYS", null),
    job(2, "QLUS", "SYS", null),
    ...SUBSYSTEMS.map((name, index) => job(10 + index, name, "SBS", name)),
  ];
}

function serverJobs(state: TSystemState): ActiveJob[] {
  const jobs: ActiveJob[] = [];
  for (const def of Object.values(SERVERS)) {
    const server = state.servers[def.id];
    if (!server.running || !server.startedAt) continue;
    const templates = def.jobs(server as { numberOfServers?: number });
    server.jobNumbers.forEach((number, index) => {
      const template = templates[Math.min(index, templates.length - 1)]!;
      jobs.push({
        number,
        user: template.user,
        name: template.name(number),
        subsystem: template.subsystem,
        currentUser: template.user,
        type: template.type,
        function: template.function,
        status: template.status,
        serverType: template.serverType,
        enteredAt: new Date(server.startedAt!),
        client: null,
      });
    });
  }
  for (const instance of state.servers.http) {
    if (!instance.running || !instance.startedAt) continue;
    for (const number of instance.jobNumbers) {
      jobs.push({
        ...HTTP_JOB,
        number,
        name: instance.name,
        currentUser: HTTP_JOB.user,
        enteredAt: new Date(instance.startedAt),
        client: null,
      });
    }
  }
  return jobs;
}

function sessionTemplate(state: TSystemState, connection: LiveConnection): SessionJobTemplate | null {
  const owner = portOwner(state, connection.localPort);
  if (owner?.kind !== "server") return null;
  return SERVERS[owner.id].sessionJobs[connection.localPort] ?? null;
}

/**
 * The job that owns a connection's socket: its own session job (Telnet, host servers, FTP, SSH)
 * or the server job that serves every client (SMTP, HTTP, as-svrmap).
 */
export function connectionJob(state: TSystemState, connection: LiveConnection, jobs: readonly ActiveJob[]): ActiveJob | null {
  const template = sessionTemplate(state, connection);
  if (template) {
    return {
      number: connection.jobNumber,
      user: template.user ?? connection.user,
      name: template.name(connection.jobNumber),
      subsystem: template.subsystem,
      currentUser: connection.user,
      type: template.type,
      function: template.function,
      status: template.status,
      serverType: template.serverType,
      enteredAt: new Date(connection.connectedAt),
      client: { address: connection.remoteAddress, port: connection.remotePort },
    };
  }
  const owner = portOwner(state, connection.localPort);
  if (!owner) return null;
  const numbers = owner.kind === "http" ? owner.instance.jobNumbers : state.servers[owner.id].jobNumbers;
  return jobs.find((job) => job.number === numbers[0]) ?? null;
}

export function activeJobs(state: TSystemState, connections: readonly LiveConnection[]): ActiveJob[] {
  const jobs = [...baseJobs(state), ...serverJobs(state)];
  for (const connection of connections) {
    if (sessionTemplate(state, connection)) jobs.push(connectionJob(state, connection, jobs)!);
  }
  return jobs;
}
