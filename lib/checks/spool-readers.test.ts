import { describe, expect, it } from "vitest";
import { whoCanReadSpool, type SpoolReaderInput } from "@/lib/checks/spool-readers";
import { privilege, profileWith, queue } from "@/lib/checks/test-support/observation-builders";

const payroll = (settings: Parameters<typeof queue>[2]) => queue("PAYLIB", "PAYROLL", settings);

const holders = [
  profileWith("QSECOFR", ["*ALLOBJ", "*SPLCTL", "*JOBCTL"]),
  profileWith("SPOOLADM", ["*SPLCTL"]),
  profileWith("OPERATOR", ["*JOBCTL"]),
  profileWith("OPSGRP", ["*JOBCTL"]),
];
const memberships = [
  { group: "OPSGRP", user: "NIGHTOPS" },
  { group: "PAYGRP", user: "CLERK1" },
  { group: "PAYGRP", user: "CLERK2" },
];

const readerNames = (input: SpoolReaderInput) => whoCanReadSpool(input).readers.map((r) => r.profile);

describe("whoCanReadSpool", () => {
  it("with DSPDTA *YES and *PUBLIC *USE everyone reads, plus the special-authority holders", () => {
    const answer = whoCanReadSpool({
      queue: payroll({ dspdta: "YES", oprctl: "YES", autchk: "OWNER" }),
      privileges: [privilege("PAYLIB", "PAYROLL", "*PUBLIC", "*USE", "PAYOWNER")],
      profiles: holders,
      memberships,
    });
    expect(answer.everyone).toBe(true);
    expect(answer.everyoneBecause).toBe("*PUBLIC has *USE: *READ on the queue (DSPDTA *YES)");
    expect(answer.readers.map((r) => r.profile)).toEqual(["NIGHTOPS", "OPERATOR", "OPSGRP", "PAYOWNER", "QSECOFR", "SPOOLADM"]);
    expect(answer.readers.find((r) => r.profile === "NIGHTOPS")?.reasons).toEqual([
      "*JOBCTL on an OPRCTL(*YES) queue (NIGHTOPS (through group OPSGRP))",
    ]);
    expect(answer.readers.find((r) => r.profile === "QSECOFR")?.reasons).toEqual([
      "*SPLCTL special authority",
      "*ALLOBJ special authority",
      "*JOBCTL on an OPRCTL(*YES) queue (QSECOFR)",
    ]);
  });

  it("with DSPDTA *OWNER only *SPLCTL and *ALLOBJ holders read other people's files", () => {
    const input = {
      queue: payroll({ dspdta: "OWNER", oprctl: "YES", autchk: "DTAAUT" }),
      privileges: [privilege("PAYLIB", "PAYROLL", "*PUBLIC", "*CHANGE", "PAYOWNER"), privilege("PAYLIB", "PAYROLL", "PAYGRP", "*ALL", "PAYOWNER")],
      profiles: holders,
      memberships,
    };
    expect(readerNames(input)).toEqual(["QSECOFR", "SPOOLADM"]);
    expect(whoCanReadSpool(input).everyone).toBe(false);
  });

  it("with DSPDTA *NO and AUTCHK *DTAAUT, *CHANGE qualifies but *USE does not; members inherit their group's authority", () => {
    const input = {
      queue: payroll({ dspdta: "NO", oprctl: "NO", autchk: "DTAAUT" }),
      privileges: [
        privilege("PAYLIB", "PAYROLL", "*PUBLIC", "*USE", "PAYOWNER"),
        privilege("PAYLIB", "PAYROLL", "PAYGRP", "*CHANGE", "PAYOWNER"),
        privilege("PAYLIB", "PAYROLL", "CLERK2", "*USE", "PAYOWNER"),
        privilege("PAYLIB", "PAYROLL", "AUDITOR", "*USE", "PAYOWNER"),
      ],
      profiles: holders,
      memberships,
    };
    const answer = whoCanReadSpool(input);
    expect(answer.everyone).toBe(false);
    // CLERK2's own *USE wins over its group's *CHANGE; OPRCTL *NO leaves *JOBCTL out.
    expect(answer.readers.map((r) => r.profile)).toEqual(["CLERK1", "PAYGRP", "PAYOWNER", "QSECOFR", "SPOOLADM"]);
    expect(answer.readers.find((r) => r.profile === "CLERK1")?.reasons).toEqual([
      "through group authority PAYGRP (*CHANGE): *READ, *ADD and *DLT on the queue (DSPDTA *NO, AUTCHK *DTAAUT)",
    ]);
  });

  it("with DSPDTA *NO and AUTCHK *OWNER only the queue owner reads through object authority", () => {
    const input = {
      queue: payroll({ dspdta: "NO", oprctl: "NO", autchk: "OWNER" }),
      privileges: [privilege("PAYLIB", "PAYROLL", "*PUBLIC", "*ALL", "PAYOWNER"), privilege("PAYLIB", "PAYROLL", "PAYGRP", "*ALL", "PAYOWNER")],
      profiles: holders,
      memberships,
    };
    expect(readerNames(input)).toEqual(["PAYOWNER", "QSECOFR", "SPOOLADM"]);
  });

  it("lists profiles whose private authority keeps them out although *PUBLIC could read", () => {
    const answer = whoCanReadSpool({
      queue: payroll({ dspdta: "YES", oprctl: "NO", autchk: "OWNER" }),
      privileges: [privilege("PAYLIB", "PAYROLL", "*PUBLIC", "*USE", "PAYOWNER"), privilege("PAYLIB", "PAYROLL", "TEMPUSER", "*EXCLUDE", "PAYOWNER")],
      profiles: [],
      memberships: [],
    });
    expect(answer.everyone).toBe(true);
    expect(answer.excludedFromPublic).toEqual(["TEMPUSER"]);
  });

  it("assumes the widest setting and says so when a value or *PUBLIC's authority is unknown", () => {
    const answer = whoCanReadSpool({
      queue: payroll({ dspdta: null, oprctl: null, autchk: "OWNER" }),
      privileges: [],
      profiles: [profileWith("OPERATOR", ["*JOBCTL"])],
      memberships: [],
      inputCaveats: ["USER_INFO was incomplete."],
    });
    expect(answer.everyone).toBe(false);
    expect(answer.readers.map((r) => r.profile)).toEqual(["OPERATOR"]);
    expect(answer.caveats).toEqual([
      "USER_INFO was incomplete.",
      "DSPDTA could not be read (empty); assumed *YES, the widest setting.",
      "OPRCTL could not be read; assumed *YES, the wider setting.",
      "The *PUBLIC authority of this queue could not be read; whether everyone can read is unknown.",
    ]);
  });

  it("does not expand *PUBLIC authority that comes from an authorization list", () => {
    const answer = whoCanReadSpool({
      queue: payroll({ dspdta: "YES", oprctl: "NO", autchk: "OWNER" }),
      privileges: [privilege("PAYLIB", "PAYROLL", "*PUBLIC", "*AUTL", "PAYOWNER")],
      profiles: [],
      memberships: [],
    });
    expect(answer.everyone).toBe(false);
    expect(answer.caveats).toContain("*PUBLIC authority comes from an authorization list, which this scan does not expand.");
  });
});
