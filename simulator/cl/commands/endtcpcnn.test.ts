import { describe, expect, it } from "vitest";
import type { LiveConnection } from "@/simulator/state/connections";
import { deriveSnapshot } from "@/simulator/state/derive/derive-snapshot";
import type { TSystemState } from "@/simulator/state/schema";
import { lines, runCl, scenarioState, TEST_NOW } from "../cl-test-context";

const established = (state: TSystemState) =>
  deriveSnapshot(state, { now: TEST_NOW, user: "PORTCULLIS" })
    .tables["QSYS2.NETSTAT_INFO"]!.filter((row) => row.TCP_STATE === "ESTABLISHED")
    .map((row) => `${row.REMOTE_ADDRESS}:${row.REMOTE_PORT}>${row.LOCAL_PORT}`);

describe("ENDTCPCNN", () => {
  it("ends exactly the connection named by its four addresses and ports", async () => {
    const state = scenarioState("neglected-production");
    const target = state.connections.find((c) => c.remoteAddress === "203.0.113.45")!;
    const before = established(state);
    const result = await runCl(
      state,
      `ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('${state.hostAddress}') LCLPORT(23) RMTINTNETA('203.0.113.45') RMTPORT(${target.remotePort})`,
    );
    expect(lines(result)).toEqual([`TCP2670: TCP connection to 203.0.113.45 port ${target.remotePort} ended.`]);
    expect(established(state)).toEqual(before.filter((entry) => entry !== `203.0.113.45:${target.remotePort}>23`));
  });

  it("also ends a churned connection, which then stays gone", async () => {
    const state = scenarioState("neglected-production");
    const churned = deriveSnapshot(state, { now: TEST_NOW, user: "PORTCULLIS" })
      .tables["QSYS2.NETSTAT_INFO"]!.find((row) => row.TCP_STATE === "ESTABLISHED" && !state.connections.some((c) => c.remotePort === row.REMOTE_PORT))!;
    const command = `ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('*') LCLPORT(${churned.LOCAL_PORT}) RMTINTNETA('${churned.REMOTE_ADDRESS}') RMTPORT(${churned.REMOTE_PORT})`;
    expect((await runCl(state, command)).success).toBe(true);
    expect(established(state)).not.toContain(`${churned.REMOTE_ADDRESS}:${churned.REMOTE_PORT}>${churned.LOCAL_PORT}`);
    expect((await runCl(state, command)).messages[0]!.id).toBe("TCP2671");
  });

  it("hands SSH sessions to the session owner to disconnect", async () => {
    const state = scenarioState("hardened");
    const session: LiveConnection = {
      id: "ssh-1",
      origin: "session",
      localPort: 22,
      remoteAddress: "127.0.0.1",
      remotePort: 51000,
      user: "PORTCULLIS",
      jobNumber: 1,
      connectedAt: TEST_NOW.toISOString(),
      lastActivityAt: TEST_NOW.toISOString(),
      bytesSent: 0,
      bytesReceived: 0,
    };
    const ended: string[] = [];
    const result = await runCl(state, "ENDTCPCNN *TCP '*' 22 '127.0.0.1' 51000", { sessions: [session], endedSessions: ended });
    expect(result.success).toBe(true);
    expect(ended).toEqual(["ssh-1"]);
  });

  it("reports a connection that does not exist, and bad addresses", async () => {
    const state = scenarioState("neglected-production");
    expect(lines(await runCl(state, "ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('*') LCLPORT(23) RMTINTNETA('1.2.3.4') RMTPORT(5)"))).toEqual([
      "TCP2671: TCP connection not found for local address * port 23 and remote address 1.2.3.4 port 5.",
    ]);
    expect((await runCl(state, "ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('*') LCLPORT(23) RMTINTNETA('1.2.3') RMTPORT(5)")).messages[0]!.id).toBe("TCP1901");
    expect((await runCl(state, "ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('*') LCLPORT(23)")).messages[0]!.id).toBe("CPD0072");
    expect((await runCl(state, "ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA(10.1.1.1) LCLPORT(23) RMTINTNETA('1.2.3.4')")).success).toBe(false);
  });

  it("is refused to profiles without authority to the shipped *PUBLIC *EXCLUDE command", async () => {
    const state = scenarioState("hardened");
    expect((await runCl(state, "ENDTCPCNN *TCP '*' 992 '10.20.30.41'", { user: "OPERATOR" })).messages[0]!.id).toBe("CPD0032");
  });
});
