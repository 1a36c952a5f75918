import { describe, expect, it } from "vitest";
import { deriveSnapshot } from "@/simulator/state/derive/derive-snapshot";
import type { TSystemState } from "@/simulator/state/schema";
import { lines, runCl, scenarioState, TEST_NOW } from "../cl-test-context";

const rows = (state: TSystemState, key: string, user = "PORTCULLIS") => deriveSnapshot(state, { now: TEST_NOW, user }).tables[key]!;
const payroll = (state: TSystemState, user = "PORTCULLIS") =>
  rows(state, "QSYS2.OUTPUT_QUEUE_INFO", user).find((row) => row.OUTPUT_QUEUE_NAME === "PAYROLL");
const privileges = (state: TSystemState, name: string) =>
  rows(state, "QSYS2.OBJECT_PRIVILEGES")
    .filter((row) => row.OBJECT_NAME === name)
    .map((row) => `${row.AUTHORIZATION_NAME}=${row.OBJECT_AUTHORITY}`);

describe("CHGOUTQ", () => {
  it("changes the attributes OUTPUT_QUEUE_INFO shows", async () => {
    const state = scenarioState("neglected-production");
    expect(payroll(state)).toMatchObject({ DISPLAY_ANY_FILE: "*YES", OPERATOR_CONTROLLED: "*YES", AUTHORITY_TO_CHECK: "*DTAAUT" });
    const result = await runCl(state, "CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*OWNER) OPRCTL(*NO) AUTCHK(*OWNER)");
    expect(result).toEqual({ success: true, messages: [] });
    expect(payroll(state)).toMatchObject({ DISPLAY_ANY_FILE: "*OWNER", OPERATOR_CONTROLLED: "*NO", AUTHORITY_TO_CHECK: "*OWNER" });
  });

  it("finds a queue through the library list", async () => {
    const state = scenarioState("neglected-production");
    expect((await runCl(state, "CHGOUTQ OUTQ(HRREPORTS) TEXT('HR')")).success).toBe(true);
    expect(lines(await runCl(state, "CHGOUTQ OUTQ(PAYROLL) TEXT('x')"))).toEqual(["CPF3357: Output queue PAYROLL in library *LIBL not found."]);
  });

  it("lets *SPLCTL (here through a group) and the queue's data authority through, and no one else", async () => {
    const state = scenarioState("hardened");
    // OPERATOR has *JOBCTL, but the queue is OPRCTL(*NO) and AUTCHK(*OWNER).
    expect(lines(await runCl(state, "CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*YES)", { user: "OPERATOR" }))).toEqual([
      "CPF2207: Not authorized to use object PAYROLL in library PAYLIB type *OUTQ.",
    ]);
    // *JOBCTL is enough on an OPRCTL(*YES) queue, but only with *EXECUTE on the library.
    await runCl(state, "CHGOUTQ OUTQ(PAYLIB/PAYROLL) OPRCTL(*YES)");
    expect((await runCl(state, "CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*NO)", { user: "OPERATOR" })).success).toBe(false);
    const neglected = scenarioState("neglected-production");
    expect((await runCl(neglected, "CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*NO)", { user: "OPERATOR" })).success).toBe(true);
    expect((await runCl(neglected, "CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*NO)", { user: "PAYCLERK" })).success).toBe(true);
    expect((await runCl(neglected, "CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*NO)", { user: "ANONYMOUS" })).success).toBe(false);
  });
});

describe("OUTPUT_QUEUE_INFO visibility", () => {
  it("shows a *PUBLIC *EXCLUDE queue only to those who may read it", () => {
    const state = scenarioState("hardened");
    expect(payroll(state, "PORTCULLIS")).toBeDefined();
    expect(payroll(state, "PAYCLERK")).toBeDefined();
    expect(payroll(state, "OPERATOR")).toBeUndefined();
    expect(rows(state, "QSYS2.OUTPUT_QUEUE_INFO", "OPERATOR").map((row) => row.OUTPUT_QUEUE_NAME)).toContain("QPRINT");
  });
});

