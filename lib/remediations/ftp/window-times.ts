import type { TServiceWindow, TWeekday } from "@/lib/checks/policy";
import { WEEKDAYS as CL_DAYS, type Weekday } from "@/lib/ibmi/values";

/**
 * The FTP window of the policy (days, from–to, an IANA time zone) as the two job schedule
 * entries IBM i runs in its own local time (QUTCOFFSET): FTP off at the window's end, on at its
 * start. IBM i schedule times carry no zone, so the conversion uses today's offsets; a daylight
 * saving change on either side moves the entries by an hour until they are planned again.
 */

export type ScheduleTimes = {
  offDays: Weekday[];
  /** `HH:MM`, system local time. */
  offTime: string;
  onDays: Weekday[];
  onTime: string;
};

const POLICY_DAYS: readonly TWeekday[] = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"];
const WEEK = 7 * 1440;

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;

/** Minutes a time zone is ahead of UTC at an instant (Europe/Berlin in winter: 60). */
export function timeZoneOffsetMinutes(timeZone: string, at: Date): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
  }).formatToParts(at);
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const wall = Date.UTC(part("year"), part("month") - 1, part("day"), part("hour"), part("minute"));
  return Math.round((wall - Math.floor(at.getTime() / 60_000) * 60_000) / 60_000);
}

/** Moves each day's time by `shift` minutes around the week; every day moves alike, so one time results. */
function shifted(days: readonly number[], minutes: number, shift: number): { days: Weekday[]; time: string } {
  const moved = days.map((day) => (((day * 1440 + minutes + shift) % WEEK) + WEEK) % WEEK);
  const time = clock(moved[0]! % 1440);
  const result = [...new Set(moved.map((minute) => Math.floor(minute / 1440)))].sort((a, b) => a - b);
  return { days: result.map((day) => CL_DAYS[day]!), time };
}

export function scheduleForWindow(window: TServiceWindow, systemOffsetMinutes: number, now: Date): ScheduleTimes {
  const shift = systemOffsetMinutes - timeZoneOffsetMinutes(window.timeZone, now);
  const starts = window.days.map((day) => POLICY_DAYS.indexOf(day));
  const from = minutesOf(window.from);
  const to = minutesOf(window.to);
  // A window that ends before it starts runs overnight: it closes on the next day.
  const ends = to > from ? starts : starts.map((day) => (day + 1) % 7);
  const on = shifted(starts, from, shift);
  const off = shifted(ends, to, shift);
  return { onDays: on.days, onTime: on.time, offDays: off.days, offTime: off.time };
}

/** "+0100" for 60 minutes. */
export function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  return `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}${String(absolute % 60).padStart(2, "0")}`;
}
