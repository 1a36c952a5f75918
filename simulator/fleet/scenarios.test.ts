import { describe, expect, it } from "vitest";
import { deriveSnapshot } from "@/simulator/state/derive/derive-snapshot";
import { instantiateScenario } from "./instantiate-scenario";
import { loadScenarios, parseScenario, ScenarioError } from "./load-scenarios";

const NOW = new Date("2026-03-10T12:00:00.000Z");
const scenarios = loadScenarios();
const byName = (name: string) => scenarios.find((scenario) => scenario.name === name)!;

function minimal(overrides: Record<string, unknown> = {}, system: Record<string, unknown> = {}) {
  return JSON.stringify({
    name: "tiny",
    description: "smallest valid scenario",
    namePrefix: "TY",
    serviceUser: "SVC",
    system: { release: "7.5", users: [{ name: "SVC", password: "x" }], ...system },
    ...overrides,
  });
}

describe("scenario files", () => {
  it("ships the four required scenarios, in fleet order", () => {
    expect(scenarios.map((scenario) => scenario.name)).toEqual(["neglected-production", "hardened", "v76-no-iosyscfg-view", "old-73"]);
  });

  it("validates a minimal scenario and fills IBM's defaults", () => {
    const scenario = parseScenario("/x/tiny.json", minimal());
    const state = instantiateScenario(scenario, 7, NOW);
    expect(state.name).toBe("TY0007");
    expect(state.users.map((user) => user.name)).toEqual(expect.arrayContaining(["QSECOFR", "QTCP", "SVC"]));
    expect(state.commands.find((command) => command.name === "ENDTCPSVR")!.authority.public).toBe("*EXCLUDE");
  });

  it("names the field that is wrong", () => {
    expect(() => parseScenario("/x/tiny.json", minimal({ namePrefix: "toolong" }))).toThrow(/namePrefix/);
    expect(() => parseScenario("/x/tiny.json", minimal({}, { release: "6.1" }))).toThrow(/release/);
    expect(() => parseScenario("/x/tiny.json", minimal({}, { servers: { ftp: { allowSsl: "*SOMETIMES" } } }))).toThrow(/allowSsl/);
    expect(() => parseScenario("/x/tiny.json", minimal({ serviceUser: "NOBODY" }))).toThrow(/serviceUser/);
    expect(() => parseScenario("/x/tiny.json", minimal({}, { users: [{ name: "SVC", password: "x", groupProfile: "GHOST" }] }))).toThrow(/GHOST/);
    expect(() => parseScenario("/x/other.json", minimal())).toThrow(/must match the file name/);
    expect(() => parseScenario("/x/tiny.json", "{ not json")).toThrow(ScenarioError);
  });
});

describe("fleets", () => {
  it("are deterministic: the same index gives the same system", () => {
    const a = instantiateScenario(byName("neglected-production"), 3, NOW);
    const b = instantiateScenario(byName("neglected-production"), 3, NOW);
    expect(a).toEqual(b);
  });

  it("vary per index: address, job numbers, IPL time, spool counts, client ports", () => {
    const a = instantiateScenario(byName("neglected-production"), 1, NOW);
    const b = instantiateScenario(byName("neglected-production"), 5, NOW);
    expect(a.hostAddress).not.toBe(b.hostAddress);
    expect(a.nextJobNumber).not.toBe(b.nextJobNumber);
    expect(a.iplAt).not.toBe(b.iplAt);
    expect(a.connections.map((c) => c.remotePort)).not.toEqual(b.connections.map((c) => c.remotePort));
    expect(a.outputQueues.map((q) => q.numberOfFiles)).not.toEqual(b.outputQueues.map((q) => q.numberOfFiles));
  });
});

