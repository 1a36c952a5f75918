import { describe, expect, it } from "vitest";
import { nextSubmission, runDueJobs } from "./job-scheduler";
import { ZSystemState, type TJobScheduleEntry } from "./schema";

function stateWith(entries: Partial<TJobScheduleEntry>[], utcOffset = "+0000") {
  return ZSystemState.parse({
    name: "SCD1",
    scenario: "test",
    release: "7.5",
    systemValues: { QUTCOFFSET: utcOffset },
    jobSchedule: entries.map((entry, index) => ({
      name: `JOB${index}`,
      entryNumber: index + 1,
      command: "ENDTCPSVR SERVER(*FTP)",
      frequency: "*WEEKLY",
      scheduledDate: null,
      scheduledDays: ["*MON", "*TUE", "*WED", "*THU", "*FRI", "*SAT", "*SUN"],
      scheduledTime: "19:00:00",
      user: "DASHSVC",
      scheduledBy: "DASHSVC",
      createdAt: "2026-03-01T00:00:00.000Z",
      ...entry,
    })),
  });
}

describe("nextSubmission", () => {
  it("finds today's time when it is still ahead, else tomorrow's", () => {
    const state = stateWith([{}]);
    const entry = state.jobSchedule[0]!;
    expect(nextSubmission(state, entry, new Date("2026-03-10T18:59:59Z"))?.toISOString()).toBe("2026-03-10T19:00:00.000Z");
    expect(nextSubmission(state, entry, new Date("2026-03-10T19:00:00Z"))?.toISOString()).toBe("2026-03-11T19:00:00.000Z");
  });

  it("skips weekdays that are not listed (2026-03-13 is a Friday)", () => {
    const state = stateWith([{ scheduledDays: ["*MON"], scheduledTime: "07:00:00" }]);
    expect(nextSubmission(state, state.jobSchedule[0]!, new Date("2026-03-13T12:00:00Z"))?.toISOString()).toBe(
      "2026-03-16T07:00:00.000Z",
    );
  });

  it("reads the schedule in local time (QUTCOFFSET)", () => {
    const state = stateWith([{}], "+0100");
    expect(nextSubmission(state, state.jobSchedule[0]!, new Date("2026-03-10T12:00:00Z"))?.toISOString()).toBe(
      "2026-03-10T18:00:00.000Z",
    );
  });

  it("gives nothing for a held entry or a *ONCE in the past", () => {
    const held = stateWith([{ status: "HELD" }]);
    expect(nextSubmission(held, held.jobSchedule[0]!, new Date("2026-03-10T12:00:00Z"))).toBeNull();
    const once = stateWith([{ frequency: "*ONCE", scheduledDate: "2026-03-09", scheduledDays: [] }]);
    expect(nextSubmission(once, once.jobSchedule[0]!, new Date("2026-03-10T12:00:00Z"))).toBeNull();
  });

  it("repeats a monthly entry on the same day of the month, clamped to short months", () => {
    const state = stateWith([{ frequency: "*MONTHLY", scheduledDate: "2026-01-31", scheduledDays: [] }]);
    expect(nextSubmission(state, state.jobSchedule[0]!, new Date("2026-02-01T00:00:00Z"))?.toISOString()).toBe(
      "2026-02-28T19:00:00.000Z",
    );
  });
});

describe("runDueJobs", () => {
  it("only records the time on the first check", () => {
    const state = stateWith([{}]);
    const runs: string[] = [];
    expect(runDueJobs(state, new Date("2026-03-10T20:00:00Z"), (entry) => runs.push(entry.name))).toBe(0);
    expect(state.schedulerCheckedAt).toBe("2026-03-10T20:00:00.000Z");
  });

  it("submits due entries in time order, and each daily occurrence once", () => {
    const state = stateWith([{ name: "FTPON", scheduledTime: "07:00:00" }, { name: "FTPOFF" }]);
    state.schedulerCheckedAt = "2026-03-10T06:00:00.000Z";
    const runs: string[] = [];
    const count = runDueJobs(state, new Date("2026-03-11T08:00:00Z"), (entry, at) => runs.push(`${entry.name}@${at.toISOString()}`));
    expect(count).toBe(3);
    expect(runs).toEqual([
      "FTPON@2026-03-10T07:00:00.000Z",
      "FTPOFF@2026-03-10T19:00:00.000Z",
      "FTPON@2026-03-11T07:00:00.000Z",
    ]);
    expect(runDueJobs(state, new Date("2026-03-11T08:00:00Z"), () => runs.push("again"))).toBe(0);
  });

  it("removes a *ONCE entry after submitting it unless SAVE(*YES)", () => {
    const state = stateWith([
      { name: "ONCE", frequency: "*ONCE", scheduledDate: "2026-03-10", scheduledDays: [] },
      { name: "KEPT", frequency: "*ONCE", scheduledDate: "2026-03-10", scheduledDays: [], save: true },
    ]);
    state.schedulerCheckedAt = "2026-03-10T00:00:00.000Z";
    runDueJobs(state, new Date("2026-03-10T20:00:00Z"), () => {});
    expect(state.jobSchedule.map((entry) => [entry.name, entry.status])).toEqual([["KEPT", "SAVED"]]);
  });
});
