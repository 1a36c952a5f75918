import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { findingOf, OFFICER, SECOND_OFFICER, startSimulatedSystem, type SimulatedSystem } from "../test-support/simulated-system";
import { previewRemediation } from "./preview";
import { approveRemediation, rejectRemediation, runRemediation, STALE_PLAN } from "./run";
import { findRemediationView } from "./views";

let simulated: SimulatedSystem;
const runtime = () => simulated.sim.system(simulated.listing.name);
const cl = () => simulated.execLines.filter((line) => !line.includes("QZDFMDB2"));

/** The service profile as its security officer left it: USER_INFO and every command agree. */
function withoutAuthority(authority: string) {
  const profile = runtime().state.users.find((user) => user.name === "PORTCULLIS")!;
  profile.specialAuthorities = profile.specialAuthorities.filter((held) => held !== authority);
  runtime().changed();
}

beforeAll(async () => {
  simulated = await startSimulatedSystem("neglected-production");
});
afterAll(() => simulated.stop());

async function previewAndRun(systemId: string, actionId: string, overrides: { params?: unknown; confirmName?: string; idempotencyKey?: string; actor?: typeof OFFICER } = {}) {
  const preview = await previewRemediation(simulated.deps, { systemId, actionId, params: overrides.params }, overrides.actor ?? OFFICER);
  const input = {
    systemId,
    actionId,
    params: preview.params,
    stateHash: preview.stateHash!,
    reason: "Hardening sprint",
    idempotencyKey: overrides.idempotencyKey ?? randomUUID(),
    confirmName: overrides.confirmName,
  };
  return { preview, input };
}

