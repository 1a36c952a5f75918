/**
 * Runs one SSH exec line for a signed-on profile: the PASE shell with `system` wired to the
 * system's CL runner (and through it QZDFMDB2) and the probes wired to its state.
 */
import { paseSystem } from "@/simulator/shell/pase-system";
import { probes } from "@/simulator/shell/probes";
import { runShellLine, type ShellOutput } from "@/simulator/shell/run-shell-line";
import { processList } from "./process-list";
import type { SystemRuntime } from "./system-runtime";

export interface ExecSession {
  readonly user: string;
  /** PID of the session's sshd process in `ps -ef`. */
  readonly pid: number;
  readonly startedAt: Date;
}

export function runExecLine(runtime: SystemRuntime, line: string, session: ExecSession, stdin: () => Promise<string>): Promise<ShellOutput> {
  const user = session.user.toUpperCase();
  const [version, release] = runtime.state.release.split(".") as [string, string];
  return runShellLine(line, {
    env: {
      HOME: `/home/${user}`,
      USER: user,
      LOGNAME: user,
      SHELL: "/QOpenSys/usr/bin/sh",
      PATH: "/QOpenSys/usr/bin:/usr/ccs/bin:/QOpenSys/usr/bin/X11:/usr/sbin:.:/usr/bin",
    },
    stdin,
    builtins: {
      system: paseSystem((command, input) => runtime.runCl(command, user, input)),
      ...probes({
        uname: { sysname: "OS400", nodename: runtime.name, release, version, machine: `00${runtime.state.serialNumber}4C00`.slice(0, 12) },
        readFile: (path) => runtime.state.ifsFiles[path] ?? null,
        processList: () => processList(runtime.state, { user, pid: session.pid, command: line, startedAt: session.startedAt }),
      }),
    },
  });
}
