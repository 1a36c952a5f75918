import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { addjobscde } from "./commands/job-schedule";
import { chgftpa, chgsmtpa, endtcpsvr } from "./commands/tcp-servers";
import { NotAuthorized } from "./errors";
import { probeSystem } from "./probe-system";
import { runCl } from "./run-cl";
import { runSql } from "./run-sql";
import { QZDFMDB2_EXEC_LINE } from "./shell";
import { db2Fixture } from "./testing/db2-fixture";
import { reply, startTestSshServer, type TestSshServer } from "./transport/ssh-test-server";
import { SshTransport } from "./transport/ssh-transport";

// The runners over a real SSH exec: the command line and stdin must arrive exactly as built.
const received: Array<{ command: string; stdin: string }> = [];
let server: TestSshServer;
let transport: SshTransport;

beforeAll(async () => {
  server = await startTestSshServer({
    username: "dashusr",
    password: "secret",
    exec: ({ command, stdin, channel }) => {
      void stdin.then((text) => {
        received.push({ command, stdin: text });
        if (command === QZDFMDB2_EXEC_LINE) {
          const statements = text.split(";\n");
          const entries = statements.map((statement) =>
            statement.startsWith("SELECT OS_VERSION")
              ? { columns: ["OS_VERSION", "OS_RELEASE"], rows: [["7", "5"]] }
              : statement.includes("SUPPLEMENTAL_GROUP_LIST")
                ? { columns: ["SPECIAL_AUTHORITIES", "GROUP_PROFILE_NAME", "SUPPLEMENTAL_GROUP_LIST"], rows: [["*IOSYSCFG", "*NONE", ""]] }
                : { columns: ["N"], rows: [] },
          );
          return reply(channel, { stdout: db2Fixture(entries), code: 0 });
        }
        if (command.includes("CHGSMTPA")) return reply(channel, { stderr: "TCP8050: *IOSYSCFG authority required to use CHGSMTPA.\n", code: 255 });
        reply(channel, { stdout: "CPC9801: Done.\n", code: 0 });
      });
    },
  });
  transport = new SshTransport({
    host: "127.0.0.1",
    port: server.port,
    username: "dashusr",
    credential: { kind: "password", password: "secret" },
    hostKeyFingerprint: server.hostKeyFingerprint,
  });
});

afterAll(async () => {
  await transport.close();
  await server.close();
});

describe("runners over SSH", () => {
  test("runCl sends the shell-quoted CL, nested quotes included, and reads the messages", async () => {
    const command = addjobscde({
      job: "FTPOFF",
      cmd: endtcpsvr({ server: "*FTP" }),
      frq: "*WEEKLY",
      scdday: ["*ALL"],
      scdtime: "190000",
      text: "Dashboard: FTP off",
    });
    expect(await runCl(transport, command)).toEqual({ messages: [{ id: "CPC9801", text: "Done." }], stdout: "CPC9801: Done.\n" });
    expect(received.at(-1)).toEqual({
      command:
        "LC_ALL=EN_US.UTF-8 /QOpenSys/usr/bin/system 'ADDJOBSCDE JOB(FTPOFF) CMD(ENDTCPSVR SERVER(*FTP)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(190000) TEXT('\\''Dashboard: FTP off'\\'')'",
      stdin: "",
    });
    await expect(runCl(transport, chgsmtpa({ alwrly: "*LIST" }))).rejects.toBeInstanceOf(NotAuthorized);
    await expect(runCl(transport, chgftpa({ alwssl: "*ONLY" }))).resolves.toMatchObject({ messages: [{ id: "CPC9801" }] });
  });

  test("runSql and probeSystem each cost one round trip", async () => {
    const before = transport.roundTrips;
    const results = await runSql(transport, ["SELECT OS_VERSION, OS_RELEASE FROM SYSIBMADM.ENV_SYS_INFO", "SELECT 1 AS N FROM SYSIBM.SYSDUMMY1 WHERE 1 = 0"]);
    expect(results).toEqual([
      { kind: "rows", columns: ["OS_VERSION", "OS_RELEASE"], rows: [{ OS_VERSION: "7", OS_RELEASE: "5" }] },
      { kind: "rows", columns: ["N"], rows: [] },
    ]);
    expect(received.at(-1)?.stdin).toBe("SELECT OS_VERSION, OS_RELEASE FROM SYSIBMADM.ENV_SYS_INFO;\nSELECT 1 AS N FROM SYSIBM.SYSDUMMY1 WHERE 1 = 0");

    const probe = await probeSystem(transport, transport.userProfile);
    expect(transport.roundTrips).toBe(before + 2);
    expect(probe.release).toEqual({ version: 7, release: 5, text: "7.5" });
    expect(probe.specialAuthorities.effective).toEqual(["*IOSYSCFG"]);
  });
});
