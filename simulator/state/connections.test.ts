import { describe, expect, it } from "vitest";
import { instantiateScenario } from "@/simulator/fleet/instantiate-scenario";
import { loadScenarios } from "@/simulator/fleet/load-scenarios";
import { churnConnections, liveConnections, pruneEndedChurn } from "./connections";
import { endServer, portOwner, startServer } from "./server-control";

const NOW = new Date("2026-03-10T12:00:00.000Z");
const scenario = loadScenarios().find((candidate) => candidate.name === "neglected-production")!;
const fresh = () => instantiateScenario(scenario, 1, NOW);
const ids = (list: { id: string }[]) => list.map((connection) => connection.id);

describe("connection churn", () => {
  it("is a pure function of the system and the time", () => {
    expect(churnConnections(fresh(), NOW)).toEqual(churnConnections(fresh(), NOW));
    expect(churnConnections(fresh(), NOW).length).toBeGreaterThan(0);
  });

  it("comes and goes as the clock moves", () => {
    const state = fresh();
    const now = ids(churnConnections(state, NOW));
    const later = ids(churnConnections(state, new Date(NOW.getTime() + 2 * 3600_000)));
    expect(later.length).toBeGreaterThan(0);
    expect(later.filter((id) => now.includes(id))).toEqual([]);
  });

  it("only uses ports that are listening, and only after the server started", () => {
    const state = fresh();
    endServer(state, "telnet");
    expect(churnConnections(state, NOW).some((connection) => connection.localPort === 23)).toBe(false);
    startServer(state, "telnet", NOW);
    expect(churnConnections(state, NOW).some((connection) => connection.localPort === 23)).toBe(false);
    const later = new Date(NOW.getTime() + 3600_000);
    const churned = churnConnections(state, later);
    expect(churned.some((connection) => connection.localPort === 23)).toBe(true);
    for (const connection of churned) expect(portOwner(state, connection.localPort)).not.toBeNull();
  });

  it("keeps an ended connection gone until its natural end, then forgets it", () => {
    const state = fresh();
    const [victim] = churnConnections(state, NOW);
    state.endedChurn.push({ id: victim!.id, until: victim!.endsAt! });
    expect(ids(churnConnections(state, NOW))).not.toContain(victim!.id);
    pruneEndedChurn(state, new Date(Date.parse(victim!.endsAt!) + 1));
    expect(state.endedChurn).toEqual([]);
  });

  it("stops when disabled", () => {
    const state = fresh();
    state.churn.enabled = false;
    expect(churnConnections(state, NOW)).toEqual([]);
    expect(liveConnections(state, NOW).map((connection) => connection.origin)).toEqual(state.connections.map(() => "state"));
  });
});

describe("liveConnections", () => {
  it("hides kept connections whose server is down and adds the SSH sessions", () => {
    const state = fresh();
    endServer(state, "ftp");
    const live = liveConnections(state, NOW, [
      { ...state.connections[0]!, id: "ssh-1", origin: "session", localPort: 22 },
    ]);
    expect(live.some((connection) => connection.localPort === 21)).toBe(false);
    expect(live.filter((connection) => connection.origin === "session").map((connection) => connection.id)).toEqual(["ssh-1"]);
  });
});
