/**
 * The simulator driven through the project's IBM i access layer (lib/ibmi): every fault must end
 * in the typed error a real system's failure would produce.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { chgftpa, endtcpsvr, strtcpsvr } from "@/lib/ibmi/commands/tcp-servers";
import { AuthError, ClCommandError, ConnectError, Db2PromptOnly, HostKeyMismatch, NotAuthorized, Timeout } from "@/lib/ibmi/errors";
import { runCl } from "@/lib/ibmi/run-cl";
import { runSql } from "@/lib/ibmi/run-sql";
import { SshTransport } from "@/lib/ibmi/transport/ssh-transport";
import type { SshTransportOptions } from "@/lib/ibmi/transport/settings";
import { Simulator, type SystemListing } from "@/simulator/simulator";
import { SimClock } from "@/simulator/state/clock";

let simulator: Simulator;
let system: SystemListing;
const transports: SshTransport[] = [];

function transport(options: SshTransportOptions = {}, overrides: { password?: string } = {}): SshTransport {
  const conn = new SshTransport(
    {
      host: system.host,
      port: system.port,
      username: system.user,
      credential: { kind: "password", password: overrides.password ?? system.password },
      hostKeyFingerprint: system.hostKeySha256,
    },
    { connectTimeoutMs: 5_000, commandTimeoutMs: 5_000, idleDisconnectMs: 0, ...options },
  );
  transports.push(conn);
  return conn;
}

beforeAll(async () => {
  simulator = await Simulator.start({
    scenarios: ["neglected-production"],
    clock: new SimClock({ start: new Date("2026-03-10T12:00:00Z"), frozen: true }),
    schedulerIntervalMs: 0,
  });
  [system] = simulator.systems() as [SystemListing];
});

afterEach(async () => {
  await Promise.all(transports.splice(0).map((conn) => conn.close()));
  simulator.reset(system.name);
});

afterAll(() => simulator.stop());

describe("lib/ibmi against the simulator", () => {
  it("runs CL and returns the completion messages", async () => {
    const result = await runCl(transport(), chgftpa({ autostart: "*NO" }));
    expect(result.messages).toEqual([{ id: "TCP1C0A", text: "FTP attributes changed." }]);
  });

  it("a failing command is a ClCommandError with exit code 255 and its messages", async () => {
    const error = await runCl(transport(), strtcpsvr({ server: "*HTTP", httpsvr: "NOSUCH" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClCommandError);
    expect(error).toMatchObject({ exitCode: 255, messages: [{ id: "TCP1A13", text: "HTTP server instance NOSUCH not found." }] });
  });

  it("wrong password → AuthError", async () => {
    simulator.setFaults(system.name, { wrongPassword: true });
    await expect(runCl(transport(), chgftpa({ autostart: "*NO" }))).rejects.toBeInstanceOf(AuthError);
  });

  it("host key change → HostKeyMismatch", async () => {
    simulator.setFaults(system.name, { hostKeyChanged: true });
    const error = await runCl(transport(), chgftpa({ autostart: "*NO" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HostKeyMismatch);
    expect(error).toMatchObject({ expected: system.hostKeySha256 });
  });

  it("latency beyond the command timeout → Timeout", async () => {
    simulator.setFaults(system.name, { latencyMs: 1_500 });
    const conn = transport({ commandTimeoutMs: 300 });
    const error = await runCl(conn, chgftpa({ autostart: "*NO" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Timeout);
    expect(error).toMatchObject({ operation: "command" });
  });

  it("hung command → Timeout, and the command never ran", async () => {
    simulator.setFaults(system.name, { hangCommand: true });
    await expect(runCl(transport({ commandTimeoutMs: 300 }), endtcpsvr({ server: "*FTP" }))).rejects.toBeInstanceOf(Timeout);
    expect(simulator.system(system.name).state.servers.ftp.running).toBe(true);
  });

  it("disconnect mid-command → ConnectError (dropped)", async () => {
    simulator.setFaults(system.name, { disconnectMidCommand: true });
    const error = await runCl(transport(), chgftpa({ autostart: "*NO" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectError);
    expect(error).toMatchObject({ reason: "dropped" });
  });

  it("missing special authority → NotAuthorized naming *IOSYSCFG", async () => {
    simulator.setFaults(system.name, { missingSpecialAuthority: "*IOSYSCFG" });
    const error = await runCl(transport(), chgftpa({ alwssl: "*ONLY" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NotAuthorized);
    expect(error).toMatchObject({ requirement: { kind: "special-authority", authority: "*IOSYSCFG" }, messageId: "TCP8050" });
  });

  it("sshd started from the wrong path → Db2PromptOnly", async () => {
    simulator.setFaults(system.name, { sshdWrongPath: true });
    await expect(runSql(transport(), ["SELECT * FROM SYSIBM.SYSDUMMY1"])).rejects.toBeInstanceOf(Db2PromptOnly);
  });

  it("sshd ended → ConnectError (refused) for new connections", async () => {
    await runCl(transport(), endtcpsvr({ server: "*SSHD" }));
    const error = await runCl(transport(), chgftpa({ autostart: "*NO" })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConnectError);
    expect(error).toMatchObject({ reason: "refused" });
  });
});
