import { describe, expect, it } from "vitest";
import { deriveSnapshot } from "@/simulator/state/derive/derive-snapshot";
import type { TSystemState } from "@/simulator/state/schema";
import { lines, runCl, scenarioState, TEST_NOW } from "../cl-test-context";

const table = (state: TSystemState, key: string) => deriveSnapshot(state, { now: TEST_NOW, user: "PORTCULLIS" }).tables[key]!;

describe("ADDEXITPGM and RMVEXITPGM", () => {
  it("registers an FTP exit program that EXIT_PROGRAM_INFO and EXIT_POINT_INFO then show", async () => {
    const state = scenarioState("neglected-production");
    const result = await runCl(state, "ADDEXITPGM EXITPNT(QIBM_QTMF_SERVER_REQ) FORMAT(VLRQ0100) PGMNBR(*LOW) PGM(SECLIB/FTPREQ) TEXT('FTP request validation')");
    expect(lines(result)).toEqual(["CPC0C20: Exit program SECLIB/FTPREQ added to exit point QIBM_QTMF_SERVER_REQ."]);
    expect(table(state, "QSYS2.EXIT_PROGRAM_INFO")).toEqual([
      expect.objectContaining({ EXIT_POINT_NAME: "QIBM_QTMF_SERVER_REQ", EXIT_PROGRAM_NUMBER: 1, EXIT_PROGRAM_LIBRARY: "SECLIB", EXIT_PROGRAM: "FTPREQ" }),
    ]);
    expect(table(state, "QSYS2.EXIT_POINT_INFO").find((row) => row.EXIT_POINT_NAME === "QIBM_QTMF_SERVER_REQ")!.EXIT_PROGRAMS).toBe(1);
  });

  it("enforces one program per FTP format and refuses unknown exit points", async () => {
    const state = scenarioState("hardened");
    expect(lines(await runCl(state, "ADDEXITPGM EXITPNT(QIBM_QTMF_SERVER_REQ) FORMAT(VLRQ0100) PGMNBR(*HIGH) PGM(X/Y)"))).toEqual([
      "CPF3CD4: Maximum number of exit programs for exit point QIBM_QTMF_SERVER_REQ reached.",
    ]);
    expect((await runCl(state, "ADDEXITPGM EXITPNT(QIBM_QTMF_SERVER_REQ) FORMAT(VLRQ0100) PGMNBR(1) PGM(X/Y)")).messages[0]!.id).toBe("CPF3CD3");
    expect((await runCl(state, "ADDEXITPGM EXITPNT(QIBM_QTMF_SERVER_REQ) FORMAT(VLRQ0100) PGMNBR(1) PGM(X/Y) REPLACE(*YES)")).success).toBe(true);
    expect((await runCl(state, "ADDEXITPGM EXITPNT(QIBM_NOPE) FORMAT(ABCD0100) PGMNBR(1) PGM(X/Y)")).messages[0]!.id).toBe("CPF3C90");
  });

  it("removes a registration and needs *ALLOBJ and *SECADM", async () => {
    const state = scenarioState("hardened");
    expect((await runCl(state, "RMVEXITPGM EXITPNT(QIBM_QTG_DEVINIT) FORMAT(INIT0100) PGMNBR(1)", { user: "OPERATOR" })).messages[0]!.id).toBe("CPF222E");
    expect((await runCl(state, "RMVEXITPGM EXITPNT(QIBM_QTG_DEVINIT) FORMAT(INIT0100) PGMNBR(1)")).success).toBe(true);
    expect(table(state, "QSYS2.EXIT_PROGRAM_INFO").map((row) => row.EXIT_POINT_NAME)).not.toContain("QIBM_QTG_DEVINIT");
    expect((await runCl(state, "RMVEXITPGM EXITPNT(QIBM_QTG_DEVINIT) FORMAT(INIT0100) PGMNBR(1)")).messages[0]!.id).toBe("CPF3CDF");
  });
});

describe("CALL", () => {
  it("runs a program the shell provides and passes its output through", async () => {
    const state = scenarioState("hardened");
    const result = await runCl(state, "CALL PGM(QSYS/QZDFMDB2) PARM('-d' '-i' '-t')", {
      programs: { "QSYS/QZDFMDB2": (parameters) => ({ stdout: parameters.join(","), stderr: "", exitCode: 4 }) },
    });
    expect(result).toEqual({ success: true, messages: [], program: { stdout: "-d,-i,-t", stderr: "", exitCode: 4 } });
  });

  it("reports a program that does not exist", async () => {
    const state = scenarioState("hardened");
    expect(lines(await runCl(state, "CALL PGM(MYLIB/NOPGM)"))).toEqual([
      "CPD0170: Program NOPGM in library MYLIB not found.",
      "CPF0001: Error found on CALL command.",
    ]);
  });
});
