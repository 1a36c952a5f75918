import { describe, expect, it } from "vitest";
import { deriveSnapshot } from "@/simulator/state/derive/derive-snapshot";
import type { TSystemState } from "@/simulator/state/schema";
import { lines, runCl, scenarioState, TEST_NOW } from "../cl-test-context";

const schedule = (state: TSystemState, user = "PORTCULLIS") =>
  deriveSnapshot(state, { now: TEST_NOW, user }).tables["QSYS2.SCHEDULED_JOB_INFO"]!;

const FTPOFF = "ADDJOBSCDE JOB(FTPOFF) CMD(ENDTCPSVR SERVER(*FTP)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(190000) TEXT('Dashboard: FTP off after hours')";

describe("ADDJOBSCDE", () => {
  it("adds an entry that SCHEDULED_JOB_INFO shows", async () => {
    const state = scenarioState("neglected-production");
    expect(lines(await runCl(state, FTPOFF))).toEqual(["CPC1238: Job schedule entry FTPOFF number 000001 added."]);
    expect(schedule(state)).toEqual([
      expect.objectContaining({
        SCHEDULED_JOB_ENTRY_NUMBER: 1,
        SCHEDULED_JOB_NAME: "FTPOFF",
        SCHEDULED_DATE_VALUE: "*NONE",
        SCHEDULED_TIME: "19:00:00",
        SCHEDULED_DAYS: "*MON *TUE *WED *THU *FRI *SAT *SUN",
        FREQUENCY: "*WEEKLY",
        NEXT_SUBMISSION_DATE: new Date("2026-03-10T00:00:00.000Z"),
        STATUS: "SCHEDULED",
        COMMAND_STRING: "ENDTCPSVR SERVER(*FTP)",
        USER_PROFILE_FOR_SUBMITTED_JOB: "PORTCULLIS",
        SCHEDULED_BY: "PORTCULLIS",
        DESCRIPTION: "Dashboard: FTP off after hours",
      }),
    ]);
  });

  it("numbers entries, and hides what they run from profiles without *JOBCTL", async () => {
    const state = scenarioState("neglected-production");
    await runCl(state, FTPOFF);
    const second = await runCl(state, "ADDJOBSCDE JOB(FTPON) CMD(STRTCPSVR SERVER(*FTP)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*MON *TUE *WED *THU *FRI) SCDTIME('07:00:00')");
    expect(lines(second)).toEqual(["CPC1238: Job schedule entry FTPON number 000002 added."]);
    const seen = schedule(state, "PAYCLERK");
    expect(seen.map((row) => [row.SCHEDULED_JOB_NAME, row.COMMAND_STRING, row.SCHEDULED_DAYS])).toEqual([
      ["FTPOFF", null, "*MON *TUE *WED *THU *FRI *SAT *SUN"],
      ["FTPON", null, "*MON *TUE *WED *THU *FRI"],
    ]);
  });

  it("checks the scheduled command's syntax and the date/day combination", async () => {
    const state = scenarioState("neglected-production");
    expect((await runCl(state, "ADDJOBSCDE JOB(BAD) CMD(ENDTCPSVR SERVER(*FTP) FRQ(*WEEKLY)")).messages[0]!.id).toBe("CPD0013");
    expect((await runCl(state, "ADDJOBSCDE JOB(X) CMD(ENDTCPSVR SERVER('*FTP)) FRQ(*ONCE)")).messages[0]!.id).toBe("CPD0014");
    expect(lines(await runCl(state, "ADDJOBSCDE JOB(X) CMD(STRTCPSVR) FRQ(*WEEKLY) SCDDATE(031226) SCDDAY(*MON)"))).toEqual([
      "CPF1633: Value for SCDDATE or SCDDAY not valid with FRQ(*WEEKLY).",
    ]);
    expect((await runCl(state, "ADDJOBSCDE JOB(X) CMD(STRTCPSVR) FRQ(*MONTHLY) SCDDATE(*NONE) SCDDAY(*MON)")).messages[0]!.id).toBe("CPF1633");
    expect((await runCl(state, "ADDJOBSCDE JOB(X) CMD(STRTCPSVR) FRQ(*ONCE) SCDDATE('2026-02-30')")).messages[0]!.id).toBe("CPD0084");
    expect((await runCl(state, "ADDJOBSCDE JOB(X) CMD(STRTCPSVR) FRQ(*ONCE) SCDTIME(250000)")).messages[0]!.id).toBe("CPD0084");
    expect((await runCl(state, "ADDJOBSCDE JOB(X) CMD(STRTCPSVR) FRQ(*ONCE) USER(NOBODY)")).messages[0]!.id).toBe("CPF2204");
    expect(state.jobSchedule).toEqual([]);
  });

  it("accepts the job's date formats and *MONTHEND", async () => {
    const state = scenarioState("neglected-production");
    await runCl(state, "ADDJOBSCDE JOB(A) CMD(STRTCPSVR) FRQ(*ONCE) SCDDATE(031226) SCDTIME(0700)");
    await runCl(state, "ADDJOBSCDE JOB(B) CMD(STRTCPSVR) FRQ(*MONTHLY) SCDDATE(*MONTHEND) SCDTIME(235500)");
    expect(state.jobSchedule.map((entry) => [entry.name, entry.scheduledDate, entry.scheduledTime])).toEqual([
      ["A", "2026-03-12", "07:00:00"],
      ["B", "2026-03-31", "23:55:00"],
    ]);
  });
});

describe("RMVJOBSCDE, HLDJOBSCDE, RLSJOBSCDE", () => {
  it("holds, releases and removes an entry", async () => {
    const state = scenarioState("neglected-production");
    await runCl(state, FTPOFF);
    expect(lines(await runCl(state, "HLDJOBSCDE JOB(FTPOFF)"))).toEqual(["CPC1240: Job schedule entry FTPOFF number 000001 held."]);
    expect(schedule(state)[0]).toMatchObject({ STATUS: "HELD", NEXT_SUBMISSION_DATE: null });
    await runCl(state, "RLSJOBSCDE JOB(FTPOFF)");
    expect(schedule(state)[0]!.STATUS).toBe("SCHEDULED");
    expect(lines(await runCl(state, "RMVJOBSCDE JOB(FTPOFF) ENTRYNBR(*ONLY)"))).toEqual(["CPC1239: Job schedule entry FTPOFF number 000001 removed."]);
    expect(schedule(state)).toEqual([]);
  });

  it("reports a missing entry, an ambiguous name and someone else's entry", async () => {
    const state = scenarioState("neglected-production");
    expect(lines(await runCl(state, "RMVJOBSCDE JOB(FTPOFF)"))).toEqual(["CPF1628: Job schedule entry FTPOFF number *ONLY not found."]);
    await runCl(state, FTPOFF);
    await runCl(state, FTPOFF);
    expect((await runCl(state, "RMVJOBSCDE JOB(FTPOFF)")).messages[0]!.id).toBe("CPF1636");
    expect((await runCl(state, "RMVJOBSCDE JOB(FTPOFF) ENTRYNBR(2)", { user: "PAYCLERK" })).messages[0]!.id).toBe("CPF222E");
    expect((await runCl(state, "RMVJOBSCDE JOB(FTP*) ENTRYNBR(*ALL)")).messages.length).toBe(2);
  });
});
