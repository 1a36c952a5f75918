import type { ListeningSample } from "@/lib/checks/check-types";
import { WEEKDAYS, type TServiceWindow } from "@/lib/checks/policy";

/**
 * FTP "exposure hours": how long the FTP server listened outside its approved window during
 * the last week (the KPI behind Loeber's "16 of 24 hours protected").
 *
 * Samples form a step function: each sample's state holds until the next sample, and the last
 * one until `now`. A gap longer than `maxGapMinutes` (the scanner was down) counts as unknown,
 * not as listening or silent, and is reported as such.
 */
export interface ExposureHours {
  /** Hours the server listened outside the window within the week before `now`. */
  exposureHours: number;
  /** Hours the server listened at all within that week. */
  listeningHours: number;
  /** Hours of the week covered by samples (at most 168). */
  observedHours: number;
}

/**
 * How long a gap between listening samples may be before it counts as unobserved: twice the
 * system's most frequent scan (full and connections scans both sample), so one late or failed
 * scan is not a hole in the history; never under an hour, so a busy queue is not one either.
 */
export function sampleGapMinutes(schedule: { fullScanMinutes: number; connectionsMinutes: number }): number {
  return Math.max(60, 2 * Math.min(schedule.fullScanMinutes, schedule.connectionsMinutes));
}

const MINUTE = 60_000;
const WEEK_MINUTES = 7 * 24 * 60;
const WEEKDAY_BY_SHORT_NAME: Record<string, number> = { Mon: 0, Tue: 1, Wed: 2, Thu: 3, Fri: 4, Sat: 5, Sun: 6 };

const minutesOfDay = (clock: string) => Number(clock.slice(0, 2)) * 60 + Number(clock.slice(3, 5));

/**
 * Local weekday (0 = Monday) and minute of day at `instant` in `timeZone`. Offsets of every zone
 * are whole quarter hours, so local time advances minute by minute within a UTC quarter hour and
 * one lookup per UTC quarter hour is enough.
 */
function localClock(instant: number, formatter: Intl.DateTimeFormat): { weekday: number; minute: number } {
  const parts = Object.fromEntries(formatter.formatToParts(new Date(instant)).map((part) => [part.type, part.value]));
  const hour = Number(parts.hour) % 24;
  return { weekday: WEEKDAY_BY_SHORT_NAME[parts.weekday ?? "Mon"] ?? 0, minute: hour * 60 + Number(parts.minute) };
}

const clockFormatter = (timeZone: string) =>
  new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", minute: "2-digit", hourCycle: "h23" });

/**
 * Whether a local weekday/minute lies inside the window. An overnight window (to < from) that
 * starts on an allowed day runs on into the next day's early hours.
 */
function insideWindow(window: TServiceWindow, weekday: number, minute: number): boolean {
  const from = minutesOfDay(window.from);
  const to = minutesOfDay(window.to);
  const allowed = (day: number) => window.days.includes(WEEKDAYS[(day + 7) % 7]!);
  if (from < to) return allowed(weekday) && minute >= from && minute < to;
  return (allowed(weekday) && minute >= from) || (allowed(weekday - 1) && minute < to);
}

/**
 * Exposure hours over the week before `now`. `window` null means no hour is allowed (FTP not
 * approved at all), so every listening hour counts.
 */
export function computeExposureHours(
  samples: readonly ListeningSample[],
  window: TServiceWindow | null,
  now: Date,
  options: { maxGapMinutes?: number } = {},
): ExposureHours {
  const maxGap = (options.maxGapMinutes ?? 60) * MINUTE;
  const end = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const start = end - WEEK_MINUTES * MINUTE;
  const sorted = [...samples].map((s) => ({ at: new Date(s.at).getTime(), listening: s.listening })).sort((a, b) => a.at - b.at);

  // Per minute of the week: 1 = listening, 0 = silent, undefined = no sample covers it.
  const state = new Array<number | undefined>(WEEK_MINUTES);
  sorted.forEach((sample, index) => {
    const next = sorted[index + 1]?.at ?? now.getTime();
    const until = Math.min(next, sample.at + maxGap, end);
    for (let t = Math.max(Math.ceil(sample.at / MINUTE) * MINUTE, start); t < until; t += MINUTE) {
      state[(t - start) / MINUTE] = sample.listening ? 1 : 0;
    }
  });

  const formatter = window === null ? null : clockFormatter(window.timeZone);
  let observed = 0;
  let listening = 0;
  let exposed = 0;
  let clock = { weekday: 0, minute: 0 };
  let clockIndex = 0;
  for (let index = 0; index < WEEK_MINUTES; index += 1) {
    const instant = start + index * MINUTE;
    if (formatter !== null && (index === 0 || (instant / MINUTE) % 15 === 0)) {
      clock = localClock(instant, formatter);
      clockIndex = index;
    }
    const value = state[index];
    if (value === undefined) continue;
    observed += 1;
    if (value === 0) continue;
    listening += 1;
    const minute = clock.minute + (index - clockIndex);
    const inside = window !== null && insideWindow(window, clock.weekday + Math.floor(minute / 1440), minute % 1440);
    if (!inside) exposed += 1;
  }
  return { exposureHours: exposed / 60, listeningHours: listening / 60, observedHours: observed / 60 };
}
