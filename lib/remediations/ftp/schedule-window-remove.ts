import { makePlan, type NoParams, noUndo, ZNoParams } from "../shared/plan";
import { FTP_OFF_JOB, FTP_ON_JOB } from "../state-reads";
import type { RemediationDefinition } from "../types";
import { currentTimes, describeEntry, describeTimes, removeSteps } from "./schedule-entries";

const TITLE = "Remove the managed FTP window";

export const ftpScheduleWindowRemove: RemediationDefinition<NoParams> = {
  id: "ftp.schedule-window-remove",
  title: TITLE,
  panel: "ftp",
  description: `Removes the ${FTP_OFF_JOB} and ${FTP_ON_JOB} job schedule entries; FTP then stays as it is at all hours.`,
  offered: true,
  commands: ["RMVJOBSCDE"],
  params: ZNoParams,
  fields: [],
  reads: [],
  extraReads: ["ftp-schedule"],
  defaults: () => ({}),
  plan(state) {
    const schedule = state.extra.ftpSchedule;
    if (!schedule.ok) return makePlan({ summary: TITLE, blockers: [`The job schedule could not be read: ${schedule.reason}`] });
    if (schedule.value.length === 0) return makePlan({ summary: TITLE, blockers: [`There is no ${FTP_OFF_JOB} or ${FTP_ON_JOB} entry to remove.`] });
    const current = currentTimes(schedule.value);
    return makePlan({
      summary: TITLE,
      steps: removeSteps(schedule.value),
      changes: schedule.value.map((entry) => ({ subject: `${entry.name} entry ${entry.entryNumber}`, before: describeEntry(entry), after: "removed" })),
      impact: ["The job scheduler no longer ends or starts FTP; whatever state FTP is in now stays."],
      prior: { captured: { entries: schedule.value.map(describeEntry), ...(current ? { times: { ...current } } : {}) }, unknown: [] },
      undo: current
        ? { available: true, actionId: "ftp.schedule-window", params: { ...current }, description: `Schedule the window again (${describeTimes(current.offDays, current.offTime)} off, ${describeTimes(current.onDays, current.onTime)} on).` }
        : noUndo("The entries could not be read completely, so they cannot be re-created exactly."),
      verifies: [`no ${FTP_OFF_JOB} or ${FTP_ON_JOB} entry in QSYS2.SCHEDULED_JOB_INFO`],
    });
  },
  verifyState(after) {
    const schedule = after.extra.ftpSchedule;
    return [
      {
        description: `No ${FTP_OFF_JOB} or ${FTP_ON_JOB} entry is scheduled`,
        ok: schedule.ok && schedule.value.length === 0,
        observed: schedule.ok ? schedule.value.map(describeEntry).join("; ") || "no entries" : schedule.reason,
      },
    ];
  },
};
