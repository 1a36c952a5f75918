import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { findingOf, remediate, startSimulatedSystem, type SimulatedSystem } from "../test-support/simulated-system";

let simulated: SimulatedSystem;
const status = async (id: string) => (await prisma.finding.findUniqueOrThrow({ where: { id } })).status;
const from = (address: string) => simulated.sim.connections(simulated.listing.name).filter((c) => c.remoteAddress === address);

beforeAll(async () => {
  simulated = await startSimulatedSystem("neglected-production");
});
afterAll(() => simulated.stop());

describe("connection remediations against the simulator", () => {
  it("ends one untrusted connection with ENDTCPCNN built from the row read (NET-01 resolved); it cannot be undone", async () => {
    const system = await simulated.register();
    simulated.sim.addConnection(simulated.listing.name, { localPort: 23, remoteAddress: "192.0.2.200", remotePort: 40123, user: "JSMITH" });
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "NET-01", "192.0.2.200|23");
    const { preview, run, ran, planned } = await remediate(simulated, system, { actionId: "net.end-connection", findingId: finding.id });
    expect(preview.plan!.steps[0]!.text).toBe(`ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('${simulated.sim.system(simulated.listing.name).state.hostAddress}') LCLPORT(23) RMTINTNETA('192.0.2.200') RMTPORT(40123)`);
    expect(ran).toEqual(planned);
    expect(run).toMatchObject({ status: "succeeded", undoable: false });
    expect(from("192.0.2.200")).toEqual([]);
    expect(await status(finding.id)).toBe("resolved");
    await simulated.scan(system.id);
    expect(await status(finding.id)).toBe("resolved");
  });

  it("ends every connection from an untrusted address", async () => {
    const system = await simulated.register();
    simulated.sim.addConnection(simulated.listing.name, { localPort: 23, remoteAddress: "192.0.2.201", user: "JSMITH" });
    simulated.sim.addConnection(simulated.listing.name, { localPort: 21, remoteAddress: "192.0.2.201", user: "ANONYMOUS" });
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "NET-01", "192.0.2.201|21");
    const { run, ran, planned } = await remediate(simulated, system, { actionId: "net.end-address", findingId: finding.id });
    expect(planned).toHaveLength(2);
    expect(ran).toEqual(planned);
    expect(run.status).toBe("succeeded");
    expect(from("192.0.2.201")).toEqual([]);
    expect(await status(finding.id)).toBe("resolved");
    expect(await status((await findingOf(system.id, "NET-01", "192.0.2.201|23")).id)).toBe("open");
  });

  it("trusts the address instead (audited, Portcullis-side), and undo removes the trust and reopens the finding", async () => {
    const system = await simulated.register();
    simulated.sim.addConnection(simulated.listing.name, { localPort: 23, remoteAddress: "192.0.2.202", user: "JSMITH" });
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "NET-01", "192.0.2.202|23");
    const { run, ran } = await remediate(simulated, system, { actionId: "net.trust-network", findingId: finding.id });
    expect(ran).toEqual([]);
    expect(run.status).toBe("succeeded");
    const network = await prisma.trustedNetwork.findFirstOrThrow({ where: { systemId: system.id, cidr: "192.0.2.202/32" } });
    expect(network.localPorts).toEqual([23]);
    expect(await prisma.auditEvent.count({ where: { action: "trust.create", targetId: network.id } })).toBe(1);
    expect(from("192.0.2.202")).toHaveLength(1);
    expect(await status(finding.id)).toBe("resolved");
    await simulated.scan(system.id);
    expect(await status(finding.id)).toBe("resolved");

    expect(run.plan.undo).toMatchObject({ available: true, actionId: "net.untrust-network", params: { trustedNetworkId: network.id } });
    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "net.untrust-network" });
    expect(await prisma.trustedNetwork.count({ where: { id: network.id } })).toBe(0);
    expect(await status(finding.id)).toBe("open");
  });
});
