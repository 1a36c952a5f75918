/**
 * SQL over SSH end to end: QZDFMDB2 on stdin, the real SQL engine, rows derived from the state for
 * the signed-on profile, and CL changes (through `system` and through QCMDEXC inside SQL) visible to
 * the next statement. Read through lib/ibmi's runSql, as the dashboard reads it.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ServiceUnavailable, ShellStartupOutput, SqlError } from "@/lib/ibmi/errors";
import { requireRows, runSql } from "@/lib/ibmi/run-sql";
import { SshTransport } from "@/lib/ibmi/transport/ssh-transport";
import { Simulator, type SystemListing } from "@/simulator/simulator";
import { CATALOG, OBJECT_KEYS } from "@/simulator/sql/catalog";
import { SimClock } from "@/simulator/state/clock";
import { connect } from "@/simulator/testing/ssh-test-client";

let simulator: Simulator;
const transports: SshTransport[] = [];

function system(name: string): SystemListing {
  return simulator.systems().find((listing) => listing.name === name)!;
}

function transport(name: string, user?: { username: string; password: string }): SshTransport {
  const listing = system(name);
  const conn = new SshTransport(
    {
      host: listing.host,
      port: listing.port,
      username: user?.username ?? listing.user,
      credential: { kind: "password", password: user?.password ?? listing.password },
      hostKeyFingerprint: listing.hostKeySha256,
    },
    { idleDisconnectMs: 0, commandTimeoutMs: 60_000 },
  );
  transports.push(conn);
  return conn;
}

/** Rows of one query, failing the test with the SQL error if there is one. */
async function query(name: string, sql: string, user?: { username: string; password: string }) {
  const [outcome] = await runSql(transport(name, user), [sql]);
  return requireRows(outcome!, sql);
}

beforeAll(async () => {
  simulator = await Simulator.start({
    systems: 4,
    clock: new SimClock({ start: new Date("2026-03-10T12:00:00Z"), frozen: true }),
    schedulerIntervalMs: 0,
  });
}, 120_000);

afterEach(async () => {
  await Promise.all(transports.splice(0).map((conn) => conn.close()));
  for (const { name } of simulator.systems()) simulator.reset(name);
});

afterAll(() => simulator.stop());

describe("every service answers SQL", () => {
  it("each object in the catalog that the release has returns a result table", async () => {
    const statements = OBJECT_KEYS.filter((key) => key !== "QSYS2.IFS_READ").map((key) => {
      const def = CATALOG[key];
      return def.kind === "table-function" ? `SELECT COUNT(*) AS N FROM TABLE(${key}()) X` : `SELECT COUNT(*) AS N FROM ${key}`;
    });
    statements.push("SELECT COUNT(*) AS N FROM TABLE(QSYS2.IFS_READ(PATH_NAME => '/QOpenSys/QIBM/UserData/SC1/OpenSSH/etc/sshd_config')) X");
    const outcomes = await runSql(transport("NP0001"), statements);
    outcomes.forEach((outcome, index) => expect({ statement: statements[index], kind: outcome.kind }).toEqual({ statement: statements[index], kind: "rows" }));
  });

  it("QZDFMDB2's raw output has the prompt, the table and the trailer", async () => {
    const connection = await connect(system("NP0001"));
    const result = await connection.exec(`system "call QSYS/QZDFMDB2 PARM('-d' '-i' '-t')"`, "SELECT AUTOSTART FROM QUSRSYS.QATOCSTART WHERE SERVER = '*FTP'");
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    // The heading is one wider than its name; the trailer right-aligns the count.
    expect(result.stdout).toMatch(/^DB2>\n(  \?>\n)*\nAUTOSTART \n----------\n\*YES      \n\n  1 RECORD\(S\) SELECTED\.\n/);
    connection.close();
  });
});

