import { describe, expect, test } from "vitest";
import { chgftpa } from "./commands/tcp-servers";
import { ClCommandError, NotAuthorized } from "./errors";
import { runCl } from "./run-cl";
import { recordingExecutor } from "./testing/recording-executor";

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected runCl to fail");
}

describe("runCl", () => {
  test("runs the command through PASE system and returns completion messages and output", async () => {
    const conn = recordingExecutor(() => ({ code: 0, stdout: "CPC9801: Attributes changed.\nspooled line\n" }));
    const result = await runCl(conn, chgftpa({ alwssl: "*ONLY" }), { timeoutMs: 5000 });
    expect(conn.calls).toEqual([{ command: "LC_ALL=EN_US.UTF-8 /QOpenSys/usr/bin/system 'CHGFTPA ALWSSL(*ONLY)'", timeoutMs: 5000 }]);
    expect(result).toEqual({ messages: [{ id: "CPC9801", text: "Attributes changed." }], stdout: "CPC9801: Attributes changed.\nspooled line\n" });
  });

  test("an escape message (exit 255) is a ClCommandError carrying every message", async () => {
    const conn = recordingExecutor(() => ({
      code: 255,
      stdout: "CPI1234: Informational.\n",
      stderr: "CPD0031: Command NETSTAT not allowed in this setting.\nCPF0001: Error found on NETSTAT command.\n",
    }));
    const error = await failure(runCl(conn, chgftpa({ autostart: "*NO" })));
    expect(error).toBeInstanceOf(ClCommandError);
    expect(error).toMatchObject({ exitCode: 255, command: "CHGFTPA AUTOSTART(*NO)" });
    expect((error as ClCommandError).messageIds).toEqual(["CPI1234", "CPD0031", "CPF0001"]);
    expect((error as ClCommandError).userMessage).toContain("Error found on NETSTAT command.");
  });

  test("a program return code without messages is still a failure", async () => {
    const error = await failure(runCl(recordingExecutor(() => ({ code: 1 })), chgftpa({ autostart: "*NO" })));
    expect(error).toMatchObject({ exitCode: 1, messages: [] });
  });

  test("a missing special authority is NotAuthorized, naming it and the CL that grants it", async () => {
    const conn = recordingExecutor(() => ({ code: 255, stderr: "TCP8050: *IOSYSCFG authority required to use CHGFTPA.\n" }));
    const error = await failure(runCl(conn, chgftpa({ alwssl: "*ONLY" })));
    expect(error).toBeInstanceOf(NotAuthorized);
    expect(error).toMatchObject({
      userProfile: "DASHUSR",
      requirement: { kind: "special-authority", authority: "*IOSYSCFG" },
      grantCl: "CHGUSRPRF USRPRF(DASHUSR) SPCAUT(<current special authorities> *IOSYSCFG)",
      messageId: "TCP8050",
    });
    expect((error as NotAuthorized).userMessage).toMatch(/lacks \*IOSYSCFG special authority.*SPCAUT replaces the whole list/);
  });

  test("missing object authority is NotAuthorized too", async () => {
    const conn = recordingExecutor(() => ({ code: 255, stderr: "CPF9802: Not authorized to object STRTCPSVR in QSYS type *CMD.\n" }));
    expect(await failure(runCl(conn, chgftpa({ alwssl: "*ONLY" })))).toMatchObject({ requirement: { kind: "object-authority" }, messageId: "CPF9802" });
  });
});
