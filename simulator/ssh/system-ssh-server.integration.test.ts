import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Simulator, type SystemListing } from "@/simulator/simulator";
import { SimClock } from "@/simulator/state/clock";
import { connect } from "@/simulator/testing/ssh-test-client";

const run = promisify(execFile);

let simulator: Simulator;
let neglected: SystemListing;
let hardened: SystemListing;

beforeAll(async () => {
  simulator = await Simulator.start({
    scenarios: ["neglected-production", "hardened"],
    clock: new SimClock({ start: new Date("2026-03-10T12:00:00Z"), frozen: true }),
    schedulerIntervalMs: 0,
  });
  [neglected, hardened] = simulator.systems() as [SystemListing, SystemListing];
});

afterAll(() => simulator.stop());

describe("sign-on", () => {
  it("lists each system with its credentials and an OpenSSH host key fingerprint", () => {
    expect(neglected).toMatchObject({ name: "NP0001", host: "127.0.0.1", user: "PORTCULLIS", password: "PORTC123" });
    expect(neglected.hostKeySha256).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
    expect(neglected.port).not.toBe(hardened.port);
  });

  it("accepts the profile's password (any case below QPWDLVL 2) and presents the listed host key", async () => {
    const connection = await connect(neglected, { password: "portc123", username: "portcullis" });
    expect(connection.presentedHostKey).toBe(neglected.hostKeySha256);
    expect(await connection.exec("echo ok")).toEqual({ stdout: "ok\n", stderr: "", code: 0 });
    connection.close();
  });

  it("refuses a wrong password and a disabled profile", async () => {
    await expect(connect(neglected, { password: "nope" })).rejects.toThrow(/authentication methods failed/);
    simulator.system("NP0001").state.users.find((user) => user.name === "HELPDESK")!.status = "*DISABLED";
    await expect(connect(neglected, { username: "HELPDESK", password: "HELPDESK" })).rejects.toThrow(/authentication methods failed/);
  });
});

describe("CL over SSH", () => {
  it("answers with IBM-shaped messages and PASE exit codes", async () => {
    const connection = await connect(neglected);
    expect(await connection.exec(`LC_ALL=EN_US.UTF-8 /QOpenSys/usr/bin/system 'CHGFTPA AUTOSTART(*NO)'`)).toEqual({
      stdout: "TCP1C0A: FTP attributes changed.\n",
      stderr: "",
      code: 0,
    });
    expect(await connection.exec(`system "CHGFTPA AUTOSTART(*MAYBE)"`)).toEqual({
      stdout: "",
      stderr: "CPD0084: Value '*MAYBE' for parameter AUTOSTART not valid.\nCPF0006: Errors occurred in command.\n",
      code: 255,
    });
    expect(await connection.exec("system WRKACTJOB")).toMatchObject({ stderr: expect.stringMatching(/^CPD0030: /), code: 255 });
    expect(await connection.exec("nosuchcommand")).toEqual({ stdout: "", stderr: "sh: nosuchcommand: not found\n", code: 127 });
    connection.close();
  });

  it("ENDTCPSVR SERVER(*SSHD) closes the port to new connections until STRTCPSVR, keeping the session", async () => {
    const connection = await connect(hardened);
    expect((await connection.exec(`system "ENDTCPSVR SERVER(*SSHD)"`)).code).toBe(0);
    await expect(connect(hardened)).rejects.toThrow(/ECONNREFUSED/);
    expect(await connection.exec(`system "STRTCPSVR SERVER(*SSHD)"`)).toMatchObject({ stdout: "TCP1A0F: OpenSSH server being started.\n", code: 0 });
    const again = await connect(hardened);
    expect((await again.exec("true")).code).toBe(0);
    again.close();
    connection.close();
  });
});

describe("a plain OpenSSH client", () => {
  it("runs a CL command with a key pair made for the test", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sim-ssh-"));
    try {
      await run("ssh-keygen", ["-q", "-t", "ed25519", "-N", "", "-f", join(dir, "id")]);
      simulator.system("HD0002").state.users.find((user) => user.name === "PORTCULLIS")!.authorizedKeys.push(readFileSync(join(dir, "id.pub"), "utf8").trim());
      const known = join(dir, "known_hosts");
      const ssh = (command: string) =>
        run("ssh", [
          "-p", String(hardened.port),
          "-i", join(dir, "id"),
          "-o", "BatchMode=yes",
          "-o", "StrictHostKeyChecking=accept-new",
          "-o", `UserKnownHostsFile=${known}`,
          "-o", "IdentitiesOnly=yes",
          `PORTCULLIS@127.0.0.1`,
          command,
        ]).then(
          (result) => ({ stdout: result.stdout, stderr: result.stderr, code: 0 }),
          (error: { stdout: string; stderr: string; code: number }) => ({ stdout: error.stdout, stderr: error.stderr, code: error.code }),
        );
      expect(await ssh(`system "ENDTCPSVR SERVER(*FTP)"`)).toMatchObject({ stdout: "TCP1A12: FTP server not active.\n", code: 0 });
      const failed = await ssh(`system "ENDTCPSVR SERVER(*BOGUS)"`);
      expect(failed.code).toBe(255);
      expect(failed.stderr).toContain("CPD0084: Value '*BOGUS' for parameter SERVER not valid.\nCPF0006: Errors occurred in command.\n");
      const { stdout } = await run("ssh-keygen", ["-l", "-f", known]);
      expect(stdout).toContain(hardened.hostKeySha256);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("state folder", () => {
  it("keeps state and host keys across a restart", async () => {
    const dir = mkdtempSync(join(tmpdir(), "sim-state-"));
    try {
      const first = await Simulator.start({ scenarios: ["neglected-production"], stateDir: dir, schedulerIntervalMs: 0 });
      const [system] = first.systems();
      const connection = await connect(system!);
      expect((await connection.exec(`system "CHGSMTPA ALWRLY(*LIST)"`)).code).toBe(0);
      connection.close();
      await first.stop();
      const second = await Simulator.start({ scenarios: ["neglected-production"], stateDir: dir, schedulerIntervalMs: 0 });
      expect(second.systems()[0]!.hostKeySha256).toBe(system!.hostKeySha256);
      expect(second.system("NP0001").state.servers.smtp.allowRelay).toBe("*LIST");
      await second.stop();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
