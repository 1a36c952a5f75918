import { describe, expect, test } from "vitest";
import { buildClCommand, clString, clWord } from "./cl-builder";
import { InvalidValueError } from "./errors";
import { flattenStatement, qcmdexcCall, sqlString, sqlStringList } from "./sql-text";
import { descriptionText, ipv4Address, qsysName } from "./values";

describe("SQL literals", () => {
  test("validated values become literals with apostrophes doubled", () => {
    expect(sqlString(qsysName("DASHUSR", "u"))).toBe("'DASHUSR'");
    expect(sqlStringList([qsysName("A", "u"), qsysName("B", "u")])).toBe("'A', 'B'");
    expect(() => sqlStringList([])).toThrow(TypeError);
  });

  test("a CL command inside QCMDEXC doubles the CL apostrophes again", () => {
    const command = buildClCommand("ADDSMTPLE", [
      ["TYPE", clWord(qsysName("X", "t"))],
      ["INTNETADR", clString(ipv4Address("10.1.1.1", "a"))],
      ["TEXT", clString(descriptionText("Relay (mail hub)", "t"))],
    ]);
    expect(command.text).toBe("ADDSMTPLE TYPE(X) INTNETADR('10.1.1.1') TEXT('Relay (mail hub)')");
    expect(qcmdexcCall(command)).toBe("CALL QSYS2.QCMDEXC('ADDSMTPLE TYPE(X) INTNETADR(''10.1.1.1'') TEXT(''Relay (mail hub)'')')");
  });
});

describe("flattenStatement", () => {
  test("puts a statement on one line and drops a trailing semicolon", () => {
    expect(flattenStatement("SELECT LOCAL_PORT\n  FROM QSYS2.NETSTAT_INFO\r\n\tWHERE TCP_STATE = 'LISTEN';  \n")).toBe(
      "SELECT LOCAL_PORT   FROM QSYS2.NETSTAT_INFO   WHERE TCP_STATE = 'LISTEN'",
    );
  });

  test("keeps literals and quoted names as they are", () => {
    expect(flattenStatement(`SELECT "Remote host" FROM X WHERE A = 'a -- b' AND B = 'it''s'`)).toBe(
      `SELECT "Remote host" FROM X WHERE A = 'a -- b' AND B = 'it''s'`,
    );
  });

  test.each([
    ["two statements", "SELECT 1 FROM SYSIBM.SYSDUMMY1; DROP TABLE X"],
    ["a comment", "SELECT 1 -- note\nFROM SYSIBM.SYSDUMMY1"],
    ["a line break in a literal", "SELECT 'a\nb' FROM SYSIBM.SYSDUMMY1"],
    ["a semicolon in a literal", "SELECT 'a;b' FROM SYSIBM.SYSDUMMY1"],
    ["an unterminated literal", "SELECT 'abc FROM SYSIBM.SYSDUMMY1"],
    ["nothing", "  ;  "],
  ])("refuses %s", (_label, sql) => {
    expect(() => flattenStatement(sql)).toThrow(InvalidValueError);
  });
});
