import { describe, expect, it } from "vitest";
import { deriveSnapshot } from "@/simulator/state/derive/derive-snapshot";
import type { TSystemState } from "@/simulator/state/schema";
import { lines, runCl, scenarioState, TEST_NOW } from "../cl-test-context";

const table = (state: TSystemState, key: string, user = "PORTCULLIS") => deriveSnapshot(state, { now: TEST_NOW, user }).tables[key]!;
const listeners = (state: TSystemState) =>
  table(state, "QSYS2.NETSTAT_INFO").filter((row) => row.TCP_STATE === "LISTEN").map((row) => Number(row.LOCAL_PORT));
const jobsNamed = (state: TSystemState, prefix: string) =>
  table(state, "QSYS2.ACTIVE_JOB_INFO").filter((row) => String(row.JOB_NAME_SHORT).startsWith(prefix));

describe("ENDTCPSVR and STRTCPSVR", () => {
  it("ending FTP removes its QTFTP jobs, its listener and its sessions", async () => {
    const state = scenarioState("neglected-production");
    // Three servers plus the listener, and one session job per FTP client.
    expect(jobsNamed(state, "QTFTP").filter((row) => row.FUNCTION === "QTMFTPD").length).toBe(4);
    expect(jobsNamed(state, "QTFTP").filter((row) => row.FUNCTION === "QTMFTPS").length).toBeGreaterThan(0);
    expect(table(state, "QSYS2.NETSTAT_INFO").some((row) => row.LOCAL_PORT === 21 && row.TCP_STATE === "ESTABLISHED")).toBe(true);
    const result = await runCl(state, "ENDTCPSVR SERVER(*FTP)");
    expect(result.success).toBe(true);
    expect(lines(result)).toEqual(["TCP1A11: FTP server being ended."]);
    expect(jobsNamed(state, "QTFTP")).toEqual([]);
    expect(table(state, "QSYS2.NETSTAT_INFO").filter((row) => row.LOCAL_PORT === 21)).toEqual([]);
  });

  it("ending a server that is not active is a diagnostic, not a failure", async () => {
    const state = scenarioState("hardened");
    const result = await runCl(state, "ENDTCPSVR SERVER(*FTP)");
    expect(result.success).toBe(true);
    expect(result.messages.map((m) => [m.id, m.type])).toEqual([["TCP1A12", "diagnostic"]]);
  });

  it("starting FTP brings back new jobs and listens per ALWSSL", async () => {
    const state = scenarioState("hardened");
    const result = await runCl(state, "STRTCPSVR SERVER(*FTP)");
    expect(lines(result)).toEqual(["TCP1A0F: FTP server being started."]);
    expect(listeners(state)).toContain(990);
    expect(listeners(state)).not.toContain(21);
    expect(jobsNamed(state, "QTFTP").filter((row) => row.FUNCTION === "QTMFTPD").length).toBe(4);
    expect((await runCl(state, "STRTCPSVR SERVER(*FTP)")).messages[0]!.id).toBe("TCP1A10");
  });

  it("ends several servers and HTTP instances by name", async () => {
    const state = scenarioState("neglected-production");
    const result = await runCl(state, "ENDTCPSVR SERVER(*SMTP *HTTP) HTTPSVR(WEBAPP)");
    expect(result.messages.map((m) => m.id)).toEqual(["TCP1A11", "TCP1A11"]);
    expect(listeners(state)).not.toContain(25);
    expect(listeners(state)).not.toContain(80);
    expect(listeners(state)).toContain(2001);
    expect(table(state, "QSYS2.HTTP_SERVER_INFO").map((row) => row.SERVER_NAME)).toEqual(["ADMIN"]);
    expect((await runCl(state, "ENDTCPSVR SERVER(*HTTP) HTTPSVR(NOSUCH)")).messages[0]!.id).toBe("TCP1A13");
  });

  it("refuses *ALL together with other servers", async () => {
    const state = scenarioState("neglected-production");
    expect((await runCl(state, "ENDTCPSVR SERVER(*ALL *FTP)")).messages[0]!.id).toBe("CPD0084");
  });

  it("needs *USE on the command, which *PUBLIC does not have, or *ALLOBJ", async () => {
    const state = scenarioState("hardened");
    expect((await runCl(state, "STRTCPSVR SERVER(*FTP)", { user: "OPERATOR" })).messages[0]!.id).toBe("CPD0032");
    await runCl(state, "GRTOBJAUT OBJ(QSYS/STRTCPSVR) OBJTYPE(*CMD) USER(OPERATOR) AUT(*USE)");
    expect((await runCl(state, "STRTCPSVR SERVER(*FTP)", { user: "OPERATOR" })).success).toBe(true);
  });

  it("starting *SSHD runs the daemon from the proper path", async () => {
    const state = scenarioState("hardened");
    state.sshd.binaryPath = "/QOpenSys/usr/sbin/sshd";
    await runCl(state, "ENDTCPSVR SERVER(*SSHD)");
    expect(state.servers.sshd.running).toBe(false);
    await runCl(state, "STRTCPSVR SERVER(*SSHD)");
    expect(state.sshd.binaryPath).toBe("/QOpenSys/QIBM/ProdData/SC1/OpenSSH/sbin/sshd");
  });

  it("*AUTOSTART starts exactly the servers with AUTOSTART(*YES)", async () => {
    const state = scenarioState("v76-no-iosyscfg-view");
    await runCl(state, "ENDTCPSVR SERVER(*ALL)");
    // The host servers are STRHOSTSVR's, not STRTCPSVR's.
    expect(listeners(state).every((port) => port === 449 || port >= 8470)).toBe(true);
    await runCl(state, "STRTCPSVR SERVER(*AUTOSTART)");
    expect(state.servers.smtp.running).toBe(false);
    expect(state.servers.ftp.running).toBe(true);
    expect(state.servers.http[0]!.running).toBe(true);
  });
});

