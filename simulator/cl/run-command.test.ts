import { describe, expect, it } from "vitest";
import { lines, runCl, scenarioState } from "./cl-test-context";

describe("the command analyzer", () => {
  const state = scenarioState("neglected-production");

  it("answers an unknown command with CPD0030 then CPF0006", async () => {
    const result = await runCl(state, "WRKFOO X(1)");
    expect(result.success).toBe(false);
    expect(lines(result)).toEqual(["CPD0030: Command WRKFOO in library *LIBL not found.", "CPF0006: Errors occurred in command."]);
  });

  it("looks commands up in QSYS only", async () => {
    expect(lines(await runCl(state, "MYLIB/CHGFTPA AUTOSTART(*NO)"))[0]).toBe("CPD0030: Command CHGFTPA in library MYLIB not found.");
    expect((await runCl(state, "QSYS/CHGFTPA AUTOSTART(*NO)")).success).toBe(true);
  });

  it("rejects unknown and repeated keywords", async () => {
    expect(lines(await runCl(state, "CHGFTPA FOO(*YES)"))[0]).toBe("CPD0043: Keyword FOO not valid for this command.");
    expect((await runCl(state, "CHGFTPA AUTOSTART(*NO) autostart(*YES)")).messages[0]!.id).toBe("CPD0041");
  });

  it("rejects values outside the parameter's choices, names and ranges", async () => {
    expect(lines(await runCl(state, "CHGFTPA ALWSSL(*MAYBE)"))[0]).toBe("CPD0084: Value '*MAYBE' for parameter ALWSSL not valid.");
    expect((await runCl(state, "CHGFTPA NBRSVR(99)")).messages[0]!.id).toBe("CPD0085");
    expect((await runCl(state, "CHGFTPA NBRSVR(abc)")).messages[0]!.id).toBe("CPD0075");
    expect((await runCl(state, "CHGOUTQ OUTQ(PAYLIB/9BAD)")).messages[0]!.id).toBe("CPD0078");
    expect((await runCl(state, "CHGFTPA AUTOSTART(*YES *NO)")).messages[0]!.id).toBe("CPD0048");
  });

  it("reports a value longer than the parameter allows the way IBM does, cut at the limit", async () => {
    expect(lines(await runCl(state, "CHGOUTQ OUTQ(PAYLIB/PAYROLLQUEUE)"))[0]).toBe("CPD0074: Value 'PAYROLLQUE' for OUTQ exceeds 10 characters.");
  });

  it("requires required parameters and limits positional ones", async () => {
    expect(lines(await runCl(state, "CHGOUTQ DSPDTA(*NO)"))[0]).toBe("CPD0072: Parameter OUTQ required.");
    expect((await runCl(state, "CHGFTPA *NO")).messages[0]!.id).toBe("CPD0044");
    expect((await runCl(state, "CHGOUTQ DSPDTA(*NO) PAYLIB/PAYROLL")).messages[0]!.id).toBe("CPD0044");
  });

  it("accepts positional parameters in order", async () => {
    const result = await runCl(state, "ENDTCPCNN *TCP '10.1.2.5' 23 '203.0.113.45'");
    expect(result.success).toBe(true);
  });

  it("checks authority to the command object before the parameters", async () => {
    const result = await runCl(state, "ENDTCPSVR SERVER(*NOPE)", { user: "PAYCLERK" });
    expect(lines(result)).toEqual(["CPD0032: Not authorized to command ENDTCPSVR in library QSYS.", "CPF0006: Errors occurred in command."]);
  });

  it("leaves the state alone when a command fails", async () => {
    const before = JSON.stringify(state);
    await runCl(state, "ADDSMTPLE TYPE(*ACCEPT) INTNETADR('999.1.1.1')");
    await runCl(state, "CHGFTPA AUTOSTART(*NO)", { user: "PAYCLERK" });
    expect(JSON.stringify(state)).toBe(before);
  });
});
