import { describe, expect, test } from "vitest";
import { parseDb2Output } from "./db2-output";
import { Db2OutputError, Db2PromptOnly, ShellStartupOutput } from "./errors";

// Fixtures are written by hand from the QZDFMDB2 grammar and the shapes observed on real systems
// (ibmi-facts.md §1.3 "Observed in real output"); one Japanese row is real output.
const out = (...lines: string[]) => lines.join("\n");

const USERS_TABLE = [
  "NAME       STATUS     ATTEMPTS    CREDIT  RATE     TEXT                          ",
  "---------- ---------- ----------- ------- -------- ------------------------------",
  "QSECOFR    *ENABLED             0  5000      37.00 Security officer              ",
  "DASHUSR    *DISABLED           -5 -           0.00 -                             ",
  "12345      *ENABLED    2147483647  12        -1.50   leading blanks kept         ",
];

describe("parseDb2Output: result tables", () => {
  test("reads columns from the dash line and types cells as IBM i prints them", () => {
    const results = parseDb2Output(out("DB2>", "  ?>", "  ?>", "", ...USERS_TABLE, "", "  3 RECORD(S) SELECTED."));
    expect(results).toEqual([
      {
        kind: "rows",
        columns: ["NAME", "STATUS", "ATTEMPTS", "CREDIT", "RATE", "TEXT"],
        rows: [
          // A decimal keeps its own width and sits left in a wider column: ' 5000  ' is a number.
          { NAME: "QSECOFR", STATUS: "*ENABLED", ATTEMPTS: 0, CREDIT: 5000, RATE: 37, TEXT: "Security officer" },
          { NAME: "DASHUSR", STATUS: "*DISABLED", ATTEMPTS: -5, CREDIT: null, RATE: 0, TEXT: null },
          // Digits in a left-aligned character column stay text; leading blanks of text are kept.
          { NAME: "12345", STATUS: "*ENABLED", ATTEMPTS: 2147483647, CREDIT: 12, RATE: -1.5, TEXT: "  leading blanks kept" },
        ],
      },
    ]);
  });

  test("gives one entry per statement and ignores the prompt after the last one", () => {
    const results = parseDb2Output(
      out(
        "DB2>",
        "DB20000I  THE SQL COMMAND COMPLETED SUCCESSFULLY.",
        "DB2>",
        "DB20000I  THE SQL COMMAND COMPLETED SUCCESSFULLY.",
        "DB2>",
        "",
        "Remote host     LOCAL_PORT ",
        "--------------- -----------",
        "203.0.113.7              23",
        "",
        "  1 RECORD(S) SELECTED.",
        "",
        "DB2>",
      ),
    );
    expect(results.map((result) => result.kind)).toEqual(["ok", "ok", "rows"]);
    // Headings are cut at the dash-line offsets, so a quoted name with a blank survives.
    expect(results[2]).toEqual({ kind: "rows", columns: ["Remote host", "LOCAL_PORT"], rows: [{ "Remote host": "203.0.113.7", LOCAL_PORT: 23 }] });
  });

  test("an empty result has columns and no rows", () => {
    const [result] = parseDb2Output(out("DB2>", "", USERS_TABLE[0], USERS_TABLE[1], "", "  0 RECORD(S) SELECTED."));
    expect(result).toEqual({ kind: "rows", columns: ["NAME", "STATUS", "ATTEMPTS", "CREDIT", "RATE", "TEXT"], rows: [] });
  });

  test("a row whose values are all blank is a row, not the end of the table", () => {
    const [result] = parseDb2Output(
      out("DB2>", "", "A     B    ", "----- -----", "x     y    ", "           ", "", "  2 RECORD(S) SELECTED."),
    );
    expect(result).toEqual({ kind: "rows", columns: ["A", "B"], rows: [{ A: "x", B: "y" }, { A: "", B: "" }] });
  });

  test("a numeric cell beyond 15 significant digits stays text instead of being rounded", () => {
    const [result] = parseDb2Output(
      out("DB2>", "", "BIG                  ", "--------------------", " 9007199254740993   ", "", "  1 RECORD(S) SELECTED."),
    );
    expect(result).toMatchObject({ rows: [{ BIG: " 9007199254740993" }] });
  });

  test("CRLF line ends are accepted", () => {
    const results = parseDb2Output(["DB2>", "", ...USERS_TABLE.slice(0, 3), "", "  1 RECORD(S) SELECTED.", ""].join("\r\n"));
    expect(results[0]).toMatchObject({ kind: "rows", rows: [{ NAME: "QSECOFR", CREDIT: 5000 }] });
  });

  test("a trailer count that disagrees with the rows is refused", () => {
    expect(() => parseDb2Output(out("DB2>", "", ...USERS_TABLE, "", "  4 RECORD(S) SELECTED."))).toThrow(Db2OutputError);
  });

  test("a table without a trailer is refused", () => {
    expect(() => parseDb2Output(out("DB2>", "", ...USERS_TABLE))).toThrow(/RECORD\(S\) SELECTED/);
  });

  test("headings without a dash line are refused", () => {
    expect(() => parseDb2Output(out("DB2>", "", "NAME  STATUS", "", "  0 RECORD(S) SELECTED."))).toThrow(Db2OutputError);
  });
});

