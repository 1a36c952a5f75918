import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { findingOf, remediate, startSimulatedSystem, type SimulatedSystem } from "../test-support/simulated-system";

let simulated: SimulatedSystem;
const ftp = () => simulated.sim.system(simulated.listing.name).state.servers.ftp;
const status = async (id: string) => (await prisma.finding.findUniqueOrThrow({ where: { id } })).status;

beforeAll(async () => {
  simulated = await startSimulatedSystem("neglected-production");
});
afterAll(() => simulated.stop());

describe("FTP remediations against the simulator", () => {
  it("ends FTP (FTP-01 resolved and kept resolved), then undo starts it again and the finding reopens", async () => {
    const system = await simulated.register();
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "FTP-01", "ftp-server");
    const { run, ran, planned } = await remediate(simulated, system, { actionId: "ftp.end-server", findingId: finding.id });
    expect(ran).toEqual(planned);
    expect(run).toMatchObject({ status: "succeeded", verification: { verified: true, finding: { stillReported: false } } });
    expect(ftp().running).toBe(false);
    expect(await status(finding.id)).toBe("resolved");
    await simulated.scan(system.id);
    expect(await status(finding.id)).toBe("resolved");

    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.ran).toEqual(undo.planned);
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "ftp.start-server" });
    expect(ftp().running).toBe(true);
    expect(await status(finding.id)).toBe("open");
  });

  it("turns autostart off (FTP-02) and undo turns it back on", async () => {
    const system = await simulated.register();
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "FTP-02", "ftp-autostart");
    const { run, ran, planned } = await remediate(simulated, system, { actionId: "ftp.autostart-off", findingId: finding.id });
    expect(ran).toEqual(planned);
    expect(planned).toHaveLength(1);
    expect(run.status).toBe("succeeded");
    expect(ftp().autostart).toBe(false);
    expect(await status(finding.id)).toBe("resolved");
    await simulated.scan(system.id);
    expect(await status(finding.id)).toBe("resolved");
    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "ftp.autostart-on" });
    expect(ftp().autostart).toBe(true);
  });

  it("requires TLS for FTP: unknown prior value means no undo, and FTP-05 is judged by the value applied", async () => {
    const system = await simulated.register();
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "FTP-05", "ftp-cleartext");
    const { run, ran, planned } = await remediate(simulated, system, { actionId: "ftp.alwssl-only", findingId: finding.id });
    expect(ran).toEqual(planned);
    expect(run).toMatchObject({ status: "succeeded", undoable: false });
    expect(ftp().allowSsl).toBe("*ONLY");
    expect(await status(finding.id)).toBe("resolved");
    await simulated.scan(system.id);
    expect(await status(finding.id)).toBe("resolved");
  });

  it("with an attested prior ALWSSL, requiring TLS can be undone back to it", async () => {
    const system = await simulated.register({ policy: { attested: { ftpAllowSsl: { value: "*NO", by: "A. Officer", at: "2026-03-01T00:00:00Z" } } } });
    const { run } = await remediate(simulated, system, { actionId: "ftp.alwssl-only" });
    expect(run).toMatchObject({ status: "succeeded", undoable: true });
    const undo = await remediate(simulated, system, { undoOfId: run.id });
    expect(undo.ran).toEqual(undo.planned);
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "ftp.alwssl-restore", params: { allowSsl: "*NO" } });
    expect(ftp().allowSsl).toBe("*NO");
  });

  it("schedules the FTP window; the scheduler really ends FTP at its close; removing and undoing the removal round-trips", async () => {
    const system = await simulated.register();
    const { run, ran, planned } = await remediate(simulated, system, { actionId: "ftp.schedule-window" });
    expect(ran).toEqual(planned);
    expect(run.status).toBe("succeeded");
    const entries = () => simulated.sim.system(simulated.listing.name).state.jobSchedule.filter((e) => e.name.startsWith("PCFTP"));
    expect(entries().map((e) => [e.name, e.command, e.scheduledTime, e.scheduledDays.join(" ")])).toEqual([
      ["PCFTPOFF", "ENDTCPSVR SERVER(*FTP)", "19:00:00", "*MON *TUE *WED *THU *FRI"],
      ["PCFTPON", "STRTCPSVR SERVER(*FTP)", "07:00:00", "*MON *TUE *WED *THU *FRI"],
    ]);
    expect(ftp().running).toBe(true);
    simulated.sim.advanceClock(8 * 3_600_000);
    expect(ftp().running).toBe(false);

    const removal = await remediate(simulated, system, { actionId: "ftp.schedule-window-remove" });
    expect(removal.run.status).toBe("succeeded");
    expect(entries()).toEqual([]);
    const undo = await remediate(simulated, system, { undoOfId: removal.run.id });
    expect(undo.run).toMatchObject({ status: "succeeded", actionId: "ftp.schedule-window" });
    expect(entries().map((e) => e.scheduledTime)).toEqual(["19:00:00", "07:00:00"]);
    const undoCreation = await remediate(simulated, system, { undoOfId: undo.run.id });
    expect(undoCreation.run).toMatchObject({ status: "succeeded", actionId: "ftp.schedule-window-remove" });
    expect(entries()).toEqual([]);
  });
});
