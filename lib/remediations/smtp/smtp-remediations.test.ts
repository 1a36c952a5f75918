import { describe, expect, it } from "vitest";
import { connection, job, listeners, ok } from "@/lib/checks/test-support/observation-builders";
import { parseSmtpListEntry } from "@/lib/checks/smtp-list-entry";
import { commandTexts, known, planContext, state } from "../test-support/plan-fixtures";
import { smtpAddListEntry } from "./add-list-entry";
import { smtpAlwrly } from "./alwrly";
import { smtpRemoveListEntry } from "./remove-list-entry";

const smtpRunning = {
  smtpJobs: ok([job("412010/QTCP/QTSMTPSRVR")], ["smtp-jobs"]),
  listeners: listeners(25),
  connections: ok([connection("198.51.100.20", 25, { remotePort: 41000, jobName: "412011/QTCP/QTSMTPSRVR", user: "QTCP" })], ["net-connections"]),
};
const acceptList = (...entries: Array<[string, string]>) =>
  ok(entries.map(([address, mask]) => parseSmtpListEntry({ INTNETADR: address, SUBNETMASK: mask })!), ["smtp-accept-alias", "smtp-accept-entries", "smtp-accept-alias-drop"]);

describe("smtp.alwrly", () => {
  it("sets *LIST with the exact CL and says the prior value is unknown, so no undo", () => {
    const plan = smtpAlwrly.plan(state({ ...smtpRunning, smtpAcceptList: acceptList(["127.0.0.1", "255.255.255.255"]) }), { allowRelay: "*LIST" }, planContext());
    expect(commandTexts(plan)).toEqual(["CHGSMTPA ALWRLY(*LIST)"]);
    expect(plan.changes[0]!.before).toBe("unknown: IBM offers no way to read CHGSMTPA ALWRLY");
    expect(plan.prior.unknown).toEqual(["SMTP ALWRLY (not readable)"]);
    expect(plan.undo).toMatchObject({ available: false, reason: expect.stringContaining("attested.smtpAllowRelay") });
    expect(plan.warnings).toEqual([]);
    expect(smtpAlwrly.applied?.({ allowRelay: "*LIST" })).toEqual({ smtpAllowRelay: "*LIST" });
  });

  it("offers undo to the known prior value, even *ALL, and only an undo may set *ALL", () => {
    const context = planContext({ known: { smtpAllowRelay: known("*ALL"), ftpAllowSsl: null } });
    const plan = smtpAlwrly.plan(state(smtpRunning), { allowRelay: "*LIST" }, context);
    expect(plan.undo).toEqual({
      available: true,
      actionId: "smtp.alwrly",
      params: { allowRelay: "*ALL" },
      description: "Set ALWRLY back to *ALL (attested by A. Officer on 2026-03-02).",
      commands: ["CHGSMTPA ALWRLY(*ALL)"],
    });
    expect(smtpAlwrly.plan(state(smtpRunning), { allowRelay: "*ALL" }, context).blockers[0]).toMatch(/open relay/);
    const undo = smtpAlwrly.plan(state(smtpRunning), { allowRelay: "*ALL" }, { ...context, purpose: "undo" });
    expect(commandTexts(undo)).toEqual(["CHGSMTPA ALWRLY(*ALL)"]);
  });

  it("guides: *NONE blocks the system's own mail; *LIST with an empty or loopback-less accept list", () => {
    expect(smtpAlwrly.plan(state(smtpRunning), { allowRelay: "*NONE" }, planContext()).warnings[0]).toMatch(/blocks mail this system itself sends/);
    expect(smtpAlwrly.plan(state({ ...smtpRunning, smtpAcceptList: acceptList() }), { allowRelay: "*LIST" }, planContext()).warnings[0]).toMatch(/list is empty/);
    expect(smtpAlwrly.plan(state({ ...smtpRunning, smtpAcceptList: acceptList(["10.1.1.20", "255.255.255.255"]) }), { allowRelay: "*LIST" }, planContext()).warnings[0]).toMatch(/127\.0\.0\.1/);
  });

  it.each([{ allowRelay: "*POPWDW" }, { allowRelay: "*LIST) AUTOSTART(*YES" }, { allowRelay: "*LIST", autostart: "*YES" }, {}])("rejects %j", (params) => {
    expect(smtpAlwrly.params.safeParse(params).success).toBe(false);
  });
});

