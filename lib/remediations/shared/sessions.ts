import type { Connection } from "@/lib/checks/observation-types";
import type { SystemState } from "../types";

/** `QTFTP01234` out of `123456/QTCP/QTFTP01234` (NETSTAT_JOB_INFO gives the qualified job name). */
function shortJobName(jobName: string | null): string | null {
  return jobName === null ? null : (jobName.split("/").at(-1) ?? jobName);
}

/** "203.0.113.7:50211 to port 21 (QTFTP01234 / ALICE)": who a connection is, in one phrase. */
export function describeConnection(connection: Connection): string {
  const who = [shortJobName(connection.jobName) ?? "job unknown", connection.user ?? "user unknown"].join(" / ");
  return `${connection.remoteAddress}:${connection.remotePort} to port ${connection.localPort} (${who})`;
}

/**
 * The established connections to some local ports, described for an impact list, or why they
 * could not be listed.
 */
export function sessionsOn(state: SystemState, ports: readonly number[]): { sessions: Connection[]; unreadable: string | null } {
  const connections = state.observations.connections;
  if (!connections.ok) return { sessions: [], unreadable: connections.failure.explanation };
  return { sessions: connections.value.filter((connection) => ports.includes(connection.localPort)), unreadable: null };
}

/** "ends 3 active FTP sessions: a, b, c", or the reason they are unknown. */
export function sessionImpact(state: SystemState, ports: readonly number[], verb: string, server: string): string {
  const { sessions, unreadable } = sessionsOn(state, ports);
  if (unreadable !== null) return `${verb} every active ${server} session; they could not be listed: ${unreadable}`;
  if (sessions.length === 0) return `No ${server} session is active now, so no one is cut off.`;
  const noun = sessions.length === 1 ? "session" : "sessions";
  return `${verb} ${sessions.length} active ${server} ${noun}: ${sessions.map(describeConnection).join(", ")}.`;
}
