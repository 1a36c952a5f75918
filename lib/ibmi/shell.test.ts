import { describe, expect, test } from "vitest";
import { buildClCommand, clString, clWord } from "./cl-builder";
import { clExecLine, QZDFMDB2_EXEC_LINE, shellQuote } from "./shell";
import { descriptionText, qsysName } from "./values";

describe("shell quoting", () => {
  test("single quotes make everything literal; an apostrophe becomes '\\''", () => {
    expect(shellQuote("abc")).toBe("'abc'");
    expect(shellQuote("it's")).toBe("'it'\\''s'");
    expect(shellQuote("$(reboot) `id` ; | & > $HOME")).toBe("'$(reboot) `id` ; | & > $HOME'");
    expect(() => shellQuote("a\nb")).toThrow(TypeError);
    expect(() => shellQuote("a\0b")).toThrow(TypeError);
  });

  test("a CL command is run through PASE system with its CL apostrophes shell-quoted", () => {
    const command = buildClCommand("ADDJOBSCDE", [
      ["JOB", clWord(qsysName("FTPOFF", "j"))],
      ["TEXT", clString(descriptionText("FTP off", "t"))],
    ]);
    expect(clExecLine(command)).toBe("LC_ALL=EN_US.UTF-8 /QOpenSys/usr/bin/system 'ADDJOBSCDE JOB(FTPOFF) TEXT('\\''FTP off'\\'')'");
  });

  test("QZDFMDB2 is called with -d -i -t, statements coming on stdin", () => {
    expect(QZDFMDB2_EXEC_LINE).toBe(`LC_ALL=EN_US.UTF-8 /QOpenSys/usr/bin/system "call QSYS/QZDFMDB2 PARM('-d' '-i' '-t')"`);
  });
});
