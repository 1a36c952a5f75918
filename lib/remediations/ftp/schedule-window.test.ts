import { describe, expect, it } from "vitest";
import { commandTexts, planContext, state } from "../test-support/plan-fixtures";
import type { ScheduleEntry } from "../state-reads";
import { ftpScheduleWindow } from "./schedule-window";
import { ftpScheduleWindowRemove } from "./schedule-window-remove";

const offset = { utcOffset: { ok: true as const, value: { text: "+0100", minutes: 60 } } };
const schedule = (entries: ScheduleEntry[]) => ({ ftpSchedule: { ok: true as const, value: entries } });
const entry = (name: string, entryNumber: number, time: string, days: string[]): ScheduleEntry => ({ name, entryNumber, time, days, frequency: "*WEEKLY", status: "SCHEDULED", command: null });
const weekdays = ["*MON", "*TUE", "*WED", "*THU", "*FRI"] as const;
const times = { offDays: [...weekdays], offTime: "20:00", onDays: [...weekdays], onTime: "08:00" };

describe("ftp.schedule-window", () => {
  it("proposes the policy window converted to system time (QUTCOFFSET)", () => {
    const defaults = ftpScheduleWindow.defaults(null, state({}, { ...offset, ...schedule([]) }), planContext());
    expect(defaults).toEqual(times);
  });

  it("adds the two entries with the exact CL, and undo removes them", () => {
    const plan = ftpScheduleWindow.plan(state({}, { ...offset, ...schedule([]) }), times, planContext());
    expect(commandTexts(plan)).toEqual([
      "ADDJOBSCDE JOB(PCFTPOFF) CMD(ENDTCPSVR SERVER(*FTP)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*MON *TUE *WED *THU *FRI) SCDTIME(200000) TEXT('Portcullis: FTP off outside its window')",
      "ADDJOBSCDE JOB(PCFTPON) CMD(STRTCPSVR SERVER(*FTP)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*MON *TUE *WED *THU *FRI) SCDTIME(080000) TEXT('Portcullis: FTP on inside its window')",
    ]);
    expect(plan.disruptive).toBe(false);
    expect(plan.undo).toMatchObject({ available: true, actionId: "ftp.schedule-window-remove" });
    expect(plan.impact[2]).toBe("The policy's FTP window, mon, tue, wed, thu, fri 07:00–19:00 UTC, is *MON *TUE *WED *THU *FRI at 08:00 to *MON *TUE *WED *THU *FRI at 20:00 in system time (QUTCOFFSET +0100).");
  });

  it("replaces Portcullis's existing entries by number, and undo schedules their old times", () => {
    const existing = [entry("PCFTPOFF", 7, "190000", [...weekdays]), entry("PCFTPON", 8, "070000", [...weekdays])];
    const plan = ftpScheduleWindow.plan(state({}, { ...offset, ...schedule(existing) }), times, planContext());
    expect(commandTexts(plan).slice(0, 2)).toEqual(["RMVJOBSCDE JOB(PCFTPOFF) ENTRYNBR(7)", "RMVJOBSCDE JOB(PCFTPON) ENTRYNBR(8)"]);
    expect(plan.undo).toEqual({
      available: true,
      actionId: "ftp.schedule-window",
      params: { offDays: [...weekdays], offTime: "19:00", onDays: [...weekdays], onTime: "07:00" },
      description: expect.stringContaining("19:00"),
    });
    expect(ftpScheduleWindow.plan(state({}, { ...offset, ...schedule(existing) }), { ...times, offTime: "19:00", onTime: "07:00" }, planContext()).blockers[0]).toMatch(/already scheduled/);
  });

  it("refuses to plan over a schedule it cannot read", () => {
    const plan = ftpScheduleWindow.plan(state({}, offset), times, planContext());
    expect(plan.steps).toEqual([]);
    expect(plan.blockers[0]).toMatch(/job schedule could not be read/);
  });

  it.each([
    { ...times, offTime: "25:00" },
    { ...times, offTime: "19:00') CMD(DLTLIB QGPL" },
    { ...times, onDays: ["*MON", "*MON"] },
    { ...times, onDays: [] },
    { ...times, onDays: ["*ALL"] },
    { ...times, extra: "x" },
  ])("rejects hostile or malformed parameters before any plan: %j", (params) => {
    expect(ftpScheduleWindow.params.safeParse(params).success).toBe(false);
  });

  it("verifies the entries as read back from SCHEDULED_JOB_INFO", () => {
    const plan = ftpScheduleWindow.plan(state({}, { ...offset, ...schedule([]) }), times, planContext());
    const after = state({}, schedule([entry("PCFTPOFF", 9, "200000", [...weekdays]), entry("PCFTPON", 10, "080000", [...weekdays])]));
    expect(ftpScheduleWindow.verifyState(after, times, planContext(), plan)[0]!.ok).toBe(true);
    expect(ftpScheduleWindow.verifyState(state({}, schedule([])), times, planContext(), plan)[0]!.ok).toBe(false);
  });
});

describe("ftp.schedule-window-remove", () => {
  it("removes each entry by number and can schedule them again", () => {
    const existing = [entry("PCFTPOFF", 7, "190000", ["*MON"]), entry("PCFTPON", 8, "070000", ["*MON"])];
    const plan = ftpScheduleWindowRemove.plan(state({}, schedule(existing)), {}, planContext());
    expect(commandTexts(plan)).toEqual(["RMVJOBSCDE JOB(PCFTPOFF) ENTRYNBR(7)", "RMVJOBSCDE JOB(PCFTPON) ENTRYNBR(8)"]);
    expect(plan.undo).toMatchObject({ available: true, actionId: "ftp.schedule-window", params: { offDays: ["*MON"], offTime: "19:00", onDays: ["*MON"], onTime: "07:00" } });
    expect(ftpScheduleWindowRemove.plan(state({}, schedule([])), {}, planContext()).blockers[0]).toMatch(/no PCFTPOFF or PCFTPON entry/);
  });
});
