import { describe, expect, it } from "vitest";
import { db2ErrorFromPostgres, type ErrorContext } from "./db2-errors";

const context: ErrorContext = {
  libraryOf: (schema) => ({ s4_qsys2: "QSYS2", s4_qusrsys: "QUSRSYS", qtemp_3: "QTEMP" })[schema],
  currentSchema: "DASHUSR",
  references: [{ library: "MYLIB", name: "ORDERS" }],
  routineExists: (library, name) => library === "QSYS2" && name === "ACTIVE_JOB_INFO",
};

describe("db2ErrorFromPostgres", () => {
  it.each([
    [{ code: "42P01", message: 'relation "s4_qsys2.nope" does not exist' }, "42704", -204, "NOPE in QSYS2 type *FILE not found."],
    [{ code: "42P01", message: 'relation "netstat_info" does not exist' }, "42704", -204, "NETSTAT_INFO in DASHUSR type *FILE not found."],
    [{ code: "3F000", message: 'schema "mylib" does not exist' }, "42704", -204, "ORDERS in MYLIB type *FILE not found."],
    [{ code: "42703", message: 'column "nope" does not exist' }, "42703", -206, "Column or global variable NOPE not found."],
    [{ code: "42703", message: "column n.nope does not exist" }, "42703", -206, "Column or global variable NOPE not found."],
    [{ code: "42601", message: 'syntax error at or near "FROMM"' }, "42601", -104, "Token FROMM was not valid."],
    [{ code: "42601", message: "syntax error at end of input" }, "42601", -104, "Token <END-OF-STATEMENT> was not valid."],
    [
      { code: "42883", message: "function s4_qsys2.active_job_info(nope => unknown) does not exist" },
      "42884",
      -440,
      "Routine ACTIVE_JOB_INFO in QSYS2 not found with specified parameters.",
    ],
    [
      { code: "42883", message: "function s4_qsys2.telnet_server_attributes() does not exist" },
      "42704",
      -204,
      "TELNET_SERVER_ATTRIBUTES in QSYS2 type *N not found.",
    ],
    [
      { code: "42883", message: "operator does not exist: integer = text" },
      "42818",
      -401,
      "Comparison operator = operands not compatible.",
    ],
    [{ code: "42501", message: "permission denied for table netstat_info" }, "42501", -551, "Not authorized to object NETSTAT_INFO in DASHUSR type *FILE."],
    [{ code: "22012", message: "division by zero" }, "22012", -802, "Data conversion or data mapping error."],
    [
      { code: "42815", message: "Argument 05 of function ACTIVE_JOB_INFO not valid.", hint: "db2-native:-171" },
      "42815",
      -171,
      "Argument 05 of function ACTIVE_JOB_INFO not valid.",
    ],
  ])("%o", (error, sqlstate, nativeError, message) => {
    expect(db2ErrorFromPostgres(error, context)).toEqual({ sqlstate, nativeError, message });
  });

  it("keeps PostgreSQL's SQLSTATE and text for errors without a Db2 counterpart", () => {
    expect(db2ErrorFromPostgres({ code: "54001", message: "stack depth limit exceeded" }, context)).toEqual({
      sqlstate: "54001",
      nativeError: -901,
      message: "stack depth limit exceeded",
    });
  });
});
