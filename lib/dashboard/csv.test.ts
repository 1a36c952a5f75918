import { describe, expect, it } from "vitest";
import { toCsv } from "@/lib/dashboard/csv";

describe("toCsv", () => {
  it("writes a header and rows with CRLF line ends", () => {
    expect(toCsv(["a", "b"], [["x", 1], ["y", 2]])).toBe("a,b\r\nx,1\r\ny,2\r\n");
  });

  it("quotes commas, quotes and line breaks, doubling inner quotes", () => {
    expect(toCsv(["v"], [['say "hi"'], ["a,b"], ["two\nlines"]])).toBe('v\r\n"say ""hi"""\r\n"a,b"\r\n"two\nlines"\r\n');
  });

  it("keeps empty cells empty", () => {
    expect(toCsv(["a", "b", "c"], [[null, undefined, ""]])).toBe("a,b,c\r\n,,\r\n");
  });

  it("defuses text a spreadsheet would run as a formula, but not negative numbers", () => {
    expect(toCsv(["v"], [["=HYPERLINK(\"http://evil\")"], ["+1"], ["@SUM(A1)"], [-5]])).toBe(
      'v\r\n"\'=HYPERLINK(""http://evil"")"\r\n\'+1\r\n\'@SUM(A1)\r\n-5\r\n',
    );
  });

  it("quotes fields with leading or trailing spaces so they survive", () => {
    expect(toCsv(["v"], [[" padded "]])).toBe('v\r\n" padded "\r\n');
  });
});
