import { describe, expect, it } from "vitest";
import { expandWord, parseShellLine } from "./parse-shell-line";

/** The words of each simple command, expanded against `env`. */
function words(line: string, env: Record<string, string> = {}): string[][] {
  return parseShellLine(line).flatMap((list) =>
    [list.first, ...list.rest.map((entry) => entry.pipeline)].flatMap((pipeline) => pipeline.map((command) => command.words.map((word) => expandWord(word, env)))),
  );
}

describe("parseShellLine", () => {
  it("splits on blanks and keeps quoted text together", () => {
    expect(words(`system "call QSYS/QZDFMDB2 PARM('-d' '-i' '-t')"`)).toEqual([["system", "call QSYS/QZDFMDB2 PARM('-d' '-i' '-t')"]]);
    expect(words(`/QOpenSys/usr/bin/system -i 'CHGOUTQ OUTQ(A/B) TEXT(''x'')'`)).toEqual([
      ["/QOpenSys/usr/bin/system", "-i", "CHGOUTQ OUTQ(A/B) TEXT(x)"],
    ]);
  });

  it("joins adjacent quoted and unquoted pieces into one word", () => {
    expect(words(`echo a"b c"'d e'f`)).toEqual([["echo", "ab cd ef"]]);
  });

  it("handles backslashes outside quotes and inside double quotes", () => {
    expect(words(String.raw`echo a\ b "q\"x\\y" \$HOME "\$HOME"`, { HOME: "/home/x" })).toEqual([["echo", "a b", 'q"x\\y', "$HOME", "$HOME"]]);
  });

  it("expands variables except inside single quotes", () => {
    expect(words(`echo $USER "\${USER}x" '$USER' $NOPE.`, { USER: "PORTCULLIS" })).toEqual([["echo", "PORTCULLIS", "PORTCULLISx", "$USER", "."]]);
  });

  it("separates leading assignments from the command", () => {
    const [list] = parseShellLine(`LC_ALL=EN_US.UTF-8 QIBM_X='a b' system "DSPLIBL"`);
    const command = list!.first[0]!;
    expect(command.assignments.map(({ name, value }) => [name, expandWord(value, {})])).toEqual([
      ["LC_ALL", "EN_US.UTF-8"],
      ["QIBM_X", "a b"],
    ]);
    expect(command.words.map((word) => expandWord(word, {}))).toEqual(["system", "DSPLIBL"]);
  });

  it("reads pipelines, && / ||, ; and newlines, and comments", () => {
    const lists = parseShellLine("ps -ef | grep sshd && echo yes || echo no; echo done # ignored\necho next");
    expect(lists.length).toBe(3);
    expect(lists[0]!.first.length).toBe(2);
    expect(lists[0]!.rest.map((entry) => entry.op)).toEqual(["&&", "||"]);
  });

  it("reads the redirections clients use", () => {
    const [list] = parseShellLine("system DSPLIBL 2>&1 >/dev/null");
    expect(list!.first[0]!.redirects).toEqual([
      { fd: 2, to: 1 },
      { fd: 1, to: "null" },
    ]);
  });

  it("refuses broken lines", () => {
    expect(() => parseShellLine(`echo "open`)).toThrow(/unterminated/);
    expect(() => parseShellLine(`echo 'open`)).toThrow(/unterminated/);
    expect(() => parseShellLine("| grep x")).toThrow(/unexpected/);
    expect(() => parseShellLine("echo a &&")).toThrow(/unexpected/);
    expect(() => parseShellLine("cat < /etc/passwd")).toThrow(/not supported/);
  });
});
