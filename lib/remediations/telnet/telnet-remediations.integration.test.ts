import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { findingOf, remediate, startSimulatedSystem, type SimulatedSystem } from "../test-support/simulated-system";

let simulated: SimulatedSystem;
const telnet = () => simulated.sim.system(simulated.listing.name).state.servers.telnet;
const status = async (id: string) => (await prisma.finding.findUniqueOrThrow({ where: { id } })).status;

beforeAll(async () => {
  simulated = await startSimulatedSystem("neglected-production");
});
afterAll(() => simulated.stop());

describe("Telnet remediations against the simulator", () => {
  it("CHGTELNA ALWSSL(*ONLY) (TLN-01 resolved, read back from TELNET_SERVER_ATTRIBUTES) and undo restores *NO", async () => {
    const system = await simulated.register();
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "TLN-01", "telnet-cleartext");
    const { run, ran, planned } = await remediate(simulated, system, { actionId: "telnet.alwssl-only", findingId: finding.id });
    expect(ran).toEqual(planned);
    expect(run).toMatchObject({ status: "succeeded", priorState: { captured: { allowSsl: "*NO" } } });
    expect(telnet().allowSsl).toBe("*ONLY");
    expect(await status(finding.id)).toBe("resolved");
    await simulated.scan(system.id);
    expect(await status(finding.id)).toBe("resolved");
    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "telnet.alwssl-restore", params: { allowSsl: "*NO" } });
    expect(telnet().allowSsl).toBe("*NO");
    expect(await status(finding.id)).toBe("open");
  });

  it("ends Telnet: the run is verified, but TLN-01 still reports autostart *YES, so the finding stays open and says why", async () => {
    const system = await simulated.register();
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "TLN-01", "telnet-cleartext");
    const { run, ran, planned } = await remediate(simulated, system, { actionId: "telnet.end-server", findingId: finding.id });
    expect(ran).toEqual(planned);
    expect(run).toMatchObject({ status: "succeeded", verification: { verified: true, finding: { stillReported: true, explanation: expect.stringContaining("starts with TCP/IP") } } });
    expect(telnet().running).toBe(false);
    expect(await status(finding.id)).toBe("open");
    const events = await prisma.findingEvent.findMany({ where: { findingId: finding.id } });
    expect(events.map((e) => e.type)).toContain("remediation_attempted");
    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "telnet.start-server" });
    expect(telnet().running).toBe(true);
  });
});
