import { describe, expect, it } from "vitest";
import { readQzdfmdb2Input, type InputStep } from "./qzdfmdb2-input";

const first: InputStep = { kind: "prompt", continuation: false };
const more: InputStep = { kind: "prompt", continuation: true };
const statement = (sql: string): InputStep => ({ kind: "statement", sql });

describe("readQzdfmdb2Input", () => {
  it("prompts per line and runs a statement as soon as its line ends it", () => {
    expect(readQzdfmdb2Input("SELECT 1 FROM T;\nSELECT 2 FROM T;\n")).toEqual([
      first,
      statement("SELECT 1 FROM T"),
      first,
      statement("SELECT 2 FROM T"),
      first,
    ]);
  });

  it("asks for more lines while a statement is open and runs the last one at end of input", () => {
    // vscode-ibmi's shape: statements joined with ';\n', no ';' after the last.
    expect(readQzdfmdb2Input("SELECT A\nFROM T;\nSELECT B FROM T")).toEqual([
      first,
      more,
      statement("SELECT A\nFROM T"),
      first,
      more,
      statement("SELECT B FROM T"),
    ]);
  });

  it("runs several statements of one line, and ignores empty ones", () => {
    expect(readQzdfmdb2Input("SELECT 1 FROM T; ; SELECT 2 FROM T;")).toEqual([
      first,
      statement("SELECT 1 FROM T"),
      statement("SELECT 2 FROM T"),
      first,
    ]);
  });

  it("does not split on ; inside strings, delimited names or comments", () => {
    const sql = "SELECT 'a;b' AS \"X;Y\" -- not; here\nFROM T /* nor; here */;";
    expect(readQzdfmdb2Input(sql)).toEqual([
      first,
      more,
      statement("SELECT 'a;b' AS \"X;Y\" -- not; here\nFROM T /* nor; here */"),
      first,
    ]);
  });

  it("keeps a string that spans lines open", () => {
    expect(readQzdfmdb2Input("VALUES 'a\n;b';")).toEqual([first, more, statement("VALUES 'a\n;b'"), first]);
  });

  it("treats comment-only lines as nothing pending", () => {
    expect(readQzdfmdb2Input("-- header\nSELECT 1 FROM T;\r\n")).toEqual([first, first, statement("SELECT 1 FROM T"), first]);
  });

  it("answers empty input with one prompt", () => {
    expect(readQzdfmdb2Input("")).toEqual([first]);
  });
});
