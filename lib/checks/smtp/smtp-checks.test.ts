import { describe, expect, it } from "vitest";
import { resolvePolicy } from "@/lib/checks/policy";
import { smtp01ServerNotNeeded } from "@/lib/checks/smtp/smtp-01-server-not-needed";
import { smtp02OpenRelay } from "@/lib/checks/smtp/smtp-02-open-relay";
import { smtp03AcceptListBreadth } from "@/lib/checks/smtp/smtp-03-accept-list-breadth";
import { smtp04RejectEntries } from "@/lib/checks/smtp/smtp-04-reject-entries";
import { smtp06IosyscfgHolders } from "@/lib/checks/smtp/smtp-06-iosyscfg-holders";
import { context, failedRead, job, listeners, notAuthorized, observations, ok, profileWith } from "@/lib/checks/test-support/observation-builders";
import { parseSmtpListEntry } from "@/lib/checks/smtp-list-entry";

const policy = resolvePolicy({});
const smtpRunning = observations({ smtpJobs: ok([job("123456/QTCP/QTSMTPSRVR")], ["smtp-jobs"]), listeners: listeners(25) });
const autostart = (value: boolean) => ok([{ server: "SMTP", autostart: value, row: { SERVER: "*SMTP", AUTOSTART: value ? "*YES" : "*NO" } }], ["tcp-autostart"]);

describe("SMTP-01 SMTP server not needed", () => {
  it("fails for a running, autostarting, unapproved server with one finding each", () => {
    const result = smtp01ServerNotNeeded.evaluate({ ...smtpRunning, serverAutostart: autostart(true) }, policy, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings.map((f) => f.key)).toEqual(["smtp-server", "smtp-autostart"]);
  });

  it("passes when approved, and when stopped with AUTOSTART *NO", () => {
    expect(smtp01ServerNotNeeded.evaluate(smtpRunning, resolvePolicy({ approvedServers: ["smtp"] }), context()).outcome).toBe("pass");
    expect(smtp01ServerNotNeeded.evaluate(observations({ serverAutostart: autostart(false) }), policy, context()).outcome).toBe("pass");
  });

  it("is partial when stopped but the autostart record is unreadable", () => {
    const result = smtp01ServerNotNeeded.evaluate(observations(), policy, context());
    expect(result.outcome).toBe("partial");
    expect(result.detail).toContain("no readable *SMTP record");
  });
});

describe("SMTP-02 open relay", () => {
  const attest = (value: "*ALL" | "*LIST") => resolvePolicy({ attested: { smtpAllowRelay: { value, by: "A. Officer", at: "2026-03-02T00:00:00Z" } } });

  it("fails critical for an attested *ALL on a running server, and says how it was determined", () => {
    const result = smtp02OpenRelay.evaluate(smtpRunning, attest("*ALL"), context());
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]).toMatchObject({ key: "smtp-open-relay", severity: "critical" });
    expect(result.findings[0]!.evidence.determinedBy).toBe("ALWRLY attested by A. Officer on 2026-03-02");
  });

  it("drops to high when the server is stopped", () => {
    expect(smtp02OpenRelay.evaluate(observations(), attest("*ALL"), context()).findings[0]!.severity).toBe("high");
  });

  it("passes for *LIST applied by Portcullis after an older *ALL attestation", () => {
    const result = smtp02OpenRelay.evaluate(smtpRunning, attest("*ALL"), context({ applied: { smtpAllowRelay: { value: "*LIST", at: new Date("2026-03-05T00:00:00Z") } } }));
    expect(result.outcome).toBe("pass");
    expect(result.detail).toContain("ALWRLY *LIST, applied by Portcullis");
  });

  it("is not assessed for a running server with nothing known, saying exactly how to fix that", () => {
    const result = smtp02OpenRelay.evaluate(smtpRunning, policy, context());
    expect(result.outcome).toBe("not_assessed");
    expect(result.detail).toContain("IBM gives no SQL service or retrieve command for CHGSMTPA ALWRLY");
    expect(result.detail).toContain("attested.smtpAllowRelay");
  });
});

