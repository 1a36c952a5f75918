/**
 * Every CL command the dashboard uses, over a real SSH exec: the exact success answer (stdout,
 * exit 0), the exact failure answer (stderr, exit 255), and the change seen by SQL afterwards.
 * The cases run in order against one system, each building on the state the previous left.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireRows, runSql } from "@/lib/ibmi/run-sql";
import { SshTransport } from "@/lib/ibmi/transport/ssh-transport";
import { Simulator, type SystemListing } from "@/simulator/simulator";
import { SimClock } from "@/simulator/state/clock";
import { connect, type TestConnection } from "@/simulator/testing/ssh-test-client";

let simulator: Simulator;
const shells = new Map<string, TestConnection>();
const transports = new Map<string, SshTransport>();

function listing(name: string): SystemListing {
  return simulator.systems().find((system) => system.name === name)!;
}

async function system(name: string, command: string) {
  const shell = shells.get(name) ?? (await connect(listing(name)));
  shells.set(name, shell);
  return shell.exec(`/QOpenSys/usr/bin/system "${command}"`);
}

async function sql(name: string, statement: string) {
  let conn = transports.get(name);
  if (!conn) {
    const target = listing(name);
    conn = new SshTransport(
      {
        host: target.host,
        port: target.port,
        username: target.user,
        credential: { kind: "password", password: target.password },
        hostKeyFingerprint: target.hostKeySha256,
      },
      { idleDisconnectMs: 0 },
    );
    transports.set(name, conn);
  }
  const [outcome] = await runSql(conn, [statement]);
  return requireRows(outcome!, statement);
}

const ALIAS_ACCEPTRLY = "SELECT INTNETADR FROM QTEMP.A ORDER BY 1";
async function acceptList(name: string): Promise<string[]> {
  const conn = transports.get(name)!;
  const outcomes = await runSql(conn, ["CREATE OR REPLACE ALIAS QTEMP.A FOR QUSRSYS.QATMADRLST (ACCEPTRLY)", ALIAS_ACCEPTRLY]);
  return requireRows(outcomes[1]!, ALIAS_ACCEPTRLY).map((row) => String(row.INTNETADR).trim());
}

beforeAll(async () => {
  simulator = await Simulator.start({
    scenarios: ["neglected-production", "v76-no-iosyscfg-view"],
    clock: new SimClock({ start: new Date("2026-03-10T12:00:00Z"), frozen: true }),
    schedulerIntervalMs: 0,
  });
  await sql("NP0001", "SELECT * FROM SYSIBM.SYSDUMMY1");
}, 120_000);

afterAll(async () => {
  for (const shell of shells.values()) shell.close();
  await Promise.all([...transports.values()].map((conn) => conn.close()));
  await simulator.stop();
});

const ok = (stdout: string) => ({ stdout, stderr: "", code: 0 });
const fails = (stderr: string) => ({ stdout: "", stderr, code: 255 });
const CPF0006 = "CPF0006: Errors occurred in command.\n";

describe("CL commands over SSH, then SQL", () => {
  it("CHGFTPA", async () => {
    expect(await system("NP0001", "CHGFTPA AUTOSTART(*NO)")).toEqual(ok("TCP1C0A: FTP attributes changed.\n"));
    expect(await system("NP0001", "CHGFTPA ALWSSL(*MAYBE)")).toEqual(fails(`CPD0084: Value '*MAYBE' for parameter ALWSSL not valid.\n${CPF0006}`));
    expect(await sql("NP0001", "SELECT AUTOSTART FROM QUSRSYS.QATOCSTART WHERE SERVER = '*FTP'")).toEqual([{ AUTOSTART: "*NO" }]);
  });

  it("CHGTELNA", async () => {
    expect(await system("NP0001", "CHGTELNA ALWSSL(*ONLY)")).toEqual(ok("TCP1C0A: TELNET attributes changed.\n"));
    expect(await system("V60002", "CHGTELNA ALWSSL(*ONLY)")).toEqual(fails("TCP8050: *IOSYSCFG authority required to use CHGTELNA.\n"));
    expect(await sql("NP0001", "SELECT ALLOW_TRANSPORT_LAYER_SECURITY AS ALWSSL FROM QSYS2.TELNET_SERVER_ATTRIBUTES")).toEqual([{ ALWSSL: "*ONLY" }]);
  });

  it("CHGSMTPA (no SQL service shows ALWRLY; the state does)", async () => {
    expect(await system("NP0001", "CHGSMTPA ALWRLY(*LIST)")).toEqual(ok("TCP1C0A: SMTP attributes changed.\n"));
    expect(await system("V60002", "CHGSMTPA ALWRLY(*NONE)")).toEqual(fails("TCP8050: *IOSYSCFG authority required to use CHGSMTPA.\n"));
    expect(simulator.system("NP0001").state.servers.smtp.allowRelay).toBe("*LIST");
    expect(simulator.system("V60002").state.servers.smtp.allowRelay).toBe("*LIST");
  });

  it("ADDSMTPLE", async () => {
    const add = "ADDSMTPLE TYPE(*ACCEPT) INTNETADR('10.100.2.1') SUBNETMASK('255.255.255.255')";
    expect(await system("NP0001", add)).toEqual(ok("TCP264D: SMTP list entry added.\n"));
    expect(await system("NP0001", add)).toEqual(fails("TCP264E: SMTP list entry already exists.\n"));
    expect(await acceptList("NP0001")).toEqual(["0.0.0.0", "10.1.1.0", "10.100.2.1"]);
  });

  it("RMVSMTPLE", async () => {
    const remove = "RMVSMTPLE TYPE(*ACCEPT) INTNETADR('0.0.0.0') SUBNETMASK('0.0.0.0')";
    expect(await system("NP0001", remove)).toEqual(ok("TCP264F: SMTP list entry removed.\n"));
    expect(await system("NP0001", remove)).toEqual(fails("TCP2903: Entry not found.\n"));
    expect(await acceptList("NP0001")).toEqual(["10.1.1.0", "10.100.2.1"]);
  });

  it("ENDTCPSVR", async () => {
    expect(await system("NP0001", "ENDTCPSVR SERVER(*FTP)")).toEqual(ok("TCP1A11: FTP server being ended.\n"));
    expect(await system("NP0001", "ENDTCPSVR SERVER(*NOPE)")).toEqual(fails(`CPD0084: Value '*NOPE' for parameter SERVER not valid.\n${CPF0006}`));
    expect(await sql("NP0001", "SELECT COUNT(*) AS N FROM QSYS2.NETSTAT_INFO WHERE LOCAL_PORT IN (21, 990)")).toEqual([{ N: 0 }]);
  });

  it("STRTCPSVR", async () => {
    expect(await system("NP0001", "STRTCPSVR SERVER(*FTP)")).toEqual(ok("TCP1A0F: FTP server being started.\n"));
    expect(await system("NP0001", "STRTCPSVR SERVER(*HTTP) HTTPSVR(NOSUCH)")).toEqual(fails("TCP1A13: HTTP server instance NOSUCH not found.\n"));
    const jobs = "SELECT COUNT(*) AS N FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTFTP*')) X";
    expect(await sql("NP0001", jobs)).toEqual([{ N: 4 }]);
  });

  it("ENDTCPCNN", async () => {
    const [session] = await sql("NP0001", "SELECT REMOTE_PORT FROM QSYS2.NETSTAT_INFO WHERE REMOTE_ADDRESS = '203.0.113.45'");
    const end = `ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('*') LCLPORT(23) RMTINTNETA('203.0.113.45') RMTPORT(${session!.REMOTE_PORT})`;
    expect(await system("NP0001", end)).toEqual(ok(`TCP2670: TCP connection to 203.0.113.45 port ${session!.REMOTE_PORT} ended.\n`));
    expect(await system("NP0001", end)).toEqual(
      fails(`TCP2671: TCP connection not found for local address * port 23 and remote address 203.0.113.45 port ${session!.REMOTE_PORT}.\n`),
    );
    expect(await sql("NP0001", "SELECT COUNT(*) AS N FROM QSYS2.NETSTAT_INFO WHERE REMOTE_ADDRESS = '203.0.113.45'")).toEqual([{ N: 0 }]);
  });

  it("CHGOUTQ", async () => {
    expect(await system("NP0001", "CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*OWNER) OPRCTL(*NO)")).toEqual(ok(""));
    expect(await system("NP0001", "CHGOUTQ OUTQ(PAYLIB/NOQ) DSPDTA(*NO)")).toEqual(fails("CPF3357: Output queue NOQ in library PAYLIB not found.\n"));
    expect(await sql("NP0001", "SELECT DISPLAY_ANY_FILE AS D, OPERATOR_CONTROLLED AS O FROM QSYS2.OUTPUT_QUEUE_INFO WHERE OUTPUT_QUEUE_NAME = 'PAYROLL'")).toEqual([
      { D: "*OWNER", O: "*NO" },
    ]);
  });

  it("GRTOBJAUT", async () => {
    expect(await system("NP0001", "GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*EXCLUDE)")).toEqual(ok("CPC2201: Object authority granted.\n"));
    expect(await system("NP0001", "GRTOBJAUT OBJ(PAYLIB/NOQ) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*EXCLUDE)")).toEqual(
      fails("CPF2105: Object NOQ in PAYLIB type *OUTQ not found.\nCPF2227: One or more errors occurred during processing of command.\n"),
    );
    const privileges = "SELECT AUTHORIZATION_NAME AS U, OBJECT_AUTHORITY AS A FROM QSYS2.OBJECT_PRIVILEGES WHERE OBJECT_NAME = 'PAYROLL' ORDER BY 1";
    expect(await sql("NP0001", privileges)).toEqual([
      { U: "*PUBLIC", A: "*EXCLUDE" },
      { U: "PAYOWNER", A: "*ALL" },
    ]);
  });

  it("RVKOBJAUT", async () => {
    expect(await system("NP0001", "RVKOBJAUT OBJ(QGPL/HRREPORTS) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*ALL)")).toEqual(ok("CPC2202: Object authority revoked.\n"));
    expect(await system("NP0001", "RVKOBJAUT OBJ(QGPL/HRREPORTS) OBJTYPE(*OUTQ) USER(NOBODY) AUT(*ALL)")).toEqual(
      fails("CPF2204: User profile NOBODY not found.\nCPF2227: One or more errors occurred during processing of command.\n"),
    );
    expect(await sql("NP0001", "SELECT OBJECT_AUTHORITY AS A FROM QSYS2.OBJECT_PRIVILEGES WHERE OBJECT_NAME = 'HRREPORTS' AND AUTHORIZATION_NAME = '*PUBLIC'")).toEqual([
      { A: "*EXCLUDE" },
    ]);
  });

  it("ADDJOBSCDE", async () => {
    const add = "ADDJOBSCDE JOB(FTPOFF) CMD(ENDTCPSVR SERVER(*FTP)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(190000)";
    expect(await system("NP0001", add)).toEqual(ok("CPC1238: Job schedule entry FTPOFF number 000001 added.\n"));
    expect(await system("NP0001", "ADDJOBSCDE JOB(X) CMD(STRTCPSVR) FRQ(*WEEKLY) SCDDATE(*CURRENT) SCDDAY(*MON)")).toEqual(
      fails("CPF1633: Value for SCDDATE or SCDDAY not valid with FRQ(*WEEKLY).\n"),
    );
    expect(await sql("NP0001", "SELECT SCHEDULED_JOB_NAME AS J, COMMAND_STRING AS C FROM QSYS2.SCHEDULED_JOB_INFO")).toEqual([
      { J: "FTPOFF", C: "ENDTCPSVR SERVER(*FTP)" },
    ]);
  });

  it("RMVJOBSCDE", async () => {
    expect(await system("NP0001", "RMVJOBSCDE JOB(FTPOFF) ENTRYNBR(*ONLY)")).toEqual(ok("CPC1239: Job schedule entry FTPOFF number 000001 removed.\n"));
    expect(await system("NP0001", "RMVJOBSCDE JOB(FTPOFF) ENTRYNBR(*ONLY)")).toEqual(fails("CPF1628: Job schedule entry FTPOFF number *ONLY not found.\n"));
    expect(await sql("NP0001", "SELECT COUNT(*) AS N FROM QSYS2.SCHEDULED_JOB_INFO")).toEqual([{ N: 0 }]);
  });

  it("CHGFCNUSG", async () => {
    expect(await system("V60002", "CHGFCNUSG FCNID(QIBM_NOPE) USER(PORTCULLIS) USAGE(*ALLOWED)")).toEqual(fails("CPF228A: Function QIBM_NOPE not registered.\n"));
    expect(await system("V60002", "CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER(PORTCULLIS) USAGE(*ALLOWED)")).toEqual(ok("CPC228A: Function usage information changed.\n"));
    expect(await sql("V60002", "SELECT USAGE FROM QSYS2.FUNCTION_USAGE WHERE FUNCTION_ID = 'QIBM_IOSYSCFG_VIEW'")).toEqual([{ USAGE: "ALLOWED" }]);
    expect((await sql("V60002", "SELECT COUNT(*) AS N FROM QSYS2.NETSTAT_JOB_INFO"))[0]!.N).toBeGreaterThan(0);
  });
});
