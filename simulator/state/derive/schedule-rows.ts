/** QSYS2.SCHEDULED_JOB_INFO: every entry; what it runs and as whom only for *JOBCTL or its owner. */
import type { RowOf } from "@/simulator/sql/catalog";
import { nextSubmission } from "../job-scheduler";
import { DAYS } from "../schema";
import { systemTimestamp, type DeriveContext } from "./derive-context";

/** A Db2 DATE: midnight of the local day, as a Date read through its UTC fields. */
function localDate(context: DeriveContext, instant: Date | null): Date | null {
  const local = systemTimestamp(context, instant);
  return local && new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate()));
}

export function scheduledJobRows(context: DeriveContext): RowOf<"QSYS2.SCHEDULED_JOB_INFO">[] {
  const { caller, state, now } = context;
  return state.jobSchedule.map((entry) => {
    // Which columns IBM hides from others is not listed; the command, user and queue are [U].
    const full = caller.specialAuthorities.has("*JOBCTL") || caller.name === entry.scheduledBy;
    return {
      SCHEDULED_JOB_ENTRY_NUMBER: entry.entryNumber,
      SCHEDULED_JOB_NAME: entry.name,
      SCHEDULED_DATE_VALUE: entry.scheduledDate ? "SCHEDULED_DATE" : "*NONE",
      SCHEDULED_DATE: entry.scheduledDate ? new Date(`${entry.scheduledDate}T00:00:00Z`) : null,
      SCHEDULED_TIME: entry.scheduledTime,
      SCHEDULED_DAYS: entry.scheduledDays.length > 0 ? DAYS.filter((day) => entry.scheduledDays.includes(day)).join(" ") : null,
      FREQUENCY: entry.frequency,
      NEXT_SUBMISSION_DATE: localDate(context, nextSubmission(state, entry, now)),
      STATUS: entry.status,
      JOB_QUEUE_NAME: full ? entry.jobQueue.name : null,
      JOB_QUEUE_LIBRARY_NAME: full ? entry.jobQueue.library : null,
      USER_PROFILE_FOR_SUBMITTED_JOB: full ? entry.user : null,
      DESCRIPTION: entry.text || null,
      COMMAND_STRING: full ? entry.command : null,
      SCHEDULED_BY: entry.scheduledBy,
      ENTRY_CREATED: systemTimestamp(context, entry.createdAt),
    };
  });
}
