import { describe, expect, it } from "vitest";
import { connection, failedRead, notAuthorized, ok } from "@/lib/checks/test-support/observation-builders";
import { commandTexts, planContext, state } from "../test-support/plan-fixtures";
import { netEndAddress } from "./end-address";
import { netEndConnection } from "./end-connection";
import { netTrustNetwork } from "./trust-network";

const live = state({
  connections: ok(
    [
      connection("203.0.113.7", 23, { remotePort: 50211, user: "ALICE", jobName: "412020/ALICE/QPADEV0001" }),
      connection("203.0.113.7", 8471, { remotePort: 50212, user: "ALICE", jobName: "412021/QUSER/QZDASOINIT" }),
      connection("10.20.30.41", 23, { remotePort: 50300, user: "BOB" }),
      connection("127.0.0.1", 446, { remotePort: 50400 }),
    ],
    ["net-connections"],
  ),
});

describe("net.end-connection", () => {
  it("proposes the finding's connection and builds ENDTCPCNN from the row read, including its local address", () => {
    const defaults = netEndConnection.defaults({ checkId: "NET-01", key: "203.0.113.7|23" }, live, planContext());
    expect(defaults).toEqual({ connection: "203.0.113.7|50211|23" });
    const plan = netEndConnection.plan(live, netEndConnection.params.parse(defaults), planContext());
    expect(commandTexts(plan)).toEqual(["ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('10.1.1.5') LCLPORT(23) RMTINTNETA('203.0.113.7') RMTPORT(50211)"]);
    expect(plan.disruptive).toBe(true);
    expect(plan.impact[0]).toContain("203.0.113.7:50211 to port 23 (QPADEV0001 / ALICE)");
    expect(plan.undo).toEqual({ available: false, reason: "An ended connection cannot be restored; the client has to connect again." });
  });

  it("offers every remote connection as a choice, loopback left out", () => {
    expect(netEndConnection.choices!(live, planContext()).connection!.map((c) => c.value)).toEqual(["203.0.113.7|50211|23", "203.0.113.7|50212|8471", "10.20.30.41|50300|23"]);
  });

  it("blocks, and builds nothing, when the row lacks its local address or holds a value ENDTCPCNN refuses", () => {
    const rows = (localAddress: string | null) => state({ connections: ok([{ ...connection("203.0.113.7", 23, { remotePort: 50211 }), localAddress }], ["net-connections"]) });
    const noLocal = netEndConnection.plan(rows(null), { connection: "203.0.113.7|50211|23" }, planContext());
    expect(noLocal.steps).toEqual([]);
    expect(noLocal.blockers[0]).toMatch(/^The local address of 203\.0\.113\.7:50211 to port 23.* was not readable, and ENDTCPCNN needs it\.$/);
    const hostile = netEndAddress.plan(rows("10.1.1.5') RMTPORT(*ALL"), { remoteAddress: "203.0.113.7" }, planContext());
    expect(hostile.steps).toEqual([]);
    expect(hostile.blockers[0]).toMatch(/^The row of 203\.0\.113\.7:50211 to port 23.* read from the system is not usable: /);
  });

  it("runs nothing when that exact connection is gone or connections cannot be read", () => {
    expect(netEndConnection.plan(live, { connection: "203.0.113.7|50999|23" }, planContext()).blockers).toEqual(["That connection is no longer established; there is nothing to end."]);
    const unreadable = state({ connections: failedRead(notAuthorized("QSYS2.NETSTAT_INFO")) });
    expect(netEndConnection.plan(unreadable, { connection: "203.0.113.7|50211|23" }, planContext()).steps).toEqual([]);
  });

  it.each(["203.0.113.7|50211|23') RMTPORT(*", "203.0.113.7|*|23", "*|50211|23", "203.0.113.7|70000|23", "203.0.113.7|50211", "999.1.1.1|1|23"])("rejects the connection %j before any plan", (value) => {
    expect(netEndConnection.params.safeParse({ connection: value }).success).toBe(false);
  });

  it("verifies by the connection's absence", () => {
    const plan = netEndConnection.plan(live, { connection: "203.0.113.7|50211|23" }, planContext());
    expect(netEndConnection.verifyState(state(), { connection: "203.0.113.7|50211|23" }, planContext(), plan)[0]!.ok).toBe(true);
    expect(netEndConnection.verifyState(live, { connection: "203.0.113.7|50211|23" }, planContext(), plan)[0]!.ok).toBe(false);
  });
});

