import { describe, expect, it } from "vitest";
import { ClFailure } from "./cl-failure";
import { parseCommand } from "./parse-command";

function failureIds(source: string): string[] {
  try {
    parseCommand(source);
  } catch (error) {
    if (error instanceof ClFailure) return error.messages.map((entry) => entry.id);
    throw error;
  }
  throw new Error(`parsed without error: ${source}`);
}

describe("parseCommand", () => {
  it("reads a command with keyword parameters, upper-casing unquoted text", () => {
    expect(parseCommand("endtcpsvr server(*ftp)")).toEqual({
      library: null,
      name: "ENDTCPSVR",
      parameters: [{ keyword: "SERVER", value: { kind: "list", items: [{ kind: "word", text: "*FTP" }], raw: "*ftp" } }],
    });
  });

  it("reads a qualified command name and qualified object names as single words", () => {
    const parsed = parseCommand("QSYS/CHGOUTQ OUTQ(paylib/payoutq) DSPDTA(*NO)");
    expect(parsed.library).toBe("QSYS");
    expect(parsed.parameters[0]!.value).toMatchObject({ items: [{ kind: "word", text: "PAYLIB/PAYOUTQ" }] });
  });

  it("keeps quoted text as written and turns doubled apostrophes into one", () => {
    const parsed = parseCommand("ADDJOBSCDE JOB(X) TEXT('It''s 7 o''clock (UTC)')");
    expect(parsed.parameters[1]!.value).toMatchObject({ items: [{ kind: "string", text: "It's 7 o'clock (UTC)" }] });
  });

  it("reads lists, nested lists and positional values", () => {
    const parsed = parseCommand("call QSYS/QZDFMDB2 PARM('-d' '-i' '-t') (a (b c)) *YES");
    expect(parsed.parameters.map((p) => p.keyword)).toEqual([null, "PARM", null, null]);
    expect(parsed.parameters[1]!.value).toMatchObject({ items: [{ text: "-d" }, { text: "-i" }, { text: "-t" }] });
    expect(parsed.parameters[2]!.value).toMatchObject({ kind: "list", items: [{ text: "A" }, { kind: "list", items: [{ text: "B" }, { text: "C" }] }] });
    expect(parsed.parameters[3]!.value).toEqual({ kind: "word", text: "*YES" });
  });

  it("keeps a nested command together with its raw text", () => {
    const parsed = parseCommand("ADDJOBSCDE JOB(FTPOFF) CMD(ENDTCPSVR SERVER(*FTP) ) FRQ(*WEEKLY)");
    const cmd = parsed.parameters[1]!.value;
    expect(cmd).toMatchObject({ kind: "list", raw: "ENDTCPSVR SERVER(*FTP)" });
    expect(cmd).toMatchObject({ items: [{ kind: "word", text: "ENDTCPSVR" }, { kind: "keyword", keyword: "SERVER" }] });
  });

  it("accepts comments, continuation lines and extra blanks", () => {
    const parsed = parseCommand("  CHGFTPA /* turn it off */  AUTOSTART(*NO) +\n      ALWSSL( *ONLY )  ");
    expect(parsed.parameters.map((p) => [p.keyword, p.value.kind === "list" ? p.value.items[0] : null])).toEqual([
      ["AUTOSTART", { kind: "word", text: "*NO" }],
      ["ALWSSL", { kind: "word", text: "*ONLY" }],
    ]);
  });

  it("does not treat parentheses or comment markers inside strings as syntax", () => {
    const parsed = parseCommand("SNDMSG MSG('a ) /* b ( ''c''') TOUSR(QSYSOPR)");
    expect(parsed.parameters[0]!.value).toMatchObject({ items: [{ kind: "string", text: "a ) /* b ( 'c'" }] });
  });

  it("reports missing parentheses and apostrophes with CPF0006 last", () => {
    expect(failureIds("ENDTCPSVR SERVER(*FTP")).toEqual(["CPD0013", "CPF0006"]);
    expect(failureIds("ENDTCPSVR SERVER(*FTP))")).toEqual(["CPD0013", "CPF0006"]);
    expect(failureIds("CHGOUTQ TEXT('unclosed)")).toEqual(["CPD0014", "CPF0006"]);
  });

  it("rejects text glued to a string or a closing parenthesis", () => {
    expect(failureIds("CHGOUTQ TEXT('a'b)")).toEqual(["CPD0020", "CPF0006"]);
    expect(failureIds("CHGOUTQ OUTQ(A)B")).toEqual(["CPD0020", "CPF0006"]);
  });

  it("reports a command name that is not a name as not found", () => {
    expect(failureIds("")).toEqual(["CPD0030", "CPF0006"]);
    expect(failureIds("12ABC X")).toEqual(["CPD0030", "CPF0006"]);
    expect(failureIds("THISNAMEISTOOLONG")).toEqual(["CPD0030", "CPF0006"]);
  });
});
