import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { findingOf, remediate, startSimulatedSystem, type SimulatedSystem } from "../test-support/simulated-system";

let simulated: SimulatedSystem;
const state = () => simulated.sim.system(simulated.listing.name).state;
const status = async (id: string) => (await prisma.finding.findUniqueOrThrow({ where: { id } })).status;
const entries = () => state().smtpListEntries.map((e) => `${e.type} ${e.address || e.hostName}/${e.mask}`);

beforeAll(async () => {
  simulated = await startSimulatedSystem("neglected-production");
});
afterAll(() => simulated.stop());

describe("SMTP remediations against the simulator", () => {
  it("removes the 0.0.0.0 *ACCEPT entry with the SMTP restart it needs (SMTP-03 resolved); no undo re-opens the relay", async () => {
    const system = await simulated.register();
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "SMTP-03", "0.0.0.0/0.0.0.0");
    const startedBefore = state().servers.smtp.startedAt;
    const { preview, run, ran, planned } = await remediate(simulated, system, { actionId: "smtp.remove-list-entry", findingId: finding.id });
    expect(preview.plan!.steps.map((s) => s.text)).toEqual(["RMVSMTPLE TYPE(*ACCEPT) INTNETADR('0.0.0.0') SUBNETMASK('0.0.0.0')", "ENDTCPSVR SERVER(*SMTP)", "STRTCPSVR SERVER(*SMTP)"]);
    expect(ran).toEqual(planned);
    expect(run).toMatchObject({ status: "succeeded", undoable: false });
    expect(entries()).toEqual(["*ACCEPT 10.1.1.0/255.255.255.0"]);
    expect(state().servers.smtp.running).toBe(true);
    expect(state().servers.smtp.startedAt).not.toBe(startedBefore);
    expect(await status(finding.id)).toBe("resolved");
    await simulated.scan(system.id);
    expect(await status(finding.id)).toBe("resolved");
  });

  it("adds a *REJECT entry (SMTP-04 resolved) and undo removes it", async () => {
    const system = await simulated.register();
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "SMTP-04", "smtp-no-reject");
    const { run, ran, planned } = await remediate(simulated, system, {
      actionId: "smtp.add-list-entry",
      findingId: finding.id,
      params: { type: "*REJECT", address: "192.0.2.66", mask: "255.255.255.255", restartSmtp: true },
    });
    expect(ran).toEqual(planned);
    expect(run.status).toBe("succeeded");
    expect(entries()).toContain("*REJECT 192.0.2.66/255.255.255.255");
    expect(await status(finding.id)).toBe("resolved");
    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "smtp.remove-list-entry" });
    expect(entries()).not.toContain("*REJECT 192.0.2.66/255.255.255.255");
    expect(await status(finding.id)).toBe("open");
  });

  it("adds and removes a *NEAR domain without a restart when asked not to", async () => {
    const system = await simulated.register();
    const { run, ran } = await remediate(simulated, system, { actionId: "smtp.add-list-entry", params: { type: "*NEAR", domain: "example.com", restartSmtp: false } });
    expect(ran).toHaveLength(1);
    expect(run.status).toBe("succeeded");
    expect(entries()).toContain("*NEAR example.com/");
    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.run.status).toBe("succeeded");
    expect(entries()).not.toContain("*NEAR example.com/");
  });

  it("ends SMTP (SMTP-01 smtp-server resolved) and undo starts it", async () => {
    const system = await simulated.register();
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "SMTP-01", "smtp-server");
    const { run, ran, planned } = await remediate(simulated, system, { actionId: "smtp.end-server", findingId: finding.id });
    expect(ran).toEqual(planned);
    expect(run.status).toBe("succeeded");
    expect(state().servers.smtp.running).toBe(false);
    expect(await status(finding.id)).toBe("resolved");
    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "smtp.start-server" });
    expect(state().servers.smtp.running).toBe(true);
  });

  it("turns SMTP autostart off (SMTP-01 smtp-autostart resolved) and undo turns it on", async () => {
    const system = await simulated.register();
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "SMTP-01", "smtp-autostart");
    const { run } = await remediate(simulated, system, { actionId: "smtp.autostart-off", findingId: finding.id });
    expect(run.status).toBe("succeeded");
    expect(state().servers.smtp.autostart).toBe(false);
    expect(await status(finding.id)).toBe("resolved");
    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "smtp.autostart-on" });
    expect(state().servers.smtp.autostart).toBe(true);
  });
});