describe("what each scenario shows through SQL", () => {
  const snapshot = (name: string) => deriveSnapshot(instantiateScenario(byName(name), 1, NOW), { now: NOW, user: "PORTCULLIS" });

  it("neglected-production: FTP up with no exit program, Telnet on 23 from public addresses, open *ACCEPT entry", () => {
    const sql = snapshot("neglected-production");
    const netstat = sql.tables["QSYS2.NETSTAT_INFO"]!;
    expect(netstat.filter((row) => row.TCP_STATE === "LISTEN").map((row) => row.LOCAL_PORT)).toEqual(expect.arrayContaining([21, 23, 25, 80]));
    expect(netstat).toContainEqual(expect.objectContaining({ LOCAL_PORT: 23, REMOTE_ADDRESS: "203.0.113.45", TCP_STATE: "ESTABLISHED" }));
    expect(sql.tables["QSYS2.EXIT_PROGRAM_INFO"]).toEqual([]);
    expect(sql.members["QUSRSYS.QATMADRLST"]!.ACCEPTRLY).toContainEqual({ INTNETADR: "0.0.0.0", SUBNETMASK: "0.0.0.0", HOSTNAME: "" });
    expect(sql.tables["QSYS2.HTTP_SERVER_INFO"]).toContainEqual(expect.objectContaining({ SERVER_NAME: "WEBAPP", SERVER_SSL_CONNECTIONS: 0 }));
    expect(sql.tables["QSYS2.SYSTEM_VALUE_INFO"]).toContainEqual(expect.objectContaining({ SYSTEM_VALUE_NAME: "QAUTOVRT", CURRENT_NUMERIC_VALUE: 500 }));
    expect(sql.tables["QSYS2.OUTPUT_QUEUE_INFO"]).toContainEqual(expect.objectContaining({ OUTPUT_QUEUE_NAME: "PAYROLL", DISPLAY_ANY_FILE: "*YES" }));
  });

  it("hardened: no FTP listener, Telnet only on 992, HTTPS only", () => {
    const sql = snapshot("hardened");
    const listening = sql.tables["QSYS2.NETSTAT_INFO"]!.filter((row) => row.TCP_STATE === "LISTEN").map((row) => row.LOCAL_PORT);
    expect(listening).not.toContain(21);
    expect(listening).not.toContain(23);
    expect(listening).toEqual(expect.arrayContaining([992, 443, 22]));
    expect(sql.tables["QSYS2.TELNET_SERVER_ATTRIBUTES"]![0]!.ALLOW_TRANSPORT_LAYER_SECURITY).toBe("*ONLY");
  });

  it("v76-no-iosyscfg-view: NETSTAT_JOB_INFO and TELNET_SERVER_ATTRIBUTES refuse the service profile", () => {
    const sql = snapshot("v76-no-iosyscfg-view");
    expect(sql.denied["QSYS2.NETSTAT_JOB_INFO"]).toEqual({
      sqlstate: "42501",
      nativeError: -551,
      message: "Not authorized to object NETSTAT_JOB_INFO in QSYS2 type *FILE.",
    });
    expect(Object.keys(sql.denied)).toEqual(["QSYS2.NETSTAT_JOB_INFO", "QSYS2.TELNET_SERVER_ATTRIBUTES"]);
    expect(sql.available).toContain("QSYS2.NETSTAT_INFO");
  });

  it("old-73: the newer services are missing, the old ones answer", () => {
    const sql = snapshot("old-73");
    for (const missing of ["QSYS2.TELNET_SERVER_ATTRIBUTES", "QSYS2.EXIT_POINT_INFO", "QSYS2.EXIT_PROGRAM_INFO", "QSYS2.HTTP_SERVER_INFO"]) {
      expect(sql.available).not.toContain(missing);
      expect(sql.tables[missing]).toBeUndefined();
    }
    expect(sql.available).toEqual(expect.arrayContaining(["QSYS2.NETSTAT_INFO", "QSYS2.USER_INFO", "QSYS2.OUTPUT_QUEUE_INFO"]));
    expect(sql.tables["QSYS2.SERVICES_INFO"]!.map((row) => row.SERVICE_NAME)).not.toContain("EXIT_PROGRAM_INFO");
  });
});
