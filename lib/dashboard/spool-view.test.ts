import { describe, expect, it } from "vitest";
import { resolvePolicy } from "@/lib/checks/policy";
import { observations, ok, privilege, profileWith, queue } from "@/lib/checks/test-support/observation-builders";
import { specialAuthorityHolderRows, spoolQueueRows } from "@/lib/dashboard/spool-view";

const seen = observations({
  outputQueues: ok([queue("QGPL", "QPRINT", { dspdta: "NO" }), queue("QGPL", "OPEN", { dspdta: "YES" }), queue("PAYLIB", "PAYROLL", { dspdta: "YES" })], ["outq-info"]),
  outputQueuePrivileges: ok(
    [privilege("QGPL", "QPRINT", "*PUBLIC", "*USE"), privilege("QGPL", "OPEN", "*PUBLIC", "*USE"), privilege("PAYLIB", "PAYROLL", "*PUBLIC", "*USE", "PAYOWNER")],
    ["outq-privileges"],
  ),
  libraryPublicAuthorities: ok([{ library: "PAYLIB", authority: "*USE", row: {} }], ["outq-library-privileges"]),
  specialAuthorityHolders: ok([profileWith("SPOOLGRP", ["*SPLCTL"]), profileWith("QSECOFR", ["*ALLOBJ", "*SPLCTL"])], ["users-special-authorities"]),
  groupMemberships: ok([{ group: "SPOOLGRP", user: "PAYCLERK" }], ["users-groups"]),
});
const policy = resolvePolicy({ sensitiveOutputQueues: [{ queue: "PAYLIB/PAYROLL", intendedReaders: ["PAYCLERK"] }] });

describe("spoolQueueRows", () => {
  it("lists sensitive queues first, then those everyone can read, with authority, owner and library", () => {
    const rows = spoolQueueRows(seen, policy);
    expect(rows.map((row) => `${row.library}/${row.name}`)).toEqual(["PAYLIB/PAYROLL", "QGPL/OPEN", "QGPL/QPRINT"]);
    expect(rows[0]).toMatchObject({ publicAuthority: "*USE", owner: "PAYOWNER", libraryPublic: "*USE", sensitive: { intendedReaders: ["PAYCLERK"] } });
    expect(rows[2]?.sensitive).toBeNull();
  });

  it("answers who can read each queue's spool, from the lib/checks rules", () => {
    const [payroll, , qprint] = spoolQueueRows(seen, policy);
    expect(payroll?.readers?.everyone).toBe(true);
    expect(payroll?.readers?.readers.map((reader) => reader.profile)).toEqual(expect.arrayContaining(["PAYCLERK", "QSECOFR", "SPOOLGRP"]));
    expect(qprint?.readers?.everyone).toBe(false);
  });

  it("is empty when the queues could not be read", () => {
    expect(spoolQueueRows(observations(), null)).toEqual([]);
  });
});

describe("specialAuthorityHolderRows", () => {
  it("lists direct and group holders, approved or not by the policy", () => {
    expect(specialAuthorityHolderRows(seen, "*SPLCTL", policy)).toEqual([
      { profile: "PAYCLERK", throughGroup: "SPOOLGRP", status: null, approved: false },
      { profile: "QSECOFR", throughGroup: null, status: "ENABLED", approved: true },
      { profile: "SPOOLGRP", throughGroup: null, status: "ENABLED", approved: false },
    ]);
  });
});
