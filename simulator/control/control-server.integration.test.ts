import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Simulator, type SystemListing } from "@/simulator/simulator";
import { SimClock } from "@/simulator/state/clock";
import { connect } from "@/simulator/testing/ssh-test-client";
import { startControlServer } from "./control-server";

let simulator: Simulator;
let control: { port: number; close: () => Promise<void> };
let system: SystemListing;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: unknown }> {
  const response = await fetch(`http://127.0.0.1:${control.port}${path}`, {
    method,
    ...(body === undefined ? {} : { body: JSON.stringify(body), headers: { "content-type": "application/json" } }),
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : null };
}

beforeAll(async () => {
  simulator = await Simulator.start({
    systems: 2,
    clock: new SimClock({ start: new Date("2026-03-10T12:00:00Z"), frozen: true }),
    schedulerIntervalMs: 0,
  });
  control = await startControlServer(simulator, 0);
  [system] = simulator.systems() as [SystemListing];
});

afterAll(async () => {
  await control.close();
  await simulator.stop();
});

describe("control API", () => {
  it("lists the systems with scenario, release and faults", async () => {
    const { status, json } = await call("GET", "/systems");
    expect(status).toBe(200);
    expect(json).toEqual([
      { ...simulator.systems()[0], scenario: "neglected-production", release: "7.5", faults: {} },
      { ...simulator.systems()[1], scenario: "hardened", release: "7.5", faults: {} },
    ]);
  });

  it("sets and clears faults, and refuses unknown ones", async () => {
    expect(await call("PUT", `/systems/${system.name}/faults`, { wrongPassword: true })).toEqual({ status: 200, json: { wrongPassword: true } });
    await expect(connect(system)).rejects.toThrow(/authentication/);
    expect((await call("DELETE", `/systems/${system.name}/faults`)).status).toBe(204);
    (await connect(system)).close();
    expect((await call("PUT", `/systems/${system.name}/faults`, { explode: true })).status).toBe(400);
    expect((await call("PUT", "/systems/NOPE/faults", {})).status).toBe(404);
  });

  it("adds a connection that ENDTCPCNN can end, and drops one", async () => {
    const added = await call("POST", `/systems/${system.name}/connections`, { localPort: 23, remoteAddress: "198.51.100.99", remotePort: 40001, user: "jsmith" });
    expect(added.status).toBe(201);
    const id = (added.json as { id: string }).id;
    const listed = await call("GET", `/systems/${system.name}/connections`);
    expect(listed.json).toContainEqual(expect.objectContaining({ id, remoteAddress: "198.51.100.99", user: "JSMITH", origin: "state" }));
    const connection = await connect(system);
    const ended = await connection.exec(`system "ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('*') LCLPORT(23) RMTINTNETA('198.51.100.99') RMTPORT(40001)"`);
    expect(ended).toEqual({ stdout: "TCP2670: TCP connection to 198.51.100.99 port 40001 ended.\n", stderr: "", code: 0 });
    connection.close();
    expect((await call("DELETE", `/systems/${system.name}/connections/${id}`)).status).toBe(404);
    const again = await call("POST", `/systems/${system.name}/connections`, { localPort: 8471, remoteAddress: "10.9.9.9", user: "PAYCLERK" });
    expect((await call("DELETE", `/systems/${system.name}/connections/${(again.json as { id: string }).id}`)).status).toBe(204);
    expect((await call("POST", `/systems/${system.name}/connections`, { localPort: 23, remoteAddress: "not-an-ip", user: "X" })).status).toBe(400);
  });

  it("advances the clock so that a scheduled ENDTCPSVR runs at 19:00", async () => {
    const connection = await connect(system);
    const added = await connection.exec(
      `system "ADDJOBSCDE JOB(FTPOFF) CMD(ENDTCPSVR SERVER(*FTP)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(190000)"`,
    );
    expect(added.code).toBe(0);
    connection.close();
    expect((await call("POST", "/clock/advance", { ms: 6 * 3600_000 + 59 * 60_000 })).json).toEqual({ now: "2026-03-10T18:59:00.000Z" });
    expect(simulator.system(system.name).state.servers.ftp.running).toBe(true);
    expect((await call("POST", "/clock/advance", { ms: 2 * 60_000 })).json).toEqual({ now: "2026-03-10T19:01:00.000Z" });
    expect(simulator.system(system.name).state.servers.ftp.running).toBe(false);
    expect(simulator.connections(system.name).some((c) => c.localPort === 21)).toBe(false);
    expect((await call("GET", "/clock")).json).toEqual({ now: "2026-03-10T19:01:00.000Z" });
  });

  it("resets a system to its scenario", async () => {
    expect((await call("POST", `/systems/${system.name}/reset`)).status).toBe(204);
    expect(simulator.system(system.name).state.servers.ftp.running).toBe(true);
    expect(simulator.system(system.name).state.jobSchedule).toEqual([]);
    expect((await call("GET", "/nowhere")).status).toBe(404);
  });
});
