/**
 * `ps -ef` as PASE prints it (AIX columns). It shows where the SSH daemon was started from, which
 * is how an administrator diagnoses the "only DB2>" problem (facts §1.1), and the session's own
 * processes.
 */
import type { TSystemState } from "@/simulator/state/schema";

const row = (uid: string, pid: number, ppid: number, start: string, command: string) =>
  `${uid.toLowerCase().slice(0, 8).padStart(8)} ${String(pid).padStart(7)} ${String(ppid).padStart(7)}   0 ${start.padStart(8)}      -  0:00 ${command}`;

const clock = (date: Date) => date.toISOString().slice(11, 19);
const day = (date: Date) => date.toUTCString().slice(8, 11) + " " + String(date.getUTCDate()).padStart(2, "0");

export function processList(state: TSystemState, session: { user: string; pid: number; command: string; startedAt: Date }): string {
  const daemonPid = 1000 + (state.servers.sshd.jobNumbers[0] ?? 0) % 60000;
  const lines = ["     UID     PID    PPID   C    STIME    TTY  TIME CMD", row("QSYS", 1, 0, day(new Date(state.iplAt)), "/QOpenSys/usr/lib/start")];
  if (state.servers.sshd.running && state.servers.sshd.startedAt) {
    lines.push(row("QSECOFR", daemonPid, 1, day(new Date(state.servers.sshd.startedAt)), state.sshd.binaryPath));
  }
  lines.push(
    row(session.user, session.pid, daemonPid, clock(session.startedAt), `sshd: ${session.user}@notty`),
    row(session.user, session.pid + 1, session.pid, clock(session.startedAt), `/QOpenSys/usr/bin/sh -c ${session.command}`),
    row(session.user, session.pid + 2, session.pid + 1, clock(session.startedAt), "ps -ef"),
  );
  return `${lines.join("\n")}\n`;
}