describe("net.end-address", () => {
  it("ends every connection from the address, one ENDTCPCNN each", () => {
    const plan = netEndAddress.plan(live, { remoteAddress: "203.0.113.7" }, planContext());
    expect(commandTexts(plan)).toEqual([
      "ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('10.1.1.5') LCLPORT(23) RMTINTNETA('203.0.113.7') RMTPORT(50211)",
      "ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('10.1.1.5') LCLPORT(8471) RMTINTNETA('203.0.113.7') RMTPORT(50212)",
    ]);
    expect(plan.changes).toEqual([{ subject: "Connections from 203.0.113.7", before: "2 established", after: "none" }]);
  });

  it("refuses a trusted address", () => {
    const trusted = planContext({ trustedNetworks: [{ id: "t1", systemId: null, cidr: "10.20.30.0/24", label: "Branch office", owner: null, expiresAt: null, localPorts: [] }] });
    expect(netEndAddress.plan(live, { remoteAddress: "10.20.30.41" }, trusted).blockers[0]).toMatch(/trusted network 10\.20\.30\.0\/24 \(Branch office\)/);
  });
});

describe("net.trust-network", () => {
  it("proposes the finding's host and port, lists the connections it covers, and changes nothing on the IBM i", () => {
    const defaults = netTrustNetwork.defaults({ checkId: "NET-01", key: "203.0.113.7|23" }, live, planContext());
    expect(defaults).toMatchObject({ cidr: "203.0.113.7/32", localPorts: [23], thisSystemOnly: true });
    const params = netTrustNetwork.params.parse(defaults);
    const plan = netTrustNetwork.plan(live, params, planContext());
    expect(commandTexts(plan)).toEqual([]);
    expect(plan.steps).toEqual([expect.objectContaining({ kind: "dashboard", change: expect.objectContaining({ kind: "add-trusted-network", cidr: "203.0.113.7/32", localPorts: [23] }) })]);
    expect(plan.impact[0]).toBe("NET-01 stops reporting 1 current connection(s): 203.0.113.7:50211 to port 23 (QPADEV0001 / ALICE).");
    expect(netTrustNetwork.undoAfterRun!(params, [{ trustedNetworkId: "4a5f3c0e-9f2a-4d7b-8a55-1b2c3d4e5f60" }])).toMatchObject({
      available: true,
      actionId: "net.untrust-network",
      params: { trustedNetworkId: "4a5f3c0e-9f2a-4d7b-8a55-1b2c3d4e5f60" },
    });
  });

  it("refuses to trust every address, and rejects malformed networks", () => {
    expect(netTrustNetwork.plan(live, netTrustNetwork.params.parse({ cidr: "0.0.0.0/0", label: "all" }), planContext()).blockers[0]).toMatch(/every address/);
    expect(netTrustNetwork.params.safeParse({ cidr: "10.1.2.3/8", label: "host bits" }).success).toBe(false);
    expect(netTrustNetwork.params.safeParse({ cidr: "10.0.0.0/8", label: "" }).success).toBe(false);
    expect(netTrustNetwork.params.safeParse({ cidr: "10.0.0.0/8", label: "x", localPorts: [70000] }).success).toBe(false);
  });

  it("blocks what the save would refuse: the same network in the same scope (whatever its ports), an expiry already past", () => {
    const thisSystem = "00000000-0000-4000-8000-000000000001";
    const existing = (systemId: string | null) =>
      planContext({ trustedNetworks: [{ id: "t1", systemId, cidr: "203.0.113.7/32", label: "Vendor VPN", owner: null, expiresAt: null, localPorts: [23] }] });
    const onPort = (localPorts: number[], thisSystemOnly = true) => netTrustNetwork.params.parse({ cidr: "203.0.113.7/32", label: "Vendor", localPorts, thisSystemOnly });
    expect(netTrustNetwork.plan(live, onPort([8471]), existing(thisSystem)).blockers).toEqual(["203.0.113.7/32 is already trusted on NP0001 (“Vendor VPN”): edit that entry instead."]);
    expect(netTrustNetwork.plan(live, onPort([8471], false), existing(null)).blockers[0]).toMatch(/already trusted fleet-wide/);
    // Fleet-wide and per-system entries may coexist, as on the trusted networks page.
    expect(netTrustNetwork.plan(live, onPort([8471]), existing(null)).blockers).toEqual([]);
    const past = netTrustNetwork.params.parse({ cidr: "203.0.113.7/32", label: "Vendor", expiresAt: "2026-03-09" });
    expect(netTrustNetwork.plan(live, past, planContext()).blockers[0]).toMatch(/expiry in the past/);
    const today = netTrustNetwork.params.parse({ cidr: "203.0.113.7/32", label: "Vendor", expiresAt: "2026-03-10" });
    expect(netTrustNetwork.plan(live, today, planContext()).blockers).toEqual([]);
  });

  it("normalises the ports as the trusted networks page does", () => {
    expect(netTrustNetwork.params.parse({ cidr: "10.0.0.0/8", label: "x", localPorts: [8471, 23, 23] }).localPorts).toEqual([23, 8471]);
  });
});
