import { describe, expect, test } from "vitest";
import type { Db2FixtureEntry } from "./testing/db2-fixture";
import { db2Fixture } from "./testing/db2-fixture";
import { recordingExecutor } from "./testing/recording-executor";
import { InvalidValueError } from "./errors";
import { hasFunctionUsage, hasService, hasSpecialAuthority, probeSystem, PROBED_FUNCTIONS } from "./probe-system";
import { QZDFMDB2_EXEC_LINE } from "./shell";

type Answers = Partial<Record<"release" | "services" | "own" | "groups" | "usage" | "defaults" | "userCcsid" | "systemCcsid", Db2FixtureEntry>>;

/** Answers the probe batch statement by statement, recognising each by the object it reads. */
function system(answers: Answers) {
  const pick = (statement: string): Db2FixtureEntry => {
    const key = statement.includes("ENV_SYS_INFO") ? "release"
      : statement.includes("SERVICES_INFO") ? "services"
      : statement.includes("CHARACTER_CODE_SET_ID") ? "userCcsid"
      : statement.includes("SUPPLEMENTAL_GROUP_LIST") ? "own"
      : statement.includes("FUNCTION_USAGE") ? "usage"
      : statement.includes("FUNCTION_INFO") ? "defaults"
      : statement.includes("QCCSID") ? "systemCcsid"
      : statement.includes("GROUP_PROFILE_ENTRIES") ? "groups"
      : null;
    if (!key) throw new Error(`unexpected statement ${statement}`);
    return answers[key] ?? { columns: ["X"], rows: [] };
  };
  return recordingExecutor((_command, stdin) => ({ stdout: db2Fixture((stdin ?? "").split(";\n").map(pick)) }));
}

const healthy: Answers = {
  release: { columns: ["OS_VERSION", "OS_RELEASE"], rows: [["7", "6"]] },
  services: {
    columns: ["SERVICE_SCHEMA_NAME", "SERVICE_NAME"],
    rows: [["QSYS2", "NETSTAT_INFO"], ["QSYS2", "NETSTAT_JOB_INFO"], ["QSYS2", "TELNET_SERVER_ATTRIBUTES"]],
  },
  own: { columns: ["SPECIAL_AUTHORITIES", "GROUP_PROFILE_NAME", "SUPPLEMENTAL_GROUP_LIST"], rows: [["*JOBCTL    *SPLCTL", "OPSGRP", "AUDGRP     SECGRP"]] },
  groups: { columns: ["AUTHORIZATION_NAME", "SPECIAL_AUTHORITIES"], rows: [["OPSGRP", "*IOSYSCFG"], ["AUDGRP", "*AUDIT     *JOBCTL"], ["SECGRP", "*NONE"]] },
  usage: { columns: ["FUNCTION_ID", "USER_NAME", "USAGE"], rows: [["QIBM_DB_SECADM", "DASHUSR", "DENIED"], ["QIBM_DB_SECADM", "OPSGRP", "ALLOWED"], ["QIBM_IOSYSCFG_VIEW", "AUDGRP", "ALLOWED"]] },
  defaults: {
    columns: ["FUNCTION_ID", "DEFAULT_USAGE", "ALLOBJ_AUTHORITY"],
    rows: [["QIBM_IOSYSCFG_VIEW", "DENIED", "*NOTUSED"], ["QIBM_DB_SECADM", "DENIED", "*NOTUSED"], ["QIBM_DB_SQLADM", "DENIED", "*USED"]],
  },
  userCcsid: { columns: ["CHARACTER_CODE_SET_ID"], rows: [[-2]] },
  systemCcsid: { columns: ["CURRENT_NUMERIC_VALUE"], rows: [[37]] },
};

