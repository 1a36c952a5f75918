import { describe, expect, it } from "vitest";
import { ftpExitPointRows } from "@/lib/dashboard/exit-points";

describe("ftpExitPointRows", () => {
  it("lists every named exit point, with its programs in order or none, then other registrations of the same servers", () => {
    const program = (exitPoint: string, number: number, name: string) => ({ exitPoint, format: "VLRQ0100", number, library: "SECLIB", program: name, row: {} });
    const rows = ftpExitPointRows([program("QIBM_QTMF_SERVER_REQ", 2, "SECOND"), program("QIBM_QTMF_SERVER_REQ", 1, "FIRST"), program("QIBM_QTMF_SVR_EXTRA", 1, "X"), program("QIBM_QZDA_INIT", 1, "DB")]);
    expect(rows[0]).toMatchObject({ name: "QIBM_QTMF_SERVER_REQ", programs: [{ program: "SECLIB/FIRST" }, { program: "SECLIB/SECOND" }] });
    expect(rows.find((row) => row.name === "QIBM_QTMF_SVR_LOGON")?.programs).toEqual([]);
    expect(rows.at(-1)?.name).toBe("QIBM_QTMF_SVR_EXTRA");
    expect(rows.some((row) => row.name === "QIBM_QZDA_INIT")).toBe(false);
  });
});
