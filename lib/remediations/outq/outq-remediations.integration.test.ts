import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { findingOf, remediate, startSimulatedSystem, type SimulatedSystem } from "../test-support/simulated-system";

let simulated: SimulatedSystem;
const payroll = () => simulated.sim.system(simulated.listing.name).state.outputQueues.find((q) => q.name === "PAYROLL")!;
const status = async (id: string) => (await prisma.finding.findUniqueOrThrow({ where: { id } })).status;

beforeAll(async () => {
  simulated = await startSimulatedSystem("neglected-production");
});
afterAll(() => simulated.stop());

describe("output queue remediations against the simulator", () => {
  it("CHGOUTQ DSPDTA(*NO) on PAYLIB/PAYROLL (OUTQ-01 resolved) and undo puts *YES back", async () => {
    const system = await simulated.register();
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "OUTQ-01", "PAYLIB/PAYROLL");
    const { preview, run, ran, planned } = await remediate(simulated, system, { actionId: "outq.change", findingId: finding.id });
    expect(preview.plan!.steps.map((s) => s.text)).toEqual(["CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*NO)"]);
    expect(ran).toEqual(planned);
    expect(run.status).toBe("succeeded");
    expect(payroll().displayAnyFile).toBe("*NO");
    expect(await status(finding.id)).toBe("resolved");
    await simulated.scan(system.id);
    expect(await status(finding.id)).toBe("resolved");
    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "outq.change", params: { queue: "PAYLIB/PAYROLL", dspdta: "*YES" } });
    expect(payroll().displayAnyFile).toBe("*YES");
    expect(await status(finding.id)).toBe("open");
  });

  it("excludes *PUBLIC from a sensitive queue (OUTQ-02 resolved) and undo grants the captured *USE back", async () => {
    const system = await simulated.register({ policy: { sensitiveOutputQueues: ["PAYLIB/PAYROLL"] } });
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "OUTQ-02", "PAYLIB/PAYROLL");
    const { run, ran, planned } = await remediate(simulated, system, { actionId: "outq.public-exclude", findingId: finding.id });
    expect(planned).toEqual([expect.stringContaining("GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*EXCLUDE)")]);
    expect(ran).toEqual(planned);
    expect(run).toMatchObject({ status: "succeeded", priorState: { captured: { publicAuthority: "*USE", aut: ["*USE"] } } });
    expect(payroll().authority.public).toBe("*EXCLUDE");
    expect(await status(finding.id)).toBe("resolved");
    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "outq.public-restore" });
    expect(payroll().authority.public).toBe("*USE");
  });
});