describe("probeSystem", () => {
  test("reads everything in one exec and returns JSON-safe facts", async () => {
    const conn = system(healthy);
    const probe = await probeSystem(conn, "dashusr");
    expect(conn.calls).toHaveLength(1);
    expect(conn.calls[0].command).toBe(QZDFMDB2_EXEC_LINE);
    expect(conn.calls[0].stdin?.split(";\n")).toHaveLength(8);
    expect(conn.calls[0].stdin).toContain("AUTHORIZATION_NAME = 'DASHUSR'");
    expect(JSON.parse(JSON.stringify(probe))).toEqual(probe);
    expect(probe).toEqual({
      userProfile: "DASHUSR",
      release: { version: 7, release: 6, text: "7.6" },
      services: ["QSYS2.NETSTAT_INFO", "QSYS2.NETSTAT_JOB_INFO", "QSYS2.TELNET_SERVER_ATTRIBUTES"],
      specialAuthorities: {
        own: ["*JOBCTL", "*SPLCTL"],
        groups: { OPSGRP: ["*IOSYSCFG"], AUDGRP: ["*AUDIT", "*JOBCTL"], SECGRP: [] },
        effective: ["*AUDIT", "*IOSYSCFG", "*JOBCTL", "*SPLCTL"],
      },
      groupProfiles: ["OPSGRP", "AUDGRP", "SECGRP"],
      // The profile's own DENIED beats a group's ALLOWED; a group's ALLOWED beats the default.
      functionUsage: { QIBM_IOSYSCFG_VIEW: "ALLOWED", QIBM_DB_SECADM: "DENIED", QIBM_DB_SQLADM: "DENIED" },
      ccsid: { user: null, system: 37, effective: 37, problem: null },
      unreadable: [],
    });
    expect(hasSpecialAuthority(probe, "*IOSYSCFG")).toBe(true);
    expect(hasSpecialAuthority(probe, "*ALLOBJ")).toBe(false);
    expect(hasService(probe, "QSYS2.NETSTAT_JOB_INFO")).toBe(true);
    expect(hasService(probe, "QSYS2.HTTP_SERVER_INFO")).toBe(false);
    expect(hasFunctionUsage(probe, "QIBM_IOSYSCFG_VIEW")).toBe(true);
    expect(hasFunctionUsage(probe, "QIBM_DB_SECADM")).toBe(false);
  });

  test("*ALLOBJ counts for a function that uses it; an undefined function (before 7.6) says so", async () => {
    const probe = await probeSystem(
      system({
        ...healthy,
        own: { columns: ["SPECIAL_AUTHORITIES", "GROUP_PROFILE_NAME", "SUPPLEMENTAL_GROUP_LIST"], rows: [["*ALLOBJ", "*NONE", ""]] },
        usage: { columns: ["FUNCTION_ID", "USER_NAME", "USAGE"], rows: [] },
        defaults: { columns: ["FUNCTION_ID", "DEFAULT_USAGE", "ALLOBJ_AUTHORITY"], rows: [["QIBM_DB_SECADM", "DENIED", "*NOTUSED"], ["QIBM_DB_SQLADM", "DENIED", "*USED"]] },
      }),
      "DASHUSR",
    );
    expect(probe.groupProfiles).toEqual([]);
    expect(probe.functionUsage).toEqual({ QIBM_IOSYSCFG_VIEW: "NOT_DEFINED", QIBM_DB_SECADM: "DENIED", QIBM_DB_SQLADM: "ALLOWED" });
  });

  test("usage follows IBM's order (QSYCKUFU): own *ALLOBJ first, then the own entry, then a group's *ALLOBJ or entry", async () => {
    const defaults = { columns: ["FUNCTION_ID", "DEFAULT_USAGE", "ALLOBJ_AUTHORITY"], rows: [["QIBM_DB_SECADM", "DENIED", "*USED"], ["QIBM_DB_SQLADM", "DENIED", "*USED"], ["QIBM_IOSYSCFG_VIEW", "DENIED", "*NOTUSED"]] };
    const usage = { columns: ["FUNCTION_ID", "USER_NAME", "USAGE"], rows: [["QIBM_DB_SECADM", "DASHUSR", "DENIED"]] };
    const ownAllObj = await probeSystem(
      system({ ...healthy, usage, defaults, own: { columns: ["SPECIAL_AUTHORITIES", "GROUP_PROFILE_NAME", "SUPPLEMENTAL_GROUP_LIST"], rows: [["*ALLOBJ", "*NONE", ""]] } }),
      "DASHUSR",
    );
    // *ALLOBJ on the profile wins even over its own DENIED entry; a function that ignores *ALLOBJ falls to its default.
    expect(ownAllObj.functionUsage).toEqual({ QIBM_IOSYSCFG_VIEW: "DENIED", QIBM_DB_SECADM: "ALLOWED", QIBM_DB_SQLADM: "ALLOWED" });
    const groupAllObj = await probeSystem(
      system({
        ...healthy,
        usage,
        defaults,
        own: { columns: ["SPECIAL_AUTHORITIES", "GROUP_PROFILE_NAME", "SUPPLEMENTAL_GROUP_LIST"], rows: [["*NONE", "ADMGRP", ""]] },
        groups: { columns: ["AUTHORIZATION_NAME", "SPECIAL_AUTHORITIES"], rows: [["ADMGRP", "*ALLOBJ"]] },
      }),
      "DASHUSR",
    );
    // A group's *ALLOBJ comes after the profile's own entry: DENIED stands, no entry means allowed.
    expect(groupAllObj.functionUsage).toEqual({ QIBM_IOSYSCFG_VIEW: "DENIED", QIBM_DB_SECADM: "DENIED", QIBM_DB_SQLADM: "ALLOWED" });
  });

  test("a 65535 CCSID is reported with its cure", async () => {
    const probe = await probeSystem(system({ ...healthy, userCcsid: { columns: ["CHARACTER_CODE_SET_ID"], rows: [[65535]] } }), "DASHUSR");
    expect(probe.ccsid).toMatchObject({ user: 65535, effective: 65535, problem: { cure: "CHGUSRPRF USRPRF(DASHUSR) CCSID(37)" } });
    expect(probe.ccsid.problem?.message).toMatch(/65535/);
  });

  test("what cannot be read is listed, and the rest is still reported", async () => {
    const probe = await probeSystem(
      system({
        ...healthy,
        services: { error: { sqlstate: "42704", nativeError: -204, message: "SERVICES_INFO in QSYS2 type *FILE not found." } },
        groups: { columns: ["AUTHORIZATION_NAME", "SPECIAL_AUTHORITIES"], rows: [["OPSGRP", "*IOSYSCFG"]] },
        usage: { error: { sqlstate: "42501", nativeError: -551, message: "Not authorized to object FUNCTION_USAGE." } },
        userCcsid: { error: { sqlstate: "42703", nativeError: -206, message: "Column CHARACTER_CODE_SET_ID not in table." } },
      }),
      "DASHUSR",
    );
    expect(probe.services).toEqual([]);
    expect(probe.specialAuthorities.effective).toEqual(["*IOSYSCFG", "*JOBCTL", "*SPLCTL"]);
    expect(Object.values(probe.functionUsage)).toEqual(PROBED_FUNCTIONS.map(() => "UNKNOWN"));
    expect(probe.ccsid).toEqual({ user: null, system: 37, effective: null, problem: null });
    expect(probe.unreadable).toEqual([
      { item: "available services (QSYS2.SERVICES_INFO)", sqlstate: "42704", message: "SERVICES_INFO in QSYS2 type *FILE not found." },
      { item: "special authorities of group profile AUDGRP", sqlstate: null, message: "not visible to the profile (needs *READ on it)" },
      { item: "special authorities of group profile SECGRP", sqlstate: null, message: "not visible to the profile (needs *READ on it)" },
      { item: "function usage (QSYS2.FUNCTION_USAGE)", sqlstate: "42501", message: "Not authorized to object FUNCTION_USAGE." },
      { item: "CCSID of DASHUSR (QSYS2.USER_INFO)", sqlstate: "42703", message: "Column CHARACTER_CODE_SET_ID not in table." },
    ]);
  });

  test("a profile USER_INFO does not show is unreadable, not 'no authorities'", async () => {
    const probe = await probeSystem(
      system({ ...healthy, own: { columns: ["SPECIAL_AUTHORITIES", "GROUP_PROFILE_NAME", "SUPPLEMENTAL_GROUP_LIST"], rows: [] } }),
      "DASHUSR",
    );
    expect(probe.unreadable).toContainEqual({ item: "special authorities of DASHUSR", sqlstate: null, message: "QSYS2.USER_INFO returned no row for the profile" });
  });

  test("a hostile profile name is refused before anything is sent", async () => {
    const conn = system(healthy);
    await expect(probeSystem(conn, "X' OR '1'='1")).rejects.toThrow(InvalidValueError);
    expect(conn.calls).toEqual([]);
  });
});
