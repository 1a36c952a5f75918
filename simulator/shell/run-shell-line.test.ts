import { describe, expect, it } from "vitest";
import { message } from "@/simulator/cl/cl-messages";
import type { ClResult } from "@/simulator/cl/run-command";
import { paseSystem } from "./pase-system";
import { probes } from "./probes";
import { runShellLine, type ShellEnvironment } from "./run-shell-line";

const calls: { command: string; stdin: string }[] = [];

async function fakeCl(command: string, stdin: () => Promise<string>): Promise<ClResult> {
  calls.push({ command, stdin: command.startsWith("CALL") ? await stdin() : "" });
  if (command.startsWith("CALL")) return { success: true, messages: [], program: { stdout: "DB2>\n", stderr: "", exitCode: 4 } };
  if (command.startsWith("BAD")) {
    return { success: false, messages: [message("CPD0030", "diagnostic", "BAD", "*LIBL"), message("CPF0006", "escape")] };
  }
  return { success: true, messages: [message("TCP1A11", "completion", "FTP server")] };
}

function environment(stdin = ""): ShellEnvironment {
  return {
    env: { USER: "PORTCULLIS", HOME: "/home/PORTCULLIS" },
    stdin: () => Promise.resolve(stdin),
    builtins: {
      system: paseSystem(fakeCl),
      ...probes({
        uname: { sysname: "OS400", nodename: "NP0001", release: "5", version: "7", machine: "0078ABCDE400" },
        readFile: (path) => (path === "/etc/motd" ? "hello\n" : null),
        processList: () => "     UID     PID    PPID   C    STIME    TTY  TIME CMD\n  qsecofr   101   1   0   Mar 01      -  0:00 /QOpenSys/usr/sbin/sshd\n",
      }),
    },
  };
}

describe("the PASE system utility", () => {
  it("prints completion messages on stdout with exit 0", async () => {
    expect(await runShellLine(`/QOpenSys/usr/bin/system "ENDTCPSVR SERVER(*FTP)"`, environment())).toEqual({
      stdout: "TCP1A11: FTP server being ended.\n",
      stderr: "",
      exitCode: 0,
    });
  });

  it("prints an escape and its diagnostics on stderr with exit 255", async () => {
    expect(await runShellLine(`system -i BAD`, environment())).toEqual({
      stdout: "",
      stderr: "CPD0030: Command BAD in library *LIBL not found.\nCPF0006: Errors occurred in command.\n",
      exitCode: 255,
    });
  });

  it("joins the words after the options into one command and leaves ids out with -n", async () => {
    calls.length = 0;
    const result = await runShellLine(`LC_ALL=EN_US.UTF-8 system -kpieb -n ENDTCPSVR 'SERVER(*FTP)'`, environment());
    expect(calls[0]!.command).toBe("ENDTCPSVR SERVER(*FTP)");
    expect(result.stdout).toBe("FTP server being ended.\n");
  });

  it("passes a called program's stdin, output and return code through", async () => {
    calls.length = 0;
    const result = await runShellLine(`system "CALL QSYS/QZDFMDB2 PARM('-d' '-i' '-t')"`, environment("select 1 from sysibm.sysdummy1"));
    expect(calls[0]!.stdin).toBe("select 1 from sysibm.sysdummy1");
    expect(result).toEqual({ stdout: "DB2>\n", stderr: "", exitCode: 4 });
  });

  it("refuses unknown options and a missing command", async () => {
    expect((await runShellLine("system -z X", environment())).stderr).toMatch(/^system: illegal option -- z\n/);
    expect((await runShellLine("system -i", environment())).exitCode).toBe(1);
  });
});

describe("probes", () => {
  it("echo, true, false, uname", async () => {
    expect((await runShellLine("echo ':SENTINEL:' $USER", environment())).stdout).toBe(":SENTINEL: PORTCULLIS\n");
    expect((await runShellLine("true && echo yes || echo no", environment())).stdout).toBe("yes\n");
    expect((await runShellLine("false && echo yes || echo no", environment())).stdout).toBe("no\n");
    expect((await runShellLine("uname", environment())).stdout).toBe("OS400\n");
    expect((await runShellLine("uname -a", environment())).stdout).toBe("OS400 NP0001 5 7 0078ABCDE400\n");
    expect((await runShellLine("uname -rv", environment())).stdout).toBe("5 7\n");
  });

  it("ps -ef | grep sshd finds the daemon's path", async () => {
    const result = await runShellLine("ps -ef | grep sshd", environment());
    expect(result).toEqual({ stdout: "  qsecofr   101   1   0   Mar 01      -  0:00 /QOpenSys/usr/sbin/sshd\n", stderr: "", exitCode: 0 });
    expect((await runShellLine("ps -ef | grep -v sshd | grep nothing", environment())).exitCode).toBe(1);
  });

  it("cat reads known IFS files and reports others", async () => {
    expect(await runShellLine("cat /etc/motd", environment())).toEqual({ stdout: "hello\n", stderr: "", exitCode: 0 });
    expect(await runShellLine("cat /nope", environment())).toEqual({ stdout: "", stderr: "cat: cannot open /nope\n", exitCode: 2 });
  });

  it("anything else is not found with status 127", async () => {
    expect(await runShellLine("db2 'select 1'", environment())).toEqual({ stdout: "", stderr: "sh: db2: not found\n", exitCode: 127 });
    expect((await runShellLine("/QOpenSys/pkgs/bin/bash -c x", environment())).stderr).toBe("sh: /QOpenSys/pkgs/bin/bash: not found\n");
  });

  it("applies redirections and reports syntax errors with status 2", async () => {
    expect(await runShellLine("system BAD 2>&1", environment())).toMatchObject({ stdout: expect.stringContaining("CPF0006"), stderr: "", exitCode: 255 });
    expect(await runShellLine("system BAD 2>/dev/null", environment())).toEqual({ stdout: "", stderr: "", exitCode: 255 });
    expect(await runShellLine(`echo "x`, environment())).toEqual({ stdout: "", stderr: "sh: syntax error: unterminated quoted string\n", exitCode: 2 });
  });

  it("keeps variables set earlier on the line", async () => {
    expect((await runShellLine("X=42; echo $X; Y=1 echo $Y", environment())).stdout).toBe("42\n\n");
  });
});
