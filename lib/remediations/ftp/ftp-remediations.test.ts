import { describe, expect, it } from "vitest";
import { connection, failedRead, job, listeners, notAuthorized, ok } from "@/lib/checks/test-support/observation-builders";
import { commandTexts, known, planContext, state } from "../test-support/plan-fixtures";
import { ftpAlwsslOnly } from "./alwssl-only";
import { ftpAutostartOff } from "./autostart-off";
import { ftpEndServer } from "./end-server";
import { ftpStartServer } from "./start-server";

const ftpRunning = {
  ftpJobs: ok([job("412001/QTCP/QTFTP01234"), job("412002/QTCP/QTFTP01235")], ["ftp-jobs"]),
  listeners: listeners(21),
  connections: ok(
    [
      connection("203.0.113.7", 21, { remotePort: 50211, user: "ALICE", jobName: "412003/QTCP/QTFTP01236" }),
      connection("10.20.30.41", 21, { remotePort: 50999, user: "BATCHFTP", jobName: "412004/QTCP/QTFTP01237" }),
      connection("10.20.30.42", 23, { remotePort: 40000, user: "BOB" }),
    ],
    ["net-connections"],
  ),
};
const autostart = (value: boolean) => ok([{ server: "FTP", autostart: value, row: { SERVER: "*FTP", AUTOSTART: value ? "*YES" : "*NO" } }], ["tcp-autostart"]);

describe("ftp.end-server", () => {
  it("ends FTP with the exact CL, names every FTP session it ends and is undone by starting FTP", () => {
    const plan = ftpEndServer.plan(state({ ...ftpRunning, serverAutostart: autostart(true) }), {}, planContext());
    expect(commandTexts(plan)).toEqual(["ENDTCPSVR SERVER(*FTP)"]);
    expect(plan.disruptive).toBe(true);
    expect(plan.impact).toEqual([
      "Ends 2 active FTP sessions: 203.0.113.7:50211 to port 21 (QTFTP01236 / ALICE), 10.20.30.41:50999 to port 21 (QTFTP01237 / BATCHFTP).",
    ]);
    expect(plan.changes).toEqual([{ subject: "FTP server", before: expect.stringMatching(/^running \(2 FTP server/), after: "ended" }]);
    expect(plan.warnings[0]).toContain("AUTOSTART *YES");
    expect(plan.undo).toEqual({ available: true, actionId: "ftp.start-server", params: {}, description: "Start the FTP server again.", commands: ["STRTCPSVR SERVER(*FTP)"] });
    expect(plan.blockers).toEqual([]);
  });

  it("has nothing to do when FTP is stopped, and refuses to guess when nothing could be read", () => {
    expect(ftpEndServer.plan(state(), {}, planContext()).blockers[0]).toMatch(/not running/);
    const unreadable = state({ ftpJobs: failedRead(notAuthorized("QSYS2.ACTIVE_JOB_INFO")), listeners: failedRead(notAuthorized("QSYS2.NETSTAT_INFO")) });
    const plan = ftpEndServer.plan(unreadable, {}, planContext());
    expect(plan.steps).toEqual([]);
    expect(plan.blockers[0]).toMatch(/could not be determined/);
  });

  it("verifies by reading FTP stopped", () => {
    const plan = ftpEndServer.plan(state(ftpRunning), {}, planContext());
    expect(ftpEndServer.verifyState(state(), {}, planContext(), plan)).toEqual([expect.objectContaining({ ok: true })]);
    expect(ftpEndServer.verifyState(state(ftpRunning), {}, planContext(), plan)).toEqual([expect.objectContaining({ ok: false })]);
  });

  it("takes no parameters at all", () => {
    expect(ftpEndServer.params.safeParse({ server: "*ALL" }).success).toBe(false);
  });
});

describe("ftp.start-server", () => {
  it("starts FTP, warns when FTP is not approved, and is undone by ending it", () => {
    const plan = ftpStartServer.plan(state(), {}, planContext());
    expect(commandTexts(plan)).toEqual(["STRTCPSVR SERVER(*FTP)"]);
    expect(plan.disruptive).toBe(false);
    expect(plan.warnings).toEqual(["FTP is not approved in this system's policy, so the next scan reports it running."]);
    expect(plan.undo).toMatchObject({ available: true, actionId: "ftp.end-server" });
    expect(ftpStartServer.plan(state(), {}, planContext({ policy: { approvedServers: ["ftp"] } })).warnings).toEqual([]);
    expect(ftpStartServer.plan(state(ftpRunning), {}, planContext()).blockers[0]).toMatch(/already running/);
  });
});

describe("ftp.autostart-off", () => {
  it("CHGFTPA AUTOSTART(*NO) with the prior *YES captured for undo", () => {
    const plan = ftpAutostartOff.plan(state({ serverAutostart: autostart(true) }), {}, planContext());
    expect(commandTexts(plan)).toEqual(["CHGFTPA AUTOSTART(*NO)"]);
    expect(plan.changes).toEqual([{ subject: "FTP AUTOSTART", before: "*YES", after: "*NO" }]);
    expect(plan.prior.captured).toEqual({ autostart: "*YES" });
    expect(plan.undo).toMatchObject({ available: true, actionId: "ftp.autostart-on" });
  });

  it("runs without a readable prior value but offers no undo; does nothing when already *NO", () => {
    const plan = ftpAutostartOff.plan(state({ serverAutostart: ok([], ["tcp-autostart"]) }), {}, planContext());
    expect(commandTexts(plan)).toEqual(["CHGFTPA AUTOSTART(*NO)"]);
    expect(plan.undo).toEqual({ available: false, reason: "The prior AUTOSTART value of FTP is unknown." });
    expect(plan.prior.unknown).toEqual(["FTP AUTOSTART"]);
    expect(ftpAutostartOff.plan(state({ serverAutostart: autostart(false) }), {}, planContext()).blockers[0]).toMatch(/already \*NO/);
  });
});

describe("ftp.alwssl-only", () => {
  it("says the prior ALWSSL is unknown and offers no undo when nothing vouches for it", () => {
    const plan = ftpAlwsslOnly.plan(state(ftpRunning), {}, planContext());
    expect(commandTexts(plan)).toEqual(["CHGFTPA ALWSSL(*ONLY)"]);
    expect(plan.changes[0]).toEqual({ subject: "FTP ALWSSL", before: "unknown (IBM offers no way to read CHGFTPA ALWSSL)", after: "*ONLY" });
    expect(plan.undo.available).toBe(false);
    expect(plan.undo).toMatchObject({ reason: expect.stringContaining("attested.ftpAllowSsl") });
    expect(plan.warnings[0]).toMatch(/Digital Certificate Manager/);
  });

  it("offers undo to the attested value, and records *ONLY as applied for the checks", () => {
    const plan = ftpAlwsslOnly.plan(state(ftpRunning), {}, planContext({ known: { smtpAllowRelay: null, ftpAllowSsl: known("*YES") } }));
    expect(plan.changes[0]!.before).toBe("*YES (attested by A. Officer on 2026-03-02)");
    expect(plan.undo).toEqual({ available: true, actionId: "ftp.alwssl-restore", params: { allowSsl: "*YES" }, description: "Set FTP ALWSSL back to *YES.", commands: ["CHGFTPA ALWSSL(*YES)"] });
    expect(ftpAlwsslOnly.applied?.({})).toEqual({ ftpAllowSsl: "*ONLY" });
  });
});