describe("CL changes are visible to SQL", () => {
  it("ENDTCPSVR *FTP (through QCMDEXC) takes away QTFTP jobs and port 21 for the statements after it", async () => {
    const outcomes = await runSql(transport("NP0001"), [
      "SELECT COUNT(*) AS N FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTFTP*')) X",
      "CALL QSYS2.QCMDEXC('ENDTCPSVR SERVER(*FTP)')",
      "SELECT COUNT(*) AS N FROM TABLE(QSYS2.ACTIVE_JOB_INFO(SUBSYSTEM_LIST_FILTER => 'QSYSWRK', JOB_NAME_FILTER => 'QTFTP*')) X",
      "SELECT COUNT(*) AS N FROM QSYS2.NETSTAT_INFO WHERE LOCAL_PORT IN (21, 990)",
    ]);
    expect(requireRows(outcomes[0]!, "before")[0]!.N).toBeGreaterThanOrEqual(4);
    expect(outcomes[1]!.kind).toBe("ok");
    expect(requireRows(outcomes[2]!, "after")[0]!.N).toBe(0);
    expect(requireRows(outcomes[3]!, "ports")[0]!.N).toBe(0);
  });

  it("a failing QCMDEXC is SQLSTATE 38501 with the escape message's text", async () => {
    const [outcome] = await runSql(transport("NP0001"), ["CALL QSYS2.QCMDEXC('CHGFTPA ALWSSL(*SOMETIMES)')"]);
    expect(outcome).toMatchObject({ kind: "error", sqlstate: "38501", message: expect.stringContaining("Errors occurred in command.") });
  });

  it("ADDSMTPLE shows in QATMADRLST member ACCEPTRLY, read through an alias", async () => {
    const conn = transport("NP0001");
    const outcomes = await runSql(conn, [
      "CALL QSYS2.QCMDEXC('ADDSMTPLE TYPE(*ACCEPT) INTNETADR(''10.100.2.1'') SUBNETMASK(''255.255.255.255'')')",
      "CREATE OR REPLACE ALIAS QTEMP.SMTP_ACCEPT FOR QUSRSYS.QATMADRLST (ACCEPTRLY)",
      "SELECT INTNETADR, SUBNETMASK FROM QTEMP.SMTP_ACCEPT ORDER BY INTNETADR",
      "DROP ALIAS QTEMP.SMTP_ACCEPT",
    ]);
    expect(requireRows(outcomes[2]!, "accept list")).toEqual([
      { INTNETADR: "0.0.0.0", SUBNETMASK: "0.0.0.0" },
      { INTNETADR: "10.1.1.0", SUBNETMASK: "255.255.255.0" },
      { INTNETADR: "10.100.2.1", SUBNETMASK: "255.255.255.255" },
    ]);
  });

  it("CHGOUTQ, GRTOBJAUT, ADDJOBSCDE and CHGFTPA through `system`, then one SQL batch sees all of it", async () => {
    const connection = await connect(system("NP0001"));
    for (const command of [
      "CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*OWNER) OPRCTL(*NO)",
      "GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*EXCLUDE)",
      "ADDJOBSCDE JOB(FTPOFF) CMD(ENDTCPSVR SERVER(*FTP)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(190000)",
      "CHGFTPA AUTOSTART(*NO)",
    ]) {
      expect(await connection.exec(`system "${command}"`)).toMatchObject({ code: 0 });
    }
    connection.close();
    expect(await query("NP0001", "SELECT DISPLAY_ANY_FILE, OPERATOR_CONTROLLED FROM QSYS2.OUTPUT_QUEUE_INFO WHERE OUTPUT_QUEUE_NAME = 'PAYROLL'")).toEqual([
      { DISPLAY_ANY_FILE: "*OWNER", OPERATOR_CONTROLLED: "*NO" },
    ]);
    expect(await query("NP0001", "SELECT OBJECT_AUTHORITY FROM QSYS2.OBJECT_PRIVILEGES WHERE OBJECT_NAME = 'PAYROLL' AND AUTHORIZATION_NAME = '*PUBLIC'")).toEqual([
      { OBJECT_AUTHORITY: "*EXCLUDE" },
    ]);
    expect(await query("NP0001", "SELECT SCHEDULED_JOB_NAME, FREQUENCY, SCHEDULED_TIME FROM QSYS2.SCHEDULED_JOB_INFO")).toEqual([
      // Db2 for i shows TIME in ISO format, hh.mm.ss.
      { SCHEDULED_JOB_NAME: "FTPOFF", FREQUENCY: "*WEEKLY", SCHEDULED_TIME: "19.00.00" },
    ]);
    expect(await query("NP0001", "SELECT AUTOSTART FROM QUSRSYS.QATOCSTART WHERE SERVER = '*FTP'")).toEqual([{ AUTOSTART: "*NO" }]);
  });

  it("ENDTCPCNN removes exactly that connection from NETSTAT_INFO", async () => {
    const sql = "SELECT REMOTE_ADDRESS, REMOTE_PORT, LOCAL_PORT FROM QSYS2.NETSTAT_INFO WHERE TCP_STATE = 'ESTABLISHED' AND LOCAL_PORT = 23";
    const before = await query("NP0001", sql);
    const victim = before.find((row) => row.REMOTE_ADDRESS === "203.0.113.45")!;
    const connection = await connect(system("NP0001"));
    const command = `ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('*') LCLPORT(23) RMTINTNETA('203.0.113.45') RMTPORT(${victim.REMOTE_PORT})`;
    expect((await connection.exec(`system "${command}"`)).code).toBe(0);
    connection.close();
    expect(await query("NP0001", sql)).toEqual(before.filter((row) => row !== victim));
  });

  it("the dashboard's own SSH session shows on port 22", async () => {
    const rows = await query("HD0002", "SELECT REMOTE_ADDRESS FROM QSYS2.NETSTAT_INFO WHERE LOCAL_PORT = 22 AND TCP_STATE = 'ESTABLISHED'");
    expect(rows).toContainEqual({ REMOTE_ADDRESS: "127.0.0.1" });
  });
});