describe("GRTOBJAUT and RVKOBJAUT", () => {
  it("locks the payroll queue down, as OBJECT_PRIVILEGES then shows", async () => {
    const state = scenarioState("neglected-production");
    expect(privileges(state, "PAYROLL")).toEqual(["PAYOWNER=*ALL", "*PUBLIC=*USE"]);
    expect(lines(await runCl(state, "GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*EXCLUDE)"))).toEqual([
      "CPC2201: Object authority granted.",
    ]);
    await runCl(state, "GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(PAYCLERK HELPDESK) AUT(*CHANGE)");
    expect(privileges(state, "PAYROLL")).toEqual(["PAYOWNER=*ALL", "HELPDESK=*CHANGE", "PAYCLERK=*CHANGE", "*PUBLIC=*EXCLUDE"]);
    expect(payroll(state, "OPERATOR")).toBeDefined();
  });

  it("adds rights unless REPLACE(*YES), and names odd sets USER DEF", async () => {
    const state = scenarioState("neglected-production");
    await runCl(state, "GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(PAYCLERK) AUT(*READ)");
    expect(privileges(state, "PAYROLL")).toContain("PAYCLERK=USER DEF");
    await runCl(state, "GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(PAYCLERK) AUT(*OBJOPR *EXECUTE)");
    expect(privileges(state, "PAYROLL")).toContain("PAYCLERK=*USE");
    await runCl(state, "GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(PAYCLERK) AUT(*READ) REPLACE(*YES)");
    expect(privileges(state, "PAYROLL")).toContain("PAYCLERK=USER DEF");
  });

  it("revokes rights and drops an entry that has none left", async () => {
    const state = scenarioState("hardened");
    await runCl(state, "RVKOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(PAYCLERK) AUT(*ADD *UPD *DLT)");
    expect(privileges(state, "PAYROLL")).toContain("PAYCLERK=*USE");
    expect(lines(await runCl(state, "RVKOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(PAYCLERK) AUT(*ALL)"))).toEqual([
      "CPC2202: Object authority revoked.",
    ]);
    expect(privileges(state, "PAYROLL")).toEqual(["PAYOWNER=*ALL", "*PUBLIC=*EXCLUDE"]);
  });

  it("works on commands and libraries too", async () => {
    const state = scenarioState("hardened");
    await runCl(state, "GRTOBJAUT OBJ(QSYS/ENDTCPCNN) OBJTYPE(*CMD) USER(OPERATOR) AUT(*USE)");
    expect(privileges(state, "ENDTCPCNN")).toEqual(["QSYS=*ALL", "OPERATOR=*USE", "*PUBLIC=*EXCLUDE"]);
    await runCl(state, "RVKOBJAUT OBJ(QSYS/PAYLIB) OBJTYPE(*LIB) USER(PAYCLERK) AUT(*ALL)");
    expect(privileges(state, "PAYLIB")).toEqual(["PAYOWNER=*ALL", "*PUBLIC=*EXCLUDE"]);
  });

  it("reports a missing object or user, and refuses those without *OBJMGT", async () => {
    const state = scenarioState("hardened");
    expect(lines(await runCl(state, "GRTOBJAUT OBJ(PAYLIB/NOPE) OBJTYPE(*OUTQ) USER(PAYCLERK) AUT(*USE)"))).toEqual([
      "CPF2105: Object NOPE in PAYLIB type *OUTQ not found.",
      "CPF2227: One or more errors occurred during processing of command.",
    ]);
    expect((await runCl(state, "GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(NOBODY) AUT(*USE)")).messages[0]!.id).toBe("CPF2204");
    expect((await runCl(state, "GRTOBJAUT OBJ(QSYS/NOTACMD) OBJTYPE(*CMD) USER(PAYCLERK) AUT(*USE)")).messages[0]!.id).toBe("CPF2105");
    const refused = await runCl(state, "GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(OPERATOR) AUT(*USE)", { user: "PAYCLERK" });
    expect(refused.messages.map((m) => m.id)).toEqual(["CPF2207", "CPF2227"]);
  });

  it("shows another user only *PUBLIC and its own entry without *OBJMGT", () => {
    const state = scenarioState("hardened");
    const seen = rows(state, "QSYS2.OBJECT_PRIVILEGES", "PAYCLERK").filter((row) => row.OBJECT_NAME === "PAYROLL");
    expect(seen.map((row) => row.AUTHORIZATION_NAME)).toEqual(["PAYCLERK", "*PUBLIC"]);
  });
});