describe("safety of the run", () => {
  it("refuses a stale preview: the system changed since the officer looked, and nothing runs", async () => {
    const system = await simulated.register();
    const { preview, input } = await previewAndRun(system.id, "ftp.end-server", { confirmName: system.name });
    expect(preview.plan!.impact[0]).toMatch(/^Ends \d+ active FTP sessions?: 192\.0\.2\.77/);
    expect(preview.plan!.impact[0]).not.toContain("198.51.100.99");
    simulated.sim.addConnection(simulated.listing.name, { localPort: 21, remoteAddress: "198.51.100.99", user: "JSMITH" });
    simulated.execLines.length = 0;
    const run = await runRemediation(simulated.deps, input, OFFICER, null);
    expect(run).toMatchObject({ status: "refused", error: STALE_PLAN });
    expect(cl()).toEqual([]);
    expect(runtime().state.servers.ftp.running).toBe(true);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { targetId: run.id } });
    expect(audit).toMatchObject({ action: "remediation.run", outcome: "denied" });
  });

  it("runs a double submit once: the second returns the first one's result", async () => {
    const system = await simulated.register();
    const { input } = await previewAndRun(system.id, "ftp.autostart-off");
    simulated.execLines.length = 0;
    const [first, second] = await Promise.all([runRemediation(simulated.deps, input, OFFICER, null), runRemediation(simulated.deps, input, OFFICER, null)]);
    expect(first.id).toBe(second.id);
    expect(first.status).toBe("succeeded");
    expect(cl().filter((line) => line.includes("CHGFTPA"))).toHaveLength(1);
    expect(await prisma.remediation.count({ where: { idempotencyKey: input.idempotencyKey } })).toBe(1);
    const retry = await runRemediation(simulated.deps, input, OFFICER, null);
    expect(retry.id).toBe(first.id);
  });

  it("refuses before any command when the profile lacks *IOSYSCFG, naming it and the grant; nothing is marked fixed", async () => {
    const system = await simulated.register({ policy: { attested: { smtpAllowRelay: { value: "*ALL", by: "A. Officer", at: "2026-03-01T00:00:00Z" } } } });
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "SMTP-02", "smtp-open-relay");
    withoutAuthority("*IOSYSCFG");
    const preview = await previewRemediation(simulated.deps, { systemId: system.id, actionId: "smtp.alwrly", findingId: finding.id }, OFFICER);
    expect(preview.runnable).toBe(false);
    expect(preview.authority[0]).toMatchObject({ status: "missing", grantCl: "CHGUSRPRF USRPRF(PORTCULLIS) SPCAUT(*ALLOBJ *SECADM *JOBCTL *SPLCTL *IOSYSCFG)" });
    simulated.execLines.length = 0;
    const run = await runRemediation(
      simulated.deps,
      { systemId: system.id, actionId: "smtp.alwrly", findingId: finding.id, params: preview.params, stateHash: preview.stateHash!, reason: "Close relay", idempotencyKey: randomUUID() },
      OFFICER,
      null,
    );
    expect(run.status).toBe("refused");
    expect(run.error).toContain("lacks *IOSYSCFG special authority");
    expect(run.error).toContain("CHGUSRPRF USRPRF(PORTCULLIS) SPCAUT(*ALLOBJ *SECADM *JOBCTL *SPLCTL *IOSYSCFG)");
    expect(cl()).toEqual([]);
    expect(runtime().state.servers.smtp.allowRelay).toBe("*ALL");
    expect((await prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe("open");
  });

  it("when IBM i itself refuses (TCP8050), the step fails with the typed error naming *IOSYSCFG and nothing is marked fixed", async () => {
    const system = await simulated.register({ policy: { attested: { smtpAllowRelay: { value: "*ALL", by: "A. Officer", at: "2026-03-01T00:00:00Z" } } } });
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "SMTP-02", "smtp-open-relay");
    // The fault takes the authority away from the commands only: the pre-check still reads it as held.
    simulated.sim.setFaults(simulated.listing.name, { missingSpecialAuthority: "*IOSYSCFG" });
    try {
      const preview = await previewRemediation(simulated.deps, { systemId: system.id, actionId: "smtp.alwrly", findingId: finding.id }, OFFICER);
      const run = await runRemediation(
        simulated.deps,
        { systemId: system.id, actionId: "smtp.alwrly", findingId: finding.id, params: preview.params, stateHash: preview.stateHash!, reason: "Close relay", idempotencyKey: randomUUID() },
        OFFICER,
        null,
      );
      expect(run.status).toBe("failed");
      expect(run.results[0]).toMatchObject({ ok: false, error: { type: "NotAuthorized", messageId: "TCP8050", grantCl: expect.stringContaining("*IOSYSCFG") } });
      expect(run.error).toContain("lacks *IOSYSCFG special authority");
      expect(run.verification).toBeNull();
      expect(runtime().state.servers.smtp.allowRelay).toBe("*ALL");
      const current = await prisma.finding.findUniqueOrThrow({ where: { id: finding.id }, include: { events: true } });
      expect(current.status).toBe("open");
      expect(current.events.map((event) => event.type)).toContain("remediation_attempted");
    } finally {
      simulated.sim.clearFaults(simulated.listing.name);
    }
  });

  it("without *ALLOBJ the *USE on ENDTCPSVR cannot be confirmed; IBM i refuses (CPD0032) and the step names the grant", async () => {
    const system = await simulated.register();
    withoutAuthority("*ALLOBJ");
    const { preview, input } = await previewAndRun(system.id, "ftp.end-server", { confirmName: system.name });
    expect(preview.authority[0]).toMatchObject({ status: "unconfirmed", grantCl: "GRTOBJAUT OBJ(QSYS/ENDTCPSVR) OBJTYPE(*CMD) USER(PORTCULLIS) AUT(*USE)" });
    const run = await runRemediation(simulated.deps, input, OFFICER, null);
    expect(run.status).toBe("failed");
    expect(run.results[0]).toMatchObject({ ok: false, error: { type: "NotAuthorized", messageId: "CPD0032", grantCl: "GRTOBJAUT OBJ(QSYS/ENDTCPSVR) OBJTYPE(*CMD) USER(PORTCULLIS) AUT(*USE)" } });
    expect(run.error).toContain("GRTOBJAUT OBJ(QSYS/ENDTCPSVR) OBJTYPE(*CMD) USER(PORTCULLIS) AUT(*USE)");
    expect(run.error).toContain("(IBM i message CPD0032)");
    expect(runtime().state.servers.ftp.running).toBe(true);
  });

  it("shows plans on a read-only system but never runs them", async () => {
    const system = await simulated.register({ readOnly: true });
    const { preview, input } = await previewAndRun(system.id, "ftp.autostart-off");
    expect(preview.plan!.steps[0]!.text).toBe("CHGFTPA AUTOSTART(*NO)");
    expect(preview.notRunnableBecause[0]).toMatch(/read-only/);
    await expect(runRemediation(simulated.deps, input, OFFICER, null)).rejects.toMatchObject({ code: "refused" });
    expect(runtime().state.servers.ftp.autostart).toBe(true);
  });

  it("needs the system name typed for a disruptive change", async () => {
    const system = await simulated.register();
    const { input } = await previewAndRun(system.id, "ftp.end-server", { confirmName: "wrong" });
    await expect(runRemediation(simulated.deps, input, OFFICER, null)).rejects.toMatchObject({ code: "invalid", fieldErrors: { confirmName: [expect.stringContaining(system.name)] } });
    expect(runtime().state.servers.ftp.running).toBe(true);
  });

  it("under the two-person rule a disruptive run waits for a second person, and runs on their approval", async () => {
    const system = await simulated.register({ twoPersonRule: true });
    const { preview, input } = await previewAndRun(system.id, "ftp.end-server", { confirmName: system.name });
    expect(preview.requiresApproval).toBe(true);
    const pending = await runRemediation(simulated.deps, input, OFFICER, null);
    expect(pending.status).toBe("pending_approval");
    expect(runtime().state.servers.ftp.running).toBe(true);
    await expect(approveRemediation(simulated.deps, pending.id, OFFICER, null)).rejects.toMatchObject({ code: "forbidden" });
    const approved = await approveRemediation(simulated.deps, pending.id, SECOND_OFFICER, null);
    expect(approved).toMatchObject({ status: "succeeded", approvedBy: { id: SECOND_OFFICER.id }, requestedBy: { id: OFFICER.id } });
    expect(runtime().state.servers.ftp.running).toBe(false);
    await expect(approveRemediation(simulated.deps, pending.id, SECOND_OFFICER, null)).rejects.toMatchObject({ code: "conflict" });
  });

  it("a rejected request never runs", async () => {
    const system = await simulated.register({ twoPersonRule: true });
    const { input } = await previewAndRun(system.id, "ftp.end-server", { confirmName: system.name });
    const pending = await runRemediation(simulated.deps, input, OFFICER, null);
    const rejected = await rejectRemediation(simulated.deps, pending.id, "Not during month-end", SECOND_OFFICER, null);
    expect(rejected).toMatchObject({ status: "rejected", error: "Rejected by second@portcullis.local: Not during month-end" });
    await expect(approveRemediation(simulated.deps, pending.id, SECOND_OFFICER, null)).rejects.toMatchObject({ code: "conflict" });
    expect(runtime().state.servers.ftp.running).toBe(true);
  });

  it("a run left 'running' by a process that died is closed as interrupted by the next run on that system", async () => {
    const system = await simulated.register();
    const { input } = await previewAndRun(system.id, "ftp.autostart-off");
    const orphaned = (extra: { undoOfId?: string } = {}) =>
      prisma.remediation.create({
        data: { systemId: system.id, actionId: "ftp.end-server", params: {}, status: "running", plan: {}, stateHash: "x", reason: "died", idempotencyKey: randomUUID(), requestedById: OFFICER.id, ...extra },
      });
    const orphan = await orphaned();
    const orphanUndo = await orphaned({ undoOfId: orphan.id });
    expect((await runRemediation(simulated.deps, input, OFFICER, null)).status).toBe("succeeded");
    expect(await prisma.remediation.findUniqueOrThrow({ where: { id: orphan.id } })).toMatchObject({ status: "failed", error: expect.stringContaining("interrupted") });
    // The audit log names what was interrupted: a run, or an undo.
    const audits = await prisma.auditEvent.findMany({ where: { targetId: { in: [orphan.id, orphanUndo.id] }, outcome: "failure" }, select: { targetId: true, action: true } });
    expect(audits).toEqual(expect.arrayContaining([{ targetId: orphan.id, action: "remediation.run" }, { targetId: orphanUndo.id, action: "remediation.undo" }]));
    expect(audits).toHaveLength(2);
  });

  it("rejects hostile parameters before reading the system", async () => {
    const system = await simulated.register();
    simulated.execLines.length = 0;
    await expect(
      previewRemediation(simulated.deps, { systemId: system.id, actionId: "net.end-connection", params: { connection: "192.0.2.77|40000|21') RMTPORT(*" } }, OFFICER),
    ).rejects.toMatchObject({ code: "invalid", fieldErrors: { connection: [expect.any(String)] } });
    expect(simulated.execLines).toEqual([]);
  });

  it("finds a recorded remediation by the id in a URL; a malformed or unknown id is null, never a database error", async () => {
    const system = await simulated.register();
    const { input } = await previewAndRun(system.id, "ftp.end-server", { confirmName: system.name });
    const run = await runRemediation(simulated.deps, input, OFFICER, null);
    expect(await findRemediationView(prisma, run.id)).toMatchObject({ id: run.id, actionId: "ftp.end-server" });
    expect(await findRemediationView(prisma, "-".repeat(36))).toBeNull();
    expect(await findRemediationView(prisma, "not-a-uuid")).toBeNull();
    expect(await findRemediationView(prisma, randomUUID())).toBeNull();
  });
});