describe("CHGFTPA, CHGTELNA, CHGSMTPA, CHGTCPSVR", () => {
  it("CHGFTPA needs *IOSYSCFG and changes AUTOSTART, which QATOCSTART shows", async () => {
    const state = scenarioState("neglected-production");
    expect(lines(await runCl(state, "CHGFTPA AUTOSTART(*NO)", { user: "JSMITH" }))).toEqual(["TCP8050: *IOSYSCFG authority required to use CHGFTPA."]);
    const autostart = () => table(state, "QUSRSYS.QATOCSTART").find((row) => row.SERVER === "*FTP")!.AUTOSTART;
    expect(autostart()).toBe("*YES");
    expect(lines(await runCl(state, "CHGFTPA AUTOSTART(*NO) ALWSSL(*ONLY)"))).toEqual(["TCP1C0A: FTP attributes changed."]);
    expect(autostart()).toBe("*NO");
    expect(state.servers.ftp.allowSsl).toBe("*ONLY");
  });

  it("ALWSSL takes effect when the server next starts", async () => {
    const state = scenarioState("neglected-production");
    await runCl(state, "CHGTELNA ALWSSL(*ONLY)");
    expect(listeners(state)).toContain(23);
    expect(table(state, "QSYS2.TELNET_SERVER_ATTRIBUTES")[0]!.ALLOW_TRANSPORT_LAYER_SECURITY).toBe("*ONLY");
    await runCl(state, "ENDTCPSVR SERVER(*TELNET)");
    await runCl(state, "STRTCPSVR SERVER(*TELNET)");
    expect(listeners(state)).toContain(992);
    expect(listeners(state)).not.toContain(23);
  });

  it("CHGSMTPA changes the relay policy without any SQL service showing it", async () => {
    const state = scenarioState("neglected-production");
    const before = deriveSnapshot(state, { now: TEST_NOW, user: "PORTCULLIS" });
    expect((await runCl(state, "CHGSMTPA ALWRLY(*LIST)")).success).toBe(true);
    expect(state.servers.smtp.allowRelay).toBe("*LIST");
    expect(deriveSnapshot(state, { now: TEST_NOW, user: "PORTCULLIS" })).toEqual(before);
  });

  it("CHGTCPSVR needs both *IOSYSCFG and *ALLOBJ", async () => {
    const state = scenarioState("neglected-production");
    expect(lines(await runCl(state, "CHGTCPSVR SVRSPCVAL(*SSHD) AUTOSTART(*NO)", { user: "JSMITH" }))).toEqual([
      "TCP8050: *IOSYSCFG authority required to use CHGTCPSVR.",
    ]);
    // QTCP has *IOSYSCFG but not *ALLOBJ; it still needs *USE on the *PUBLIC *EXCLUDE command.
    await runCl(state, "GRTOBJAUT OBJ(CHGTCPSVR) OBJTYPE(*CMD) USER(QTCP) AUT(*USE)");
    expect(lines(await runCl(state, "CHGTCPSVR SVRSPCVAL(*SSHD) AUTOSTART(*NO)", { user: "QTCP" }))).toEqual([
      "CPF222E: *ALLOBJ special authority is required.",
    ]);
    expect((await runCl(state, "CHGTCPSVR SVRSPCVAL(*SSHD) AUTOSTART(*NO)")).success).toBe(true);
    expect(state.servers.sshd.autostart).toBe(false);
  });

  it("ENDHOSTSVR takes the database server ports down", async () => {
    const state = scenarioState("hardened");
    await runCl(state, "ENDHOSTSVR SERVER(*ALL)");
    expect(listeners(state).filter((port) => port > 8000)).toEqual([]);
    await runCl(state, "STRHOSTSVR SERVER(*ALL)");
    expect(listeners(state)).toContain(8471);
  });
});