describe("release and authority", () => {
  it("7.6 without *IOSYSCFG or QIBM_IOSYSCFG_VIEW: NETSTAT_JOB_INFO refuses, NETSTAT_INFO answers; granting the function fixes it", async () => {
    const statement = "SELECT COUNT(*) AS N FROM QSYS2.NETSTAT_JOB_INFO";
    const [refused] = await runSql(transport("V60003"), [statement]);
    expect(refused).toMatchObject({ kind: "error", sqlstate: "42501" });
    expect(() => requireRows(refused!, statement)).toThrow(SqlError);
    expect((await query("V60003", "SELECT COUNT(*) AS N FROM QSYS2.NETSTAT_INFO"))[0]!.N).toBeGreaterThan(0);
    const connection = await connect(system("V60003"));
    expect((await connection.exec(`system "CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER(PORTCULLIS) USAGE(*ALLOWED)"`)).code).toBe(0);
    connection.close();
    expect((await query("V60003", statement))[0]!.N).toBeGreaterThan(0);
  });

  it("old 7.3: TELNET_SERVER_ATTRIBUTES is missing (42704), which lib/ibmi reports as ServiceUnavailable", async () => {
    const statement = "SELECT ALLOW_TRANSPORT_LAYER_SECURITY FROM QSYS2.TELNET_SERVER_ATTRIBUTES";
    const [outcome] = await runSql(transport("OL0004"), [statement]);
    expect(outcome).toMatchObject({ kind: "error", sqlstate: "42704" });
    expect(() => requireRows(outcome!, statement, { service: "QSYS2.TELNET_SERVER_ATTRIBUTES" })).toThrow(ServiceUnavailable);
  });

  it("OUTPUT_QUEUE_INFO and USER_INFO show a plain user only what it may see", async () => {
    const clerk = { username: "PAYCLERK", password: "Pay-2026-Q1" };
    expect(await query("HD0002", "SELECT AUTHORIZATION_NAME FROM QSYS2.USER_INFO", clerk)).toEqual([{ AUTHORIZATION_NAME: "PAYCLERK" }]);
    const operator = { username: "OPERATOR", password: "N1ght-Shift" };
    const queues = await query("HD0002", "SELECT OUTPUT_QUEUE_NAME FROM QSYS2.OUTPUT_QUEUE_INFO ORDER BY 1", operator);
    expect(queues.map((row) => row.OUTPUT_QUEUE_NAME)).not.toContain("PAYROLL");
    expect((await query("HD0002", "SELECT COUNT(*) AS N FROM QSYS2.OUTPUT_QUEUE_INFO WHERE OUTPUT_QUEUE_NAME = 'PAYROLL'"))[0]!.N).toBe(1);
  });
});

describe("faults that only SQL shows", () => {
  it("missing service: the object disappears (ServiceUnavailable) until the fault is cleared", async () => {
    simulator.setFaults("NP0001", { missingServices: ["QSYS2.NETSTAT_JOB_INFO"] });
    const statement = "SELECT COUNT(*) AS N FROM QSYS2.NETSTAT_JOB_INFO";
    const [outcome] = await runSql(transport("NP0001"), [statement]);
    expect(() => requireRows(outcome!, statement, { service: "QSYS2.NETSTAT_JOB_INFO" })).toThrow(ServiceUnavailable);
    simulator.clearFaults("NP0001");
    expect((await query("NP0001", statement))[0]!.N).toBeGreaterThan(0);
  });

  it("missing special authority: without *ALLOBJ, USER_INFO no longer shows every profile", async () => {
    simulator.setFaults("HD0002", { missingSpecialAuthority: "*ALLOBJ" });
    const rows = await query("HD0002", "SELECT COUNT(*) AS N FROM QSYS2.USER_INFO");
    expect(rows[0]!.N).toBeLessThan(simulator.system("HD0002").state.users.length);
  });

  it("noisy login profile: text before the first DB2> prompt is ShellStartupOutput", async () => {
    simulator.setFaults("NP0001", { loginBanner: "Good morning!\n" });
    await expect(runSql(transport("NP0001"), ["SELECT * FROM SYSIBM.SYSDUMMY1"])).rejects.toBeInstanceOf(ShellStartupOutput);
  });
});