describe("parseDb2Output: wrapped wide rows", () => {
  test("joins a header, dash line and rows cut into fixed-width pieces", () => {
    const [result] = parseDb2Output(
      out(
        "DB2>",
        "",
        "SERVER     PORT        DESCRIP",
        "TION          STATE   ",
        "---------- ----------- -------",
        "------------- ------- ",
        "*FTP                21 File tr",
        "ansfer        LISTEN  ",
        "*TELNET             23 5250 se",
        "ssions        LISTEN  ",
        "",
        "  2 RECORD(S) SELECTED.",
      ),
    );
    expect(result).toEqual({
      kind: "rows",
      columns: ["SERVER", "PORT", "DESCRIPTION", "STATE"],
      rows: [
        { SERVER: "*FTP", PORT: 21, DESCRIPTION: "File transfer", STATE: "LISTEN" },
        { SERVER: "*TELNET", PORT: 23, DESCRIPTION: "5250 sessions", STATE: "LISTEN" },
      ],
    });
  });

  test("a piece that lost its trailing blanks is padded back to the cut width", () => {
    const [result] = parseDb2Output(
      out(
        "DB2>",
        "",
        "SERVER     PORT", // cut at 23, after the separator blank; trailing blanks lost
        "DESCRIPTION          STATE  ",
        "---------- ----------- ",
        "-------------------- -------",
        "*SMTP               25",
        "Mail                 LISTEN ",
        "",
        "  1 RECORD(S) SELECTED.",
      ),
    );
    expect(result).toEqual({
      kind: "rows",
      columns: ["SERVER", "PORT", "DESCRIPTION", "STATE"],
      rows: [{ SERVER: "*SMTP", PORT: 25, DESCRIPTION: "Mail", STATE: "LISTEN" }],
    });
  });
});

describe("parseDb2Output: multibyte data", () => {
  test("DBCS text takes two columns per character plus shift-out/shift-in per run (real Japanese output)", () => {
    const [result] = parseDb2Output(
      out(
        "DB2>",
        "  ?>",
        "",
        "",
        "LIBRARY   RECORD_LENGTH        ASP    SOURCE_FILE  NAME       TYPE       TEXT                                                                                                                           LINES                CREATED              CHANGED",
        "--------- -------------------- ------ ------------ ---------- ---------- ------------------------------------------------------------------------------------------------------------------------------ -------------------- -------------------- --------------------",
        "SNDLIB                     112      0 QRPGLESRC    TESTEDTW   RPGLE      日付と時刻を先行０付きで表示-> 8桁では無理？                                                                                                  9        1713451802000        1713453741000",
        "",
        "  1 RECORD(S) SELECTED.",
      ),
    );
    expect(result).toEqual({
      kind: "rows",
      columns: ["LIBRARY", "RECORD_LENGTH", "ASP", "SOURCE_FILE", "NAME", "TYPE", "TEXT", "LINES", "CREATED", "CHANGED"],
      rows: [
        {
          LIBRARY: "SNDLIB",
          RECORD_LENGTH: 112,
          ASP: 0,
          SOURCE_FILE: "QRPGLESRC",
          NAME: "TESTEDTW",
          TYPE: "RPGLE",
          TEXT: "日付と時刻を先行０付きで表示-> 8桁では無理？",
          LINES: 9,
          CREATED: 1713451802000,
          CHANGED: 1713453741000,
        },
      ],
    });
  });

  test("accented letters and U+FFFD take one column, in headings and data", () => {
    const [result] = parseDb2Output(
      out(
        "DB2>",
        "",
        "CLÉ        VALEUR      NOTE        ",
        "---------- ----------- ------------",
        "Été                  7 déjà vu     ",
        "caf\uFFFD                 8 x\uFFFDy         ",
        "",
        "  2 RECORD(S) SELECTED.",
      ),
    );
    expect(result).toEqual({
      kind: "rows",
      columns: ["CLÉ", "VALEUR", "NOTE"],
      rows: [
        { CLÉ: "Été", VALEUR: 7, NOTE: "déjà vu" },
        { CLÉ: "caf\uFFFD", VALEUR: 8, NOTE: "x\uFFFDy" },
      ],
    });
  });
});

