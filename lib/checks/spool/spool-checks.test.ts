import { describe, expect, it } from "vitest";
import { resolvePolicy } from "@/lib/checks/policy";
import { outq01DisplayAnyFile } from "@/lib/checks/spool/outq-01-display-any-file";
import { outq02SensitivePublicAuthority } from "@/lib/checks/spool/outq-02-sensitive-public-authority";
import { outq03SensitiveOperatorControl } from "@/lib/checks/spool/outq-03-sensitive-operator-control";
import { outq04DataAuthorityPublic } from "@/lib/checks/spool/outq-04-data-authority-public";
import { outq05SplctlHolders } from "@/lib/checks/spool/outq-05-splctl-holders";
import { outq06JobctlHolders } from "@/lib/checks/spool/outq-06-jobctl-holders";
import { outq07SensitiveLibraryPublic } from "@/lib/checks/spool/outq-07-sensitive-library-public";
import { outq09EffectiveReaders } from "@/lib/checks/spool/outq-09-effective-readers";
import { prv01SpecialAuthorityCounts } from "@/lib/checks/spool/prv-01-special-authority-counts";
import { context, failedRead, notAuthorized, observations, ok, privilege, profileWith, queue } from "@/lib/checks/test-support/observation-builders";

const policy = resolvePolicy({ sensitiveOutputQueues: ["PAYLIB/PAY*"] });
const noSensitive = resolvePolicy({});
const splctlGap = { reason: "PORTCUL lacks *SPLCTL, so this list shows only what it may see.", grantCl: "CHGUSRPRF USRPRF(PORTCUL) SPCAUT(*SPLCTL)" };

const queues = ok(
  [
    queue("PAYLIB", "PAYROLL", { dspdta: "NO", oprctl: "YES", autchk: "OWNER" }),
    queue("PAYLIB", "PAYSLIPS", { dspdta: "OWNER", oprctl: "NO", autchk: "OWNER" }),
    queue("QGPL", "PRT01", { dspdta: "YES", oprctl: "YES", autchk: "DTAAUT" }),
    queue("QUSRSYS", "QEZJOBLOG", { dspdta: "NO", oprctl: "YES", autchk: "OWNER" }),
  ],
  ["outq-info"],
);

describe("OUTQ-01 DSPDTA", () => {
  it("flags DSPDTA *YES (critical when sensitive) and sensitive queues not at *OWNER", () => {
    const withSensitiveYes = ok([...queues.value, queue("PAYLIB", "PAYHR", { dspdta: "YES" })], ["outq-info"]);
    const result = outq01DisplayAnyFile.evaluate(observations({ outputQueues: withSensitiveYes }), policy, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings.map((f) => [f.key, f.severity])).toEqual([
      ["PAYLIB/PAYROLL", "medium"],
      ["QGPL/PRT01", "high"],
      ["PAYLIB/PAYHR", "critical"],
    ]);
  });

  it("is partial, never complete, when the profile lacks *SPLCTL, and still reports what it saw", () => {
    const result = outq01DisplayAnyFile.evaluate(observations({ outputQueues: { ...queues, incomplete: splctlGap } }), noSensitive, context());
    expect(result.outcome).toBe("partial");
    expect(result.findings.map((f) => f.key)).toEqual(["QGPL/PRT01"]);
    expect(result.detail).toContain("This answer is incomplete: PORTCUL lacks *SPLCTL");
    expect(result.detail).toContain("Grant it with CHGUSRPRF USRPRF(PORTCUL) SPCAUT(*SPLCTL)");
  });

  it("passes when no queue shows every file, and is not assessed when the view is missing", () => {
    expect(outq01DisplayAnyFile.evaluate(observations({ outputQueues: ok([queue("QGPL", "A")]) }), noSensitive, context()).outcome).toBe("pass");
    expect(outq01DisplayAnyFile.evaluate(observations({ outputQueues: failedRead(notAuthorized("QSYS2.OUTPUT_QUEUE_INFO")) }), policy, context()).outcome).toBe(
      "not_assessed",
    );
  });
});

