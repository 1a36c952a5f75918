/**
 * The job scheduler (ADDJOBSCDE entries): when each entry is next due, and submitting every entry
 * that fell due since the last check, in time order, against the state. Schedule times are the
 * system's local time (QUTCOFFSET).
 */
import { DAYS, type TJobScheduleEntry, type TSystemState } from "./schema";
import { fromSystemTime, toSystemTime } from "./system-time";

const DAY_MS = 86_400_000;
/** Date.getUTCDay() numbering (0 = Sunday) of *MON…*SUN. */
const WEEKDAY: Record<(typeof DAYS)[number], number> = { "*SUN": 0, "*MON": 1, "*TUE": 2, "*WED": 3, "*THU": 4, "*FRI": 5, "*SAT": 6 };

function localDateAt(day: Date, time: string): Date {
  const [hours, minutes, seconds] = time.split(":").map(Number) as [number, number, number];
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes, seconds));
}

function startOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

/** Next local wall-clock time strictly after `afterLocal` at which the entry is due. */
function nextLocal(entry: TJobScheduleEntry, afterLocal: Date): Date | null {
  const firstDay = entry.scheduledDate ? new Date(`${entry.scheduledDate}T00:00:00Z`) : null;
  if (entry.frequency === "*ONCE" && firstDay) {
    const due = localDateAt(firstDay, entry.scheduledTime);
    return due > afterLocal ? due : null;
  }
  if (entry.frequency === "*MONTHLY" && firstDay) {
    const dayOfMonth = firstDay.getUTCDate();
    for (let i = 0; i < 14; i++) {
      const month = new Date(Date.UTC(afterLocal.getUTCFullYear(), afterLocal.getUTCMonth() + i - 1, 1));
      const lastDay = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 0)).getUTCDate();
      const day = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth(), Math.min(dayOfMonth, lastDay)));
      const due = localDateAt(day, entry.scheduledTime);
      if (due > afterLocal && due >= firstDay) return due;
    }
    return null;
  }
  // *WEEKLY (and *ONCE with SCDDATE(*NONE)): the next listed weekday, from SCDDATE if one is given.
  const days = entry.scheduledDays.length > 0 ? entry.scheduledDays : firstDay ? [DAYS[(firstDay.getUTCDay() + 6) % 7]!] : [];
  const wanted = new Set(days.map((day) => WEEKDAY[day]));
  const from = firstDay && firstDay > afterLocal ? firstDay : startOfDay(afterLocal);
  for (let i = 0; i <= 7; i++) {
    const day = new Date(from.getTime() + i * DAY_MS);
    const due = localDateAt(day, entry.scheduledTime);
    if (wanted.has(day.getUTCDay()) && due > afterLocal) return due;
  }
  return null;
}

/** The next instant the entry will be submitted after `after`, or null (held, or a past *ONCE). */
export function nextSubmission(state: TSystemState, entry: TJobScheduleEntry, after: Date): Date | null {
  if (entry.status !== "SCHEDULED") return null;
  if (entry.frequency === "*ONCE" && entry.lastSubmittedAt) return null;
  const due = nextLocal(entry, toSystemTime(state, after));
  return due ? fromSystemTime(state, due) : null;
}

export type RunScheduledCommand = (entry: TJobScheduleEntry, at: Date) => void;

/** Submissions per check at most, so that a state folder left for a year cannot loop for long. */
const MAX_SUBMISSIONS = 500;

/**
 * Submits, in time order, every entry that fell due after the last check and up to `now`. The
 * first check only records the time: a fresh system does not replay its history.
 */
export function runDueJobs(state: TSystemState, now: Date, run: RunScheduledCommand): number {
  const from = state.schedulerCheckedAt ? new Date(state.schedulerCheckedAt) : now;
  state.schedulerCheckedAt = now.toISOString();
  const due: { entry: TJobScheduleEntry; at: Date }[] = [];
  for (const entry of state.jobSchedule) {
    let after = from;
    for (let next = nextSubmission(state, entry, after); next && next <= now && due.length < MAX_SUBMISSIONS; ) {
      due.push({ entry, at: next });
      if (entry.frequency === "*ONCE") break;
      after = next;
      next = nextSubmission(state, entry, after);
    }
  }
  due.sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const { entry, at } of due) {
    if (!state.jobSchedule.includes(entry)) continue;
    entry.lastSubmittedAt = at.toISOString();
    run(entry, at);
    if (entry.frequency === "*ONCE") {
      if (entry.save) entry.status = "SAVED";
      else state.jobSchedule = state.jobSchedule.filter((other) => other !== entry);
    }
  }
  return due.length;
}
