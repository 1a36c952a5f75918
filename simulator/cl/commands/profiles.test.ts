import { describe, expect, it } from "vitest";
import { deriveSnapshot } from "@/simulator/state/derive/derive-snapshot";
import type { TSystemState } from "@/simulator/state/schema";
import { lines, runCl, scenarioState, TEST_NOW } from "../cl-test-context";

const snapshot = (state: TSystemState, user = "PORTCULLIS") => deriveSnapshot(state, { now: TEST_NOW, user });

describe("CHGFCNUSG", () => {
  it("grants QIBM_IOSYSCFG_VIEW, which lifts the 7.6 refusal of NETSTAT_JOB_INFO", async () => {
    const state = scenarioState("v76-no-iosyscfg-view");
    expect(Object.keys(snapshot(state).denied)).toEqual(["QSYS2.NETSTAT_JOB_INFO", "QSYS2.TELNET_SERVER_ATTRIBUTES"]);
    const result = await runCl(state, "CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER(PORTCULLIS) USAGE(*ALLOWED)");
    expect(lines(result)).toEqual(["CPC228A: Function usage information changed."]);
    expect(snapshot(state).denied).toEqual({});
    expect(snapshot(state).tables["QSYS2.FUNCTION_USAGE"]).toContainEqual({
      FUNCTION_ID: "QIBM_IOSYSCFG_VIEW",
      USER_NAME: "PORTCULLIS",
      USAGE: "ALLOWED",
      USER_TYPE: "USER",
    });
  });

  it("needs *SECADM and a registered function", async () => {
    const state = scenarioState("neglected-production");
    expect(lines(await runCl(state, "CHGFCNUSG FCNID(QIBM_QTMF_SERVER_REQ_10) DEFAULT(*DENIED)", { user: "JSMITH" }))).toEqual([
      "CPF222E: *SECADM special authority is required.",
    ]);
    expect((await runCl(state, "CHGFCNUSG FCNID(QIBM_NO_SUCH) DEFAULT(*DENIED)")).messages[0]!.id).toBe("CPF228A");
    expect((await runCl(state, "CHGFCNUSG FCNID(QIBM_QTMF_SERVER_REQ_10) DEFAULT(*DENIED)")).success).toBe(true);
    expect(snapshot(state).tables["QSYS2.FUNCTION_INFO"]).toContainEqual(expect.objectContaining({ FUNCTION_ID: "QIBM_QTMF_SERVER_REQ_10", DEFAULT_USAGE: "DENIED" }));
  });
});

describe("CHGUSRPRF", () => {
  it("removes *SPLCTL from the group, so its members no longer inherit it", async () => {
    const state = scenarioState("neglected-production");
    const spooler = () => snapshot(state).tables["QSYS2.USER_INFO"]!.find((row) => row.AUTHORIZATION_NAME === "SPOOLGRP")!;
    expect(spooler().SPECIAL_AUTHORITIES).toBe("*SPLCTL");
    expect(snapshot(state, "PAYCLERK").tables["QSYS2.OUTPUT_QUEUE_INFO"]!.length).toBe(5);
    expect(lines(await runCl(state, "CHGUSRPRF USRPRF(SPOOLGRP) SPCAUT(*NONE)"))).toEqual(["CPC2205: User profile SPOOLGRP changed."]);
    expect(spooler().SPECIAL_AUTHORITIES).toBe("*NONE");
  });

  it("disables a profile and refuses to hand out authorities the caller lacks", async () => {
    const state = scenarioState("v76-no-iosyscfg-view");
    await runCl(state, "CHGUSRPRF USRPRF(PAYCLERK) STATUS(*DISABLED)");
    expect(state.users.find((user) => user.name === "PAYCLERK")!.status).toBe("*DISABLED");
    expect(lines(await runCl(state, "CHGUSRPRF USRPRF(PAYCLERK) SPCAUT(*IOSYSCFG)"))).toEqual(["CPF222E: *IOSYSCFG special authority is required."]);
    expect((await runCl(state, "CHGUSRPRF USRPRF(NOBODY) STATUS(*DISABLED)")).messages[0]!.id).toBe("CPF2204");
  });
});

describe("CHGUSRPRF CCSID", () => {
  it("sets the profile's CCSID, which USER_INFO shows (-2 for *SYSVAL)", async () => {
    const state = scenarioState("neglected-production");
    const ccsid = () => snapshot(state).tables["QSYS2.USER_INFO"]!.find((row) => row.AUTHORIZATION_NAME === "PORTCULLIS")!.CHARACTER_CODE_SET_ID;
    expect(ccsid()).toBe(-2);
    await runCl(state, "CHGUSRPRF USRPRF(PORTCULLIS) CCSID(*HEX)");
    expect(ccsid()).toBe(65535);
    await runCl(state, "CHGUSRPRF USRPRF(PORTCULLIS) CCSID(37)");
    expect(ccsid()).toBe(37);
    expect((await runCl(state, "CHGUSRPRF USRPRF(PORTCULLIS) CCSID(70000)")).messages[0]!.id).toBe("CPD0085");
  });
});

describe("CHGSYSVAL", () => {
  it("sets QAUTOVRT to 0 as a number", async () => {
    const state = scenarioState("neglected-production");
    expect(lines(await runCl(state, "CHGSYSVAL SYSVAL(QAUTOVRT) VALUE('0')"))).toEqual(["CPC1001: System value QAUTOVRT changed."]);
    expect(snapshot(state).tables["QSYS2.SYSTEM_VALUE_INFO"]).toContainEqual({
      SYSTEM_VALUE_NAME: "QAUTOVRT",
      CURRENT_NUMERIC_VALUE: 0,
      CURRENT_CHARACTER_VALUE: null,
    });
    expect((await runCl(state, "CHGSYSVAL SYSVAL(QAUTOVRT) VALUE('lots')")).messages[0]!.id).toBe("CPF1030");
    expect((await runCl(state, "CHGSYSVAL SYSVAL(QNOSUCH) VALUE('1')")).messages[0]!.id).toBe("CPF1028");
  });
});

describe("USER_INFO visibility", () => {
  it("shows everyone to *ALLOBJ, a plain user only itself, and default passwords only to *ALLOBJ + *SECADM", () => {
    const state = scenarioState("neglected-production");
    const all = snapshot(state).tables["QSYS2.USER_INFO"]!;
    expect(all.find((row) => row.AUTHORIZATION_NAME === "TEMPUSER")!.USER_DEFAULT_PASSWORD).toBe("YES");
    expect(all.find((row) => row.AUTHORIZATION_NAME === "PAYCLERK")!.USER_DEFAULT_PASSWORD).toBe("NO");
    const own = snapshot(state, "PAYCLERK").tables["QSYS2.USER_INFO"]!;
    expect(own.map((row) => row.AUTHORIZATION_NAME)).toEqual(["PAYCLERK"]);
    expect(own[0]!.USER_DEFAULT_PASSWORD).toBeNull();
    const developer = snapshot(state, "JSMITH").tables["QSYS2.USER_INFO"]!;
    expect(developer.length).toBe(all.length);
    expect(developer[0]!.USER_DEFAULT_PASSWORD).toBeNull();
  });

  it("lists groups and supplemental groups in GROUP_PROFILE_ENTRIES", () => {
    const rows = snapshot(scenarioState("neglected-production")).tables["QSYS2.GROUP_PROFILE_ENTRIES"]!;
    expect(rows.filter((row) => row.GROUP_PROFILE_NAME === "SPOOLGRP").map((row) => row.USER_PROFILE_NAME)).toEqual(["PAYCLERK", "HELPDESK", "TEMPUSER"]);
  });
});
