import { setTimeout as delay } from "node:timers/promises";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { Simulator, type SystemListing } from "@/simulator/simulator";
import { SimClock } from "@/simulator/state/clock";
import { connect } from "@/simulator/testing/ssh-test-client";

let simulator: Simulator;
let system: SystemListing;

beforeAll(async () => {
  simulator = await Simulator.start({
    scenarios: ["neglected-production"],
    clock: new SimClock({ start: new Date("2026-03-10T12:00:00Z"), frozen: true }),
    schedulerIntervalMs: 0,
  });
  [system] = simulator.systems() as [SystemListing];
});

afterEach(() => simulator.clearFaults(system.name));
afterAll(() => simulator.stop());

describe("faults", () => {
  it("latency: answers arrive unchanged, just later", async () => {
    simulator.setFaults(system.name, { latencyMs: 150 });
    const connection = await connect(system);
    expect(await connection.exec("echo late")).toEqual({ stdout: "late\n", stderr: "", code: 0 });
    connection.close();
  });

  it("disconnect mid-command: part of the output, no exit status, connection gone; the command did run", async () => {
    const connection = await connect(system);
    simulator.setFaults(system.name, { disconnectMidCommand: true });
    const result = await connection.exec(`system "CHGSMTPA ALWRLY(*LIST)"`);
    expect(result.code).toBeNull();
    expect("TCP1C0A: SMTP attributes changed.\n".startsWith(result.stdout)).toBe(true);
    expect(result.stdout.length).toBeLessThan("TCP1C0A: SMTP attributes changed.\n".length);
    expect(simulator.system(system.name).state.servers.smtp.allowRelay).toBe("*LIST");
    await expect(connection.exec("true")).rejects.toThrow();
  });

  it("hung command: the channel opens and nothing ever comes back", async () => {
    simulator.setFaults(system.name, { hangCommand: true });
    const connection = await connect(system);
    let settled = false;
    const pending = connection.exec(`system "ENDTCPSVR SERVER(*FTP)"`).finally(() => (settled = true));
    await delay(300);
    expect(settled).toBe(false);
    connection.close();
    expect(await pending).toEqual({ stdout: "", stderr: "", code: null });
    expect(simulator.system(system.name).state.servers.ftp.running).toBe(true);
  });

  it("wrong password: the configured password stops working, and works again when cleared", async () => {
    simulator.setFaults(system.name, { wrongPassword: true });
    await expect(connect(system)).rejects.toThrow(/authentication methods failed/);
    expect(simulator.systems()[0]!.password).toBe(system.password);
    simulator.clearFaults(system.name);
    const connection = await connect(system);
    connection.close();
  });

  it("host key change: a different key is presented until the fault is cleared", async () => {
    simulator.setFaults(system.name, { hostKeyChanged: true });
    const changed = await connect(system);
    expect(changed.presentedHostKey).toMatch(/^SHA256:/);
    expect(changed.presentedHostKey).not.toBe(system.hostKeySha256);
    changed.close();
    simulator.clearFaults(system.name);
    const normal = await connect(system);
    expect(normal.presentedHostKey).toBe(system.hostKeySha256);
    normal.close();
  });

  it("noisy login profile: its text comes before every command's output", async () => {
    simulator.setFaults(system.name, { loginBanner: "Welcome to PRODUCTION!\n" });
    const connection = await connect(system);
    expect(await connection.exec("echo :SENTINEL:")).toEqual({ stdout: "Welcome to PRODUCTION!\n:SENTINEL:\n", stderr: "", code: 0 });
    connection.close();
  });

  it("sshd from the wrong path: QZDFMDB2 answers only DB2>, ps shows the path, and restarting sshd cures it", async () => {
    simulator.setFaults(system.name, { sshdWrongPath: true });
    const connection = await connect(system);
    const sql = `LC_ALL=EN_US.UTF-8 /QOpenSys/usr/bin/system "call QSYS/QZDFMDB2 PARM('-d' '-i' '-t')"`;
    expect(await connection.exec(sql, "SELECT * FROM SYSIBM.SYSDUMMY1")).toEqual({ stdout: "DB2>\n", stderr: "", code: 0 });
    expect((await connection.exec("ps -ef | grep sshd")).stdout).toContain(" /QOpenSys/usr/sbin/sshd\n");
    expect(simulator.faults(system.name)).toEqual({ sshdWrongPath: true });
    const cure = await connection.exec(`system "ENDTCPSVR SERVER(*SSHD)" && system "STRTCPSVR SERVER(*SSHD)"`);
    expect(cure).toEqual({ stdout: "TCP1A11: OpenSSH server being ended.\nTCP1A0F: OpenSSH server being started.\n", stderr: "", code: 0 });
    expect((await connection.exec("ps -ef | grep sshd")).stdout).toContain(" /QOpenSys/QIBM/ProdData/SC1/OpenSSH/sbin/sshd\n");
    expect(simulator.faults(system.name)).toEqual({});
    connection.close();
  });

  it("missing special authority: the service profile loses *IOSYSCFG", async () => {
    simulator.setFaults(system.name, { missingSpecialAuthority: "*IOSYSCFG" });
    const connection = await connect(system);
    expect(await connection.exec(`system "CHGFTPA ALWSSL(*ONLY)"`)).toEqual({
      stdout: "",
      stderr: "TCP8050: *IOSYSCFG authority required to use CHGFTPA.\n",
      code: 255,
    });
    connection.close();
  });

  it("refuses a fault that does not exist or a bad value", () => {
    expect(() => simulator.setFaults(system.name, { latencyMs: -1 })).toThrow();
    expect(() => simulator.setFaults(system.name, { slowDisk: true } as never)).toThrow();
    expect(() => simulator.setFaults("NOPE", {})).toThrow(/No simulated system/);
  });
});