describe("SMTP-03 accept list breadth", () => {
  const list = (...entries: Array<[string, string]>) =>
    ok(
      entries.map(([address, mask]) => parseSmtpListEntry({ INTNETADR: address, SUBNETMASK: mask })!),
      ["smtp-accept-alias", "smtp-accept-entries", "smtp-accept-alias-drop"],
    );

  it("flags 0.0.0.0, public ranges and wide private ranges, and keeps host entries", () => {
    const result = smtp03AcceptListBreadth.evaluate(
      observations({
        smtpAcceptList: list(
          ["127.0.0.1", "255.255.255.255"],
          ["203.0.113.25", "255.255.255.255"],
          ["0.0.0.0", "0.0.0.0"],
          ["198.51.100.0", "255.255.255.0"],
          ["10.0.0.0", "255.0.0.0"],
          ["192.168.10.0", "255.255.255.0"],
        ),
      }),
      policy,
      context(),
    );
    expect(result.outcome).toBe("fail");
    expect(result.findings.map((f) => [f.key, f.severity])).toEqual([
      ["0.0.0.0/0.0.0.0", "high"],
      ["198.51.100.0/255.255.255.0", "high"],
      ["10.0.0.0/255.0.0.0", "medium"],
    ]);
    expect(result.findings[0]!.evidence.confidence).toBe("medium");
    expect(result.detail).toBe("3 of 6 *ACCEPT entries are too broad.");
  });

  it("passes an empty list and repeats the note about a missing member", () => {
    const empty = { ...list(), notes: ["QUSRSYS/QATMADRLST has no member ACCEPTRLY, so no *ACCEPT relay entry was ever added."] };
    const result = smtp03AcceptListBreadth.evaluate(observations({ smtpAcceptList: empty }), policy, context());
    expect(result.outcome).toBe("pass");
    expect(result.detail).toContain("no member ACCEPTRLY");
  });

  it("is not assessed when the alias cannot be created", () => {
    const denied = failedRead(notAuthorized("QUSRSYS.QATMADRLST", "GRTOBJAUT OBJ(QSYS/CRTDDMF) OBJTYPE(*CMD) USER(PORTCUL) AUT(*USE)"));
    const result = smtp03AcceptListBreadth.evaluate(observations({ smtpAcceptList: denied }), policy, context());
    expect(result.outcome).toBe("not_assessed");
    expect(result.detail).toContain("QSYS/CRTDDMF");
  });
});

describe("SMTP-04 reject entries", () => {
  const members = (...items: Array<[string, number]>) => ok(items.map(([member, entries]) => ({ member, entries })), ["smtp-list-members"]);

  it("fails low when SMTP runs and no REJECT member has entries", () => {
    const result = smtp04RejectEntries.evaluate({ ...smtpRunning, smtpListMembers: members(["ACCEPTRLY", 2], ["REJECTCNN", 0]) }, policy, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]).toMatchObject({ key: "smtp-no-reject", severity: "low" });
  });

  it("passes with reject entries, or when SMTP is stopped", () => {
    expect(smtp04RejectEntries.evaluate({ ...smtpRunning, smtpListMembers: members(["REJECTCNN", 3]) }, policy, context()).outcome).toBe("pass");
    expect(smtp04RejectEntries.evaluate(observations(), policy, context()).outcome).toBe("pass");
  });

  it("is not assessed when the member list is unreadable", () => {
    const result = smtp04RejectEntries.evaluate({ ...smtpRunning, smtpListMembers: failedRead(notAuthorized("QSYS2.SYSPARTITIONSTAT")) }, policy, context());
    expect(result.outcome).toBe("not_assessed");
  });
});

describe("SMTP-06 *IOSYSCFG holders", () => {
  const holders = ok([profileWith("QSECOFR", ["*ALLOBJ", "*IOSYSCFG"]), profileWith("NETADM", ["*IOSYSCFG"])], ["users-special-authorities"]);

  it("reports holders outside the approved list on the SMTP panel", () => {
    const result = smtp06IosyscfgHolders.evaluate(observations({ specialAuthorityHolders: holders }), policy, context());
    expect(smtp06IosyscfgHolders.panel).toBe("smtp");
    expect(result.outcome).toBe("fail");
    expect(result.findings.map((f) => [f.key, f.severity])).toEqual([["NETADM", "medium"]]);
  });

  it("passes once the holder is approved, and is not assessed when USER_INFO cannot be read", () => {
    const approved = resolvePolicy({ approvedHolders: { "*IOSYSCFG": ["QSECOFR", "NETADM"] } });
    expect(smtp06IosyscfgHolders.evaluate(observations({ specialAuthorityHolders: holders }), approved, context()).outcome).toBe("pass");
    const denied = failedRead(notAuthorized("QSYS2.USER_INFO"));
    expect(smtp06IosyscfgHolders.evaluate(observations({ specialAuthorityHolders: denied }), policy, context()).outcome).toBe("not_assessed");
  });
});