describe("OUTQ-02 sensitive queue *PUBLIC", () => {
  it("fails for a sensitive queue whose *PUBLIC is not *EXCLUDE", () => {
    const privileges = ok([privilege("PAYLIB", "PAYROLL", "*PUBLIC", "*USE"), privilege("PAYLIB", "PAYSLIPS", "*PUBLIC", "*EXCLUDE"), privilege("QGPL", "PRT01", "*PUBLIC", "*ALL")]);
    const result = outq02SensitivePublicAuthority.evaluate(observations({ outputQueues: queues, outputQueuePrivileges: privileges }), policy, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings.map((f) => f.key)).toEqual(["PAYLIB/PAYROLL"]);
  });

  it("is not assessed with no sensitive queue tagged, and partial when a queue's *PUBLIC row is missing", () => {
    expect(outq02SensitivePublicAuthority.evaluate(observations({ outputQueues: queues }), noSensitive, context()).outcome).toBe("not_assessed");
    const onlyOne = ok([privilege("PAYLIB", "PAYROLL", "*PUBLIC", "*EXCLUDE")]);
    const result = outq02SensitivePublicAuthority.evaluate(observations({ outputQueues: queues, outputQueuePrivileges: onlyOne }), policy, context());
    expect(result.outcome).toBe("partial");
    expect(result.detail).toContain("*PUBLIC authority was not returned for PAYLIB/PAYSLIPS");
  });
});

describe("OUTQ-03 sensitive queue OPRCTL", () => {
  it("fails for sensitive queues under operator control only", () => {
    const result = outq03SensitiveOperatorControl.evaluate(observations({ outputQueues: queues }), policy, context());
    expect(result.findings.map((f) => f.key)).toEqual(["PAYLIB/PAYROLL"]);
    const none = ok([queue("PAYLIB", "PAYROLL", { oprctl: "NO" })]);
    expect(outq03SensitiveOperatorControl.evaluate(observations({ outputQueues: none }), policy, context()).outcome).toBe("pass");
  });
});

describe("OUTQ-04 AUTCHK *DTAAUT with *PUBLIC data rights", () => {
  it("fails when *PUBLIC has *CHANGE on a *DTAAUT queue, not for *USE", () => {
    const privileges = ok([privilege("QGPL", "PRT01", "*PUBLIC", "*CHANGE")]);
    const result = outq04DataAuthorityPublic.evaluate(observations({ outputQueues: queues, outputQueuePrivileges: privileges }), policy, context());
    expect(result.findings.map((f) => f.key)).toEqual(["QGPL/PRT01"]);
    const readOnly = ok([privilege("QGPL", "PRT01", "*PUBLIC", "*USE")]);
    expect(outq04DataAuthorityPublic.evaluate(observations({ outputQueues: queues, outputQueuePrivileges: readOnly }), policy, context()).outcome).toBe("pass");
  });
});

describe("OUTQ-05 / OUTQ-06 unapproved holders", () => {
  const holders = ok([profileWith("QSECOFR", ["*ALLOBJ", "*SPLCTL", "*JOBCTL"]), profileWith("HELPDESK", ["*SPLCTL"]), profileWith("OPSGRP", ["*JOBCTL"])], [
    "users-special-authorities",
  ]);
  const groups = ok([{ group: "OPSGRP", user: "NIGHTOPS" }], ["users-groups"]);

  it("reports *SPLCTL holders outside the approved list", () => {
    const result = outq05SplctlHolders.evaluate(observations({ specialAuthorityHolders: holders, groupMemberships: groups }), policy, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings.map((f) => [f.key, f.severity])).toEqual([["HELPDESK", "high"]]);
  });

  it("reports *JOBCTL inherited through a group, with the group in the evidence", () => {
    const result = outq06JobctlHolders.evaluate(observations({ specialAuthorityHolders: holders, groupMemberships: groups }), policy, context());
    expect(result.findings.map((f) => f.key)).toEqual(["NIGHTOPS", "OPSGRP"]);
    expect(result.findings[0]!.detail).toContain("NIGHTOPS (through group OPSGRP) holds *JOBCTL");
    expect(result.findings[0]!.evidence.statementIds).toEqual(["users-special-authorities", "users-groups"]);
    const approved = resolvePolicy({ approvedHolders: { "*JOBCTL": ["QSECOFR", "OPSGRP"] } });
    expect(outq06JobctlHolders.evaluate(observations({ specialAuthorityHolders: holders, groupMemberships: groups }), approved, context()).outcome).toBe("pass");
  });

  it("is partial when group membership cannot be read", () => {
    const result = outq05SplctlHolders.evaluate(
      observations({ specialAuthorityHolders: holders, groupMemberships: failedRead(notAuthorized("QSYS2.GROUP_PROFILE_ENTRIES")) }),
      policy,
      context(),
    );
    expect(result.outcome).toBe("partial");
    expect(result.findings).toHaveLength(1);
  });
});