describe("parseDb2Output: errors and warnings", () => {
  const cliError = (sqlstate: string, native: number, message: string) => [
    " **** CLI ERROR *****",
    `         SQLSTATE: ${sqlstate}`,
    `NATIVE ERROR CODE: ${native}`,
    message,
  ];

  test("a CLI ERROR block is a failed statement; the job-language message keeps its words, not its trailing blank", () => {
    const results = parseDb2Output(
      out("DB2>", "", ...cliError("42704", -204, "NOPE in QSYS2 type *FILE not found. "), "", "DB2>"),
    );
    expect(results).toEqual([{ kind: "error", sqlstate: "42704", nativeError: -204, message: "NOPE in QSYS2 type *FILE not found." }]);
  });

  test("an error printed after the column headings, then 0 RECORD(S) SELECTED, is a failure", () => {
    const results = parseDb2Output(
      out("DB2>", "", USERS_TABLE[0], USERS_TABLE[1], "", ...cliError("22023", -802, "Data conversion error."), "", "  0 RECORD(S) SELECTED."),
    );
    expect(results).toEqual([{ kind: "error", sqlstate: "22023", nativeError: -802, message: "Data conversion error." }]);
  });

  test("warnings (01xxx) and no-data (02xxx) are not failures and are reported with the result", () => {
    const results = parseDb2Output(
      out(
        "DB2>",
        "",
        ...cliError("01003", 420, "Null values were eliminated."),
        "",
        "TOTAL      ",
        "-----------",
        "          4",
        "",
        "  1 RECORD(S) SELECTED.",
        "DB2>",
        "",
        ...cliError("02000", 100, "Row not found for UPDATE."),
        "",
      ),
    );
    expect(results).toEqual([
      { kind: "rows", columns: ["TOTAL"], rows: [{ TOTAL: 4 }], warnings: [{ sqlstate: "01003", nativeError: 420, message: "Null values were eliminated." }] },
      { kind: "ok", warnings: [{ sqlstate: "02000", nativeError: 100, message: "Row not found for UPDATE." }] },
    ]);
  });

  test("statements after a failed one keep their positions", () => {
    const results = parseDb2Output(
      out(
        "DB2>",
        "",
        ...cliError("42501", -551, "Not authorized to object NETSTAT_JOB_INFO in QSYS2 type *FILE."),
        "",
        "DB2>",
        "DB20000I  THE SQL COMMAND COMPLETED SUCCESSFULLY.",
        "DB2>",
        "",
        "Remote host     LOCAL_PORT ",
        "--------------- -----------",
        "203.0.113.7              23",
        "",
        "  1 RECORD(S) SELECTED.",
      ),
    );
    expect(results.map((result) => result.kind)).toEqual(["error", "ok", "rows"]);
  });

  test("a CLI ERROR block without its SQLSTATE line is refused", () => {
    expect(() => parseDb2Output(out("DB2>", "", " **** CLI ERROR *****", "something else"))).toThrow(Db2OutputError);
  });
});

describe("parseDb2Output: faults of the whole output", () => {
  test("only DB2> (SSH daemon started from the wrong path) is its own error that names the cure", () => {
    for (const stdout of ["DB2>", "DB2>\n", "DB2>\n  ?>\n\nDB2>"]) {
      expect(() => parseDb2Output(stdout)).toThrow(Db2PromptOnly);
    }
    expect(() => parseDb2Output("DB2>")).toThrow(/ENDTCPSVR SERVER\(\*SSHD\).*STRTCPSVR SERVER\(\*SSHD\)/);
    expect(() => parseDb2Output("DB2>")).toThrow(/QOpenSys\/QIBM\/ProdData\/SC1\/OpenSSH\/sbin\/sshd/);
  });

  test("text before the first prompt (a login profile printing) is its own error", () => {
    const stdout = out("Welcome to PUB400!", "DB2>", "DB20000I  THE SQL COMMAND COMPLETED SUCCESSFULLY.");
    expect(() => parseDb2Output(stdout)).toThrow(ShellStartupOutput);
    try {
      parseDb2Output(stdout);
    } catch (error) {
      expect((error as ShellStartupOutput).sample).toBe("Welcome to PUB400!");
      expect((error as ShellStartupOutput).userMessage).toMatch(/start-up files silent/);
    }
  });

  test("empty output parses to no results; text without any prompt is refused", () => {
    expect(parseDb2Output("")).toEqual([]);
    expect(parseDb2Output("\n")).toEqual([]);
    expect(() => parseDb2Output("CPF9801: Object QZDFMDB2 in library QSYS not found.")).toThrow(Db2OutputError);
  });

  test("a column named __proto__ is an ordinary key", () => {
    const [result] = parseDb2Output(out("DB2>", "", "__proto__  ", "-----------", "          1", "", "  1 RECORD(S) SELECTED."));
    expect(result.kind === "rows" && Object.keys(result.rows[0])).toEqual(["__proto__"]);
    expect(result.kind === "rows" && Object.getPrototypeOf(result.rows[0])).toBe(Object.prototype);
  });
});
