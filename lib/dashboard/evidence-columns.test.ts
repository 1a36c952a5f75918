import { describe, expect, it } from "vitest";
import { evidenceColumns } from "@/lib/dashboard/evidence-columns";

describe("evidenceColumns", () => {
  it("orders columns as the SELECT list names them, whatever order the stored JSON has", () => {
    const rows = [{ NUMBER_OF_FILES: 34, DISPLAY_ANY_FILE: "*YES", OUTPUT_QUEUE_NAME: "PAYROLL", OUTPUT_QUEUE_LIBRARY_NAME: "PAYLIB" }];
    const sql = "SELECT OUTPUT_QUEUE_LIBRARY_NAME, OUTPUT_QUEUE_NAME, NUMBER_OF_FILES, DISPLAY_ANY_FILE FROM QSYS2.OUTPUT_QUEUE_INFO";
    expect(evidenceColumns(rows, [{ sql }])).toEqual(["OUTPUT_QUEUE_LIBRARY_NAME", "OUTPUT_QUEUE_NAME", "NUMBER_OF_FILES", "DISPLAY_ANY_FILE"]);
  });

  it("does not mistake a column for the end of a longer name, and puts unnamed columns last by name", () => {
    const rows = [{ NAME: "x", B_EXTRA: 1, A_EXTRA: 2, OUTPUT_QUEUE_NAME: "y" }];
    expect(evidenceColumns(rows, [{ sql: "SELECT OUTPUT_QUEUE_NAME, NAME FROM T" }])).toEqual(["OUTPUT_QUEUE_NAME", "NAME", "A_EXTRA", "B_EXTRA"]);
  });

  it("gathers the columns of every row (SELECT * rows may differ)", () => {
    expect(evidenceColumns([{ A: 1 }, { B: 2 }], [{ sql: "SELECT * FROM T" }])).toEqual(["A", "B"]);
  });
});