describe("OUTQ-07 library of a sensitive queue", () => {
  it("fails once per library open to *PUBLIC", () => {
    const libraries = ok([{ library: "PAYLIB", authority: "*USE", row: { SYSTEM_OBJECT_NAME: "PAYLIB", OBJECT_AUTHORITY: "*USE" } }]);
    const result = outq07SensitiveLibraryPublic.evaluate(observations({ outputQueues: queues, libraryPublicAuthorities: libraries }), policy, context());
    expect(result.findings.map((f) => f.key)).toEqual(["PAYLIB"]);
    expect(result.findings[0]!.detail).toContain("PAYLIB/PAYROLL, PAYLIB/PAYSLIPS");
  });

  it("passes for a secured library", () => {
    const libraries = ok([{ library: "PAYLIB", authority: "*EXCLUDE", row: {} }]);
    expect(outq07SensitiveLibraryPublic.evaluate(observations({ outputQueues: queues, libraryPublicAuthorities: libraries }), policy, context()).outcome).toBe(
      "pass",
    );
  });
});

describe("OUTQ-09 effective readers", () => {
  const privileges = ok([
    privilege("PAYLIB", "PAYROLL", "*PUBLIC", "*EXCLUDE", "PAYOWNER"),
    privilege("PAYLIB", "PAYROLL", "PAYCLERK", "*CHANGE", "PAYOWNER"),
    privilege("PAYLIB", "PAYSLIPS", "*PUBLIC", "*USE", "PAYOWNER"),
  ]);
  const holders = ok([profileWith("QSECOFR", ["*ALLOBJ", "*SPLCTL"]), profileWith("OPERATOR", ["*JOBCTL"])]);
  const base = observations({ outputQueues: queues, outputQueuePrivileges: privileges, specialAuthorityHolders: holders });

  it("flags readers beyond the intended ones; approved *SPLCTL/*ALLOBJ holders are expected", () => {
    const intended = resolvePolicy({ sensitiveOutputQueues: [{ queue: "PAYLIB/PAYROLL", intendedReaders: ["PAYCLERK", "PAYOWNER"] }] });
    const result = outq09EffectiveReaders.evaluate(base, intended, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]!.key).toBe("PAYLIB/PAYROLL");
    // DSPDTA *NO + OPRCTL *YES: the *JOBCTL operator can read; PAYCLERK's *CHANGE does not count under AUTCHK *OWNER.
    expect(result.findings[0]!.detail).toBe(
      "Beyond its intended readers, the spooled files on PAYLIB/PAYROLL can be read by: OPERATOR (*JOBCTL on an OPRCTL(*YES) queue (OPERATOR)).",
    );
  });

  it("without intended readers flags only queues everyone can read", () => {
    const result = outq09EffectiveReaders.evaluate(base, policy, context());
    expect(result.outcome).toBe("pass");
    const everyone = outq09EffectiveReaders.evaluate(
      { ...base, outputQueues: ok([queue("PAYLIB", "PAYSLIPS", { dspdta: "YES" })]) },
      policy,
      context(),
    );
    expect(everyone.findings[0]!.title).toBe("Everyone can read the spool on PAYLIB/PAYSLIPS");
  });
});

describe("PRV-01 special authority counts", () => {
  it("fails per authority above its limit, counting group members", () => {
    const holders = ok([profileWith("QSECOFR", ["*ALLOBJ", "*SECADM"]), profileWith("ADMINS", ["*ALLOBJ"]), profileWith("BOB", ["*SERVICE"])]);
    const groups = ok([
      { group: "ADMINS", user: "ANNA" },
      { group: "ADMINS", user: "CARL" },
    ]);
    const strict = resolvePolicy({ maxHolders: { "*ALLOBJ": 3 } });
    const result = prv01SpecialAuthorityCounts.evaluate(observations({ specialAuthorityHolders: holders, groupMemberships: groups }), strict, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings.map((f) => [f.key, f.title])).toEqual([["*ALLOBJ", "4 holders of *ALLOBJ (limit 3)"]]);
    expect(result.findings[0]!.detail).toBe("4 profiles hold *ALLOBJ (policy allows 3): ADMINS, ANNA (through group ADMINS), CARL (through group ADMINS), QSECOFR.");
    expect(result.detail).toContain("*ALLOBJ 4, *SECADM 1");
  });

  it("is partial when USER_INFO shows only part of the profiles", () => {
    const partial = { ...ok([profileWith("QSECOFR", ["*ALLOBJ"])]), incomplete: { reason: "PORTCUL lacks *ALLOBJ.", grantCl: null } };
    expect(prv01SpecialAuthorityCounts.evaluate(observations({ specialAuthorityHolders: partial }), policy, context()).outcome).toBe("partial");
  });
});