describe("SMTP list entries", () => {
  const entry = { type: "*ACCEPT", address: "10.1.1.20", mask: "255.255.255.255", restartSmtp: true } as const;

  it("adds an *ACCEPT entry and restarts a running SMTP so it takes effect; undo removes it", () => {
    const plan = smtpAddListEntry.plan(state({ ...smtpRunning, smtpAcceptList: acceptList(["127.0.0.1", "255.255.255.255"]) }), entry, planContext());
    expect(commandTexts(plan)).toEqual([
      "ADDSMTPLE TYPE(*ACCEPT) INTNETADR('10.1.1.20') SUBNETMASK('255.255.255.255')",
      "ENDTCPSVR SERVER(*SMTP)",
      "STRTCPSVR SERVER(*SMTP)",
    ]);
    expect(plan.disruptive).toBe(true);
    expect(plan.changes).toEqual([{ subject: "SMTP *ACCEPT list", before: "1 entry", after: "2 entries, including *ACCEPT 10.1.1.20 mask 255.255.255.255" }]);
    expect(plan.impact[1]).toBe("SMTP is restarted now so the change takes effect. Ends 1 active SMTP session: 198.51.100.20:41000 to port 25 (QTSMTPSRVR / QTCP).");
    expect(plan.undo).toEqual({
      available: true,
      actionId: "smtp.remove-list-entry",
      params: entry,
      description: "Remove *ACCEPT 10.1.1.20 mask 255.255.255.255 again.",
      commands: ["RMVSMTPLE TYPE(*ACCEPT) INTNETADR('10.1.1.20') SUBNETMASK('255.255.255.255')", "ENDTCPSVR SERVER(*SMTP)", "STRTCPSVR SERVER(*SMTP)"],
    });
  });

  it("does not restart a stopped SMTP, nor when the officer opts out (and says so)", () => {
    const stopped = smtpAddListEntry.plan(state({ smtpAcceptList: acceptList() }), entry, planContext());
    expect(commandTexts(stopped)).toHaveLength(1);
    expect(stopped.impact[1]).toBe("SMTP is not running; the change takes effect when it next starts.");
    const noRestart = smtpAddListEntry.plan(state({ ...smtpRunning, smtpAcceptList: acceptList() }), { ...entry, restartSmtp: false }, planContext());
    expect(commandTexts(noRestart)).toHaveLength(1);
    expect(noRestart.disruptive).toBe(false);
    expect(noRestart.impact[1]).toMatch(/only when SMTP next starts/);
  });

  it("refuses a duplicate, and warns before adding a public range", () => {
    expect(smtpAddListEntry.plan(state({ smtpAcceptList: acceptList(["10.1.1.20", "255.255.255.255"]) }), entry, planContext()).blockers[0]).toMatch(/already in the list/);
    const wide = smtpAddListEntry.plan(state({ smtpAcceptList: acceptList() }), { ...entry, address: "198.51.100.0", mask: "255.255.255.0" }, planContext());
    expect(wide.warnings[0]).toMatch(/public range/);
  });

  it("removes the open 0.0.0.0 accept entry an SMTP-03 finding names, with no undo (re-adding it is refused)", () => {
    const current = state({ ...smtpRunning, smtpAcceptList: acceptList(["0.0.0.0", "0.0.0.0"]) });
    const defaults = smtpRemoveListEntry.defaults({ checkId: "SMTP-03", key: "0.0.0.0/0.0.0.0" }, current, planContext());
    expect(defaults).toEqual({ type: "*ACCEPT", address: "0.0.0.0", mask: "0.0.0.0", restartSmtp: true });
    const plan = smtpRemoveListEntry.plan(current, smtpRemoveListEntry.params.parse(defaults), planContext());
    expect(commandTexts(plan)[0]).toBe("RMVSMTPLE TYPE(*ACCEPT) INTNETADR('0.0.0.0') SUBNETMASK('0.0.0.0')");
    expect(plan.undo).toMatchObject({ available: false, reason: expect.stringContaining("every address relay") });
    expect(smtpRemoveListEntry.plan(state({ smtpAcceptList: acceptList() }), entry, planContext()).blockers[0]).toMatch(/not in the list/);
  });

  it("handles *REJECT and *NEAR entries from their own members", () => {
    const reject = smtpAddListEntry.plan(state({}, { smtpRejectList: { ok: true, value: [] } }), { type: "*REJECT", address: "192.0.2.66", mask: "255.255.255.255", restartSmtp: true }, planContext());
    expect(commandTexts(reject)).toEqual(["ADDSMTPLE TYPE(*REJECT) INTNETADR('192.0.2.66') SUBNETMASK('255.255.255.255')"]);
    const near = smtpRemoveListEntry.plan(state({}, { smtpNearList: { ok: true, value: ["example.com"] } }), { type: "*NEAR", domain: "example.com", restartSmtp: false }, planContext());
    expect(commandTexts(near)).toEqual(["RMVSMTPLE TYPE(*NEAR) HOSTNAME('example.com')"]);
    expect(near.undo).toMatchObject({ available: true, actionId: "smtp.add-list-entry", params: { type: "*NEAR", domain: "example.com" } });
  });

  it.each([
    { type: "*ACCEPT", address: "10.1.1.20') TYPE(*ACCEPT", mask: "255.255.255.255" },
    { type: "*ACCEPT", address: "10.1.1.20", mask: "255.0.255.0" },
    { type: "*ACCEPT", address: "2001:db8::1", mask: "255.255.255.255" },
    { type: "*DOMAIN", address: "10.1.1.20", mask: "255.255.255.255" },
    { type: "*NEAR", domain: "example.com') TYPE(*ACCEPT" },
    { type: "*NEAR", domain: "example.com", address: "10.1.1.1" },
  ])("rejects hostile parameters before any plan: %j", (params) => {
    expect(smtpAddListEntry.params.safeParse(params).success).toBe(false);
  });
});
