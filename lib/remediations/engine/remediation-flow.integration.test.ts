import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { prisma } from "@/lib/db/client";
import { clExecLine } from "@/lib/ibmi/shell";
import { findingOf, OFFICER, startSimulatedSystem, type SimulatedSystem } from "../test-support/simulated-system";
import { previewRemediation } from "./preview";
import { runRemediation } from "./run";

let simulated: SimulatedSystem;
const smtpState = () => simulated.sim.system(simulated.listing.name).state.servers.smtp;
const attestedOpenRelay = { attested: { smtpAllowRelay: { value: "*ALL", by: "A. Officer", at: "2026-03-01T00:00:00Z" } } };

beforeAll(async () => {
  simulated = await startSimulatedSystem("neglected-production");
});
afterAll(() => simulated.stop());

describe("remediating an open relay end to end", () => {
  it("previews, runs exactly the CL shown, verifies, resolves the finding, keeps it resolved on the next scan, and undoes", async () => {
    const system = await simulated.register({ policy: attestedOpenRelay });
    await simulated.scan(system.id);
    const finding = await findingOf(system.id, "SMTP-02", "smtp-open-relay");
    expect(finding.status).toBe("open");

    simulated.execLines.length = 0;
    const preview = await previewRemediation(simulated.deps, { systemId: system.id, actionId: "smtp.alwrly", findingId: finding.id }, OFFICER);
    expect(simulated.execLines).toHaveLength(1);
    expect(preview.params).toEqual({ allowRelay: "*LIST" });
    expect(preview.plan!.steps).toEqual([{ kind: "cl", text: "CHGSMTPA ALWRLY(*LIST)", why: "only clients listed in the *ACCEPT entries may relay" }]);
    expect(preview.plan!.changes[0]!.before).toBe("*ALL (attested by A. Officer on 2026-03-01)");
    expect(preview.plan!.undo).toMatchObject({ available: true, actionId: "smtp.alwrly", params: { allowRelay: "*ALL" } });
    expect(preview.runnable).toBe(true);
    expect(smtpState().allowRelay).toBe("*ALL");

    simulated.execLines.length = 0;
    const run = await runRemediation(
      simulated.deps,
      { systemId: system.id, actionId: "smtp.alwrly", findingId: finding.id, params: preview.params, stateHash: preview.stateHash!, reason: "Close the open relay", ticket: "SEC-101", idempotencyKey: randomUUID() },
      OFFICER,
      "127.0.0.1",
    );
    expect(run.status).toBe("succeeded");
    expect(simulated.execLines).toContain(clExecLine({ text: "CHGSMTPA ALWRLY(*LIST)" } as never));
    expect(run.results).toEqual([expect.objectContaining({ text: "CHGSMTPA ALWRLY(*LIST)", ok: true, exitCode: 0, messages: [{ id: "TCP1C0A", text: "SMTP attributes changed." }] })]);
    expect(smtpState().allowRelay).toBe("*LIST");
    expect(run.verification).toMatchObject({ verified: true, finding: { stillReported: false } });
    expect(run.priorState!.captured).toEqual({ allowRelay: "*ALL", determinedBy: "attested by A. Officer on 2026-03-01" });
    expect((await prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe("resolved");
    const events = await prisma.findingEvent.findMany({ where: { findingId: finding.id }, orderBy: { at: "asc" } });
    expect(events.map((e) => e.type)).toEqual(["opened", "remediated"]);
    const audit = await prisma.auditEvent.findMany({ where: { targetId: run.id }, orderBy: { at: "asc" } });
    expect(audit.map((a) => [a.action, a.outcome])).toEqual([["remediation.run.start", "success"], ["remediation.run", "success"]]);

    await simulated.scan(system.id);
    expect((await prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe("resolved");

    const undoPreview = await previewRemediation(simulated.deps, { systemId: system.id, undoOfId: run.id }, OFFICER);
    expect(undoPreview.purpose).toBe("undo");
    expect(undoPreview.plan!.steps.map((s) => s.text)).toEqual(["CHGSMTPA ALWRLY(*ALL)"]);
    const undo = await runRemediation(
      simulated.deps,
      { systemId: system.id, undoOfId: run.id, stateHash: undoPreview.stateHash!, reason: "Mail from the old scanner broke", idempotencyKey: randomUUID() },
      OFFICER,
      null,
    );
    expect(undo).toMatchObject({ status: "succeeded", undoOfId: run.id, actionId: "smtp.alwrly", params: { allowRelay: "*ALL" } });
    expect(smtpState().allowRelay).toBe("*ALL");
    expect((await prisma.remediation.findUniqueOrThrow({ where: { id: run.id } })).undoneById).toBe(undo.id);
    expect((await prisma.finding.findUniqueOrThrow({ where: { id: finding.id } })).status).toBe("open");
  });
});
