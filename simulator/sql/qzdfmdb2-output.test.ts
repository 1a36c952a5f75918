import { describe, expect, it } from "vitest";
import { COMMAND_COMPLETED, renderCliError, renderResultSet, type ResultColumn } from "./qzdfmdb2-output";

describe("renderResultSet", () => {
  it("sizes columns by type or heading, right-aligns integers and prints NULL as -", () => {
    const columns: ResultColumn[] = [
      { name: "LOCAL_PORT", type: { kind: "integer", width: 11 } },
      { name: "TCP_STATE", type: { kind: "text", length: 11 } },
      { name: "N", type: { kind: "integer", width: 6 } },
      { name: "BYTES", type: { kind: "integer", width: 20 } },
    ];
    const rows = [
      ["21", "LISTEN", "3", "12345678901"],
      ["23", null, null, "0"],
    ];
    expect(renderResultSet(columns, rows)).toBe(
      [
        "",
        "LOCAL_PORT  TCP_STATE   N      BYTES               ",
        "----------- ----------- ------ --------------------",
        "         21 LISTEN           3          12345678901",
        "         23 -                -                    0",
        "",
        "  2 RECORD(S) SELECTED.",
        "",
        "",
      ].join("\n"),
    );
  });

  it("gives decimals all their scale digits inside their own width, left in a wider column", () => {
    const columns: ResultColumn[] = [
      { name: "PCT", type: { kind: "decimal", precision: 5, scale: 2 } },
      { name: "TOTAL_AMOUNT", type: { kind: "decimal", precision: 4, scale: 0 } },
    ];
    expect(renderResultSet(columns, [["37", "5000"], ["0.5", "-12"], ["-1.25", null]])).toBe(
      [
        "",
        "PCT     TOTAL_AMOUNT ",
        "------- -------------",
        "  37.00  5000        ",
        "   0.50   -12        ",
        "  -1.25     -        ",
        "",
        "  3 RECORD(S) SELECTED.",
        "",
        "",
      ].join("\n"),
    );
  });

  it("takes an undeclared decimal's scale from its values and Db2's 31 digits", () => {
    const columns: ResultColumn[] = [{ name: "S", type: { kind: "decimal", precision: 31, scale: null } }];
    expect(renderResultSet(columns, [["1.5"], ["2.25"]]).split("\n").slice(1, 5)).toEqual([
      "S".padEnd(33),
      "-".repeat(33),
      "1.50".padStart(33),
      "2.25".padStart(33),
    ]);
  });

  it("prints timestamps, dates and times in Db2's forms", () => {
    const columns: ResultColumn[] = [
      { name: "00001", type: { kind: "timestamp" } },
      { name: "00002", type: { kind: "date" } },
      { name: "00003", type: { kind: "time" } },
    ];
    expect(renderResultSet(columns, [["2026-11-22 10:15:00", "2026-03-26", "16:01:28"], ["2026-11-22 10:15:00.5", null, null]])).toBe(
      [
        "",
        "00001                      00002      00003   ",
        "-------------------------- ---------- --------",
        "2026-11-22-10.15.00.000000 2026-03-26 16.01.28",
        "2026-11-22-10.15.00.500000 -          -       ",
        "",
        "  2 RECORD(S) SELECTED.",
        "",
        "",
      ].join("\n"),
    );
  });

  it("counts double-byte text in EBCDIC bytes, shift characters included", () => {
    const columns: ResultColumn[] = [
      { name: "TEXT_DESCRIPTION", type: { kind: "text", length: 20 } },
      { name: "X", type: { kind: "text", length: 2 } },
    ];
    expect(renderResultSet(columns, [["給与 Queue", "a"], ["Café", "b"]])).toBe(
      [
        "",
        "TEXT_DESCRIPTION     X ",
        "-------------------- --",
        // 給与 takes 2×2 bytes plus shift-out/shift-in: 6 + 6 = 12 bytes, so 8 blanks follow.
        "給与 Queue" + " ".repeat(8) + " a ",
        "Café" + " ".repeat(16) + " b ",
        "",
        "  2 RECORD(S) SELECTED.",
        "",
        "",
      ].join("\n"),
    );
  });

  it("sizes text of unknown length by its widest value", () => {
    const columns: ResultColumn[] = [{ name: "00001", type: { kind: "text", length: null } }];
    expect(renderResultSet(columns, [["10.1.1.0 255.255.255.0"]]).split("\n").slice(1, 4)).toEqual([
      "00001                 ",
      "----------------------",
      "10.1.1.0 255.255.255.0",
    ]);
  });

  it("prints an empty result with its headings", () => {
    const columns: ResultColumn[] = [{ name: "SERVER", type: { kind: "text", length: 10 } }];
    expect(renderResultSet(columns, [])).toBe("\nSERVER    \n----------\n\n  0 RECORD(S) SELECTED.\n\n");
  });

  it("prints a fetch error after the rows already fetched", () => {
    const columns: ResultColumn[] = [{ name: "A", type: { kind: "integer", width: 11 } }];
    expect(renderResultSet(columns, [["1"]], { sqlstate: "22012", nativeError: -802, message: "Data conversion or data mapping error." })).toBe(
      [
        "",
        "A          ",
        "-----------",
        "          1",
        "",
        " **** CLI ERROR *****",
        "         SQLSTATE: 22012",
        "NATIVE ERROR CODE: -802",
        "Data conversion or data mapping error. ",
        "",
        "  1 RECORD(S) SELECTED.",
        "",
        "",
      ].join("\n"),
    );
  });

  it("right-aligns the record count in three places", () => {
    const columns: ResultColumn[] = [{ name: "A", type: { kind: "integer", width: 6 } }];
    const rows = Array.from({ length: 12 }, (_, index) => [String(index)]);
    expect(renderResultSet(columns, rows)).toContain("\n 12 RECORD(S) SELECTED.\n");
  });
});

describe("notices and errors", () => {
  it("prints the completion notice with two blanks after the id", () => {
    expect(COMMAND_COMPLETED).toBe("DB20000I  THE SQL COMMAND COMPLETED SUCCESSFULLY.\n");
  });

  it("prints the CLI ERROR block with its exact spacing", () => {
    expect(renderCliError({ sqlstate: "42704", nativeError: -204, message: "NOPE in QSYS2 type *FILE not found." })).toBe(
      "\n **** CLI ERROR *****\n         SQLSTATE: 42704\nNATIVE ERROR CODE: -204\nNOPE in QSYS2 type *FILE not found. \n",
    );
  });
});
