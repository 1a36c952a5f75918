import { describe, expect, test } from "vitest";
import { ClCommandError, Db2OutputError, Db2PromptOnly, InvalidValueError, NotAuthorized, ServiceUnavailable, SqlError } from "./errors";
import { requireRows, runSql } from "./run-sql";
import { QZDFMDB2_EXEC_LINE } from "./shell";
import { db2Fixture } from "./testing/db2-fixture";
import { recordingExecutor } from "./testing/recording-executor";

const error42704 = { error: { sqlstate: "42704", nativeError: -204, message: "NOPE in QSYS2 type *FILE not found." } };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected runSql to fail");
}

describe("runSql", () => {
  test("sends every statement in one exec, one line each, joined with ;\\n", async () => {
    const conn = recordingExecutor(() => ({ stdout: db2Fixture([{ ok: true }, { columns: ["LOCAL_PORT"], rows: [[21], [23]] }]) }));
    const results = await runSql(conn, [
      "CREATE OR REPLACE ALIAS QTEMP.SMTP_ACCEPT FOR QUSRSYS.QATMADRLST (ACCEPTRLY);",
      "SELECT LOCAL_PORT\n  FROM QSYS2.NETSTAT_INFO\n WHERE TCP_STATE = 'LISTEN'",
    ], { timeoutMs: 9000 });
    expect(conn.calls).toEqual([
      {
        command: QZDFMDB2_EXEC_LINE,
        stdin: "CREATE OR REPLACE ALIAS QTEMP.SMTP_ACCEPT FOR QUSRSYS.QATMADRLST (ACCEPTRLY);\nSELECT LOCAL_PORT   FROM QSYS2.NETSTAT_INFO  WHERE TCP_STATE = 'LISTEN'",
        timeoutMs: 9000,
      },
    ]);
    expect(results).toEqual([{ kind: "ok" }, { kind: "rows", columns: ["LOCAL_PORT"], rows: [{ LOCAL_PORT: 21 }, { LOCAL_PORT: 23 }] }]);
  });

  test("success is read per statement, not from the exit code", async () => {
    const withErrors = recordingExecutor(() => ({ code: 0, stdout: db2Fixture([error42704, { ok: true }, error42704]) }));
    expect((await runSql(withErrors, ["A", "B", "C"])).map((result) => result.kind)).toEqual(["error", "ok", "error"]);
    const exitFour = recordingExecutor(() => ({ code: 4, stdout: db2Fixture([{ ok: true }]) }));
    expect(await runSql(exitFour, ["A"])).toEqual([{ kind: "ok" }]);
    const exitOneNoRows = recordingExecutor(() => ({ code: 1, stdout: db2Fixture([{ columns: ["X"], rows: [] }]) }));
    expect(await runSql(exitOneNoRows, ["A"])).toEqual([{ kind: "rows", columns: ["X"], rows: [] }]);
  });

  test("statements after a failure that got no output are marked not-run", async () => {
    const conn = recordingExecutor(() => ({ code: 4, stdout: db2Fixture([{ ok: true }, error42704]) }));
    expect((await runSql(conn, ["A", "B", "C", "D"])).map((result) => result.kind)).toEqual(["ok", "error", "not-run", "not-run"]);
  });

  test("results that cannot be aligned with the statements are refused", async () => {
    const tooMany = recordingExecutor(() => ({ stdout: db2Fixture([{ ok: true }, { ok: true }]) }));
    expect(await failure(runSql(tooMany, ["A"]))).toBeInstanceOf(Db2OutputError);
    const tooFew = recordingExecutor(() => ({ stdout: db2Fixture([{ ok: true }]) }));
    expect(await failure(runSql(tooFew, ["A", "B"]))).toBeInstanceOf(Db2OutputError);
  });

  test("when QZDFMDB2 cannot even be called, its CL messages decide the error", async () => {
    const denied = recordingExecutor(() => ({ code: 255, stderr: "CPF9802: Not authorized to object QZDFMDB2.\n" }));
    expect(await failure(runSql(denied, ["A"]))).toBeInstanceOf(NotAuthorized);
    const missing = recordingExecutor(() => ({ code: 255, stderr: "CPF9801: Object QZDFMDB2 in library QSYS not found.\n" }));
    expect(await failure(runSql(missing, ["A"]))).toMatchObject({ exitCode: 255, messages: [{ id: "CPF9801" }] });
    expect(await failure(runSql(missing, ["A"]))).toBeInstanceOf(ClCommandError);
    const silent = recordingExecutor(() => ({ code: 0 }));
    expect(await failure(runSql(silent, ["A"]))).toBeInstanceOf(Db2OutputError);
  });

  test("the SSH daemon fault (only DB2>) surfaces as Db2PromptOnly", async () => {
    expect(await failure(runSql(recordingExecutor(() => ({ stdout: "DB2>" })), ["A"]))).toBeInstanceOf(Db2PromptOnly);
  });

  test("a statement that cannot be flattened is refused before anything is sent", async () => {
    const conn = recordingExecutor(() => ({}));
    expect(await failure(runSql(conn, ["SELECT 1 FROM SYSIBM.SYSDUMMY1 -- note"]))).toBeInstanceOf(InvalidValueError);
    expect(await runSql(conn, [])).toEqual([]);
    expect(conn.calls).toEqual([]);
  });
});

describe("requireRows", () => {
  test("returns rows, or throws what went wrong", () => {
    expect(requireRows({ kind: "rows", columns: ["A"], rows: [{ A: 1 }] }, "S")).toEqual([{ A: 1 }]);
    expect(() => requireRows({ kind: "error", sqlstate: "42501", nativeError: -551, message: "Not authorized." }, "S")).toThrow(SqlError);
    expect(() => requireRows({ kind: "not-run" }, "S")).toThrow(/not run/);
    expect(() => requireRows({ kind: "ok" }, "S")).toThrow(Db2OutputError);
  });

  test("a missing service is ServiceUnavailable when the caller names it", () => {
    const missing = { kind: "error", sqlstate: "42704", nativeError: -204, message: "TELNET_SERVER_ATTRIBUTES in QSYS2 type *FILE not found." } as const;
    expect(() => requireRows(missing, "S", { service: "QSYS2.TELNET_SERVER_ATTRIBUTES" })).toThrow(ServiceUnavailable);
    expect(() => requireRows(missing, "S")).toThrow(SqlError);
    const denied = { kind: "error", sqlstate: "42501", nativeError: -551, message: "Not authorized." } as const;
    expect(() => requireRows(denied, "S", { service: "QSYS2.NETSTAT_JOB_INFO" })).toThrow(SqlError);
    // A table function no routine matches (IFS_READ before its PTF) is missing too, as the scan classifies it.
    const noRoutine = { kind: "error", sqlstate: "42883", nativeError: -440, message: "Routine IFS_READ in QSYS2 not found with specified parameters." } as const;
    expect(() => requireRows(noRoutine, "S", { service: "QSYS2.IFS_READ" })).toThrow(ServiceUnavailable);
  });
});
