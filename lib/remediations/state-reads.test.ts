import { describe, expect, it } from "vitest";
import { observations, ok } from "@/lib/checks/test-support/observation-builders";
import type { StatementResult } from "@/lib/checks/statement-result";
import { extraStatements, parseExtraState, parseUtcOffset } from "./state-reads";

const rows = (...data: Array<Record<string, string | number | null>>): StatementResult => ({ kind: "rows", columns: Object.keys(data[0] ?? {}), rows: data } as unknown as StatementResult);
const error = (sqlstate: string): StatementResult => ({ kind: "error", sqlstate, nativeError: -204, message: "not found" }) as StatementResult;

describe("remediation-only reads", () => {
  it("put alias, select and drop of a list member in the same batch, in order", () => {
    expect(extraStatements(["smtp-near-list", "utc-offset"]).map((s) => s.sql)).toEqual([
      "SELECT CAST(CURRENT_CHARACTER_VALUE AS VARCHAR(10)) AS UTC_OFFSET FROM QSYS2.SYSTEM_VALUE_INFO WHERE SYSTEM_VALUE_NAME = 'QUTCOFFSET'",
      "CREATE OR REPLACE ALIAS QTEMP.PORTCULLIS_NEARDMN FOR QUSRSYS.QATMADRLST (NEARDMN)",
      "SELECT * FROM QTEMP.PORTCULLIS_NEARDMN",
      "DROP ALIAS QTEMP.PORTCULLIS_NEARDMN",
    ]);
  });

  it("reads QUTCOFFSET with or without a colon", () => {
    expect(parseUtcOffset("+0100")).toBe(60);
    expect(parseUtcOffset("-05:30")).toBe(-330);
    expect(parseUtcOffset("0100")).toBeNull();
  });

  it("parses schedule entries whatever the TIME format, and the public rights of queues", () => {
    const results = new Map<string, StatementResult | undefined>([
      ["ftp-schedule", rows({ SCHEDULED_JOB_ENTRY_NUMBER: 7, SCHEDULED_JOB_NAME: "PCFTPOFF", SCHEDULED_TIME: "19.00.00", SCHEDULED_DAYS: "*MON *FRI", FREQUENCY: "*WEEKLY", STATUS: "SCHEDULED", COMMAND_STRING: null })],
      ["outq-public", rows({ SYSTEM_OBJECT_SCHEMA: "PAYLIB", SYSTEM_OBJECT_NAME: "PAYROLL", OBJECT_AUTHORITY: "USER DEF", OBJECT_OPERATIONAL: "YES", DATA_READ: "YES", DATA_ADD: "NO" })],
    ]);
    const extra = parseExtraState(results, observations());
    expect(extra.ftpSchedule).toEqual({ ok: true, value: [{ name: "PCFTPOFF", entryNumber: 7, time: "190000", days: ["*MON", "*FRI"], frequency: "*WEEKLY", status: "SCHEDULED", command: null }] });
    expect(extra.outqPublic).toEqual({ ok: true, value: [{ queue: "PAYLIB/PAYROLL", authority: "USER DEF", rights: ["*OBJOPR", "*READ"] }] });
    expect(extra.utcOffset).toEqual({ ok: false, reason: "not read for this remediation" });
  });

  it("counts a missing list member as an empty list only when the member list proves it missing", () => {
    const results = new Map<string, StatementResult | undefined>([["smtp-reject-entries", error("42704")]]);
    const withoutMember = observations({ smtpListMembers: ok([{ member: "ACCEPTRLY", entries: 1 }], ["smtp-list-members"]) });
    expect(parseExtraState(results, withoutMember).smtpRejectList).toEqual({ ok: true, value: [] });
    const withMember = observations({ smtpListMembers: ok([{ member: "REJECTCNN", entries: 1 }], ["smtp-list-members"]) });
    expect(parseExtraState(results, withMember).smtpRejectList).toEqual({ ok: false, reason: "SQLSTATE 42704: not found" });
  });
});
