import { describe, expect, test } from "vitest";
import { buildClCommand, clList, clString, clWord, quoteClString } from "./cl-builder";
import { descriptionText, qsysName } from "./values";

describe("CL assembly", () => {
  test("a built command keeps its text and its parameters by keyword, in order", () => {
    const command = buildClCommand("CHGOUTQ", [
      ["OUTQ", clWord(qsysName("PRT01", "OUTQ"))],
      ["DSPDTA", undefined],
      ["TEXT", clString(descriptionText("Payroll output", "TEXT"))],
    ]);
    expect(command.text).toBe("CHGOUTQ OUTQ(PRT01) TEXT('Payroll output')");
    expect(command.name).toBe("CHGOUTQ");
    expect(command.params).toEqual({ OUTQ: "PRT01", TEXT: "'Payroll output'" });
    expect(Object.keys(command.params)).toEqual(["OUTQ", "TEXT"]);
    expect(Object.isFrozen(command)).toBe(true);
  });

  test("CL string literals double apostrophes", () => {
    expect(quoteClString("it's")).toBe("'it''s'");
    expect(quoteClString("''")).toBe("''''''");
    expect(quoteClString("")).toBe("''");
  });

  test("lists are blank-separated", () => {
    expect(clList([clWord(qsysName("A", "x")), clWord(qsysName("B", "x"))])).toBe("A B");
  });

  test("command names and keywords are checked even though they come from code", () => {
    expect(() => buildClCommand("CHG OUTQ", [])).toThrow(TypeError);
    expect(() => buildClCommand("CHGOUTQ", [["OUTQ)X(", clWord(qsysName("A", "x"))]])).toThrow(TypeError);
  });
});
