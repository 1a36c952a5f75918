import { z } from "zod";
import { DEFAULT_POLICY, type TServiceWindow } from "@/lib/checks/policy";
import { addjobscde, rmvjobscde } from "@/lib/ibmi/commands/job-schedule";
import { endtcpsvr, strtcpsvr } from "@/lib/ibmi/commands/tcp-servers";
import { WEEKDAYS } from "@/lib/ibmi/values";
import { clStep } from "../shared/plan";
import { FTP_OFF_JOB, FTP_ON_JOB, type ScheduleEntry } from "../state-reads";
import type { PlanContext, PlannedStep, SystemState } from "../types";
import { formatOffset, scheduleForWindow, type ScheduleTimes } from "./window-times";

/** What the FTP window remediations share: the entries Portcullis owns, read, built and compared. */

const ZClock = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, "A time of day as HH:MM (24-hour), in the system's local time");
const ZDays = z
  .array(z.enum(WEEKDAYS))
  .min(1, "Pick at least one day")
  .refine((days) => new Set(days).size === days.length, "A day is listed twice")
  .transform((days) => [...days].sort((a, b) => WEEKDAYS.indexOf(a) - WEEKDAYS.indexOf(b)));

export const ZScheduleTimes = z.object({ offDays: ZDays, offTime: ZClock, onDays: ZDays, onTime: ZClock }).strict();

export const SCHEDULE_FIELDS = [
  { name: "offDays", label: "End FTP on", kind: "days", help: "Days the job scheduler ends FTP (system local time)." },
  { name: "offTime", label: "End FTP at", kind: "time" },
  { name: "onDays", label: "Start FTP on", kind: "days" },
  { name: "onTime", label: "Start FTP at", kind: "time" },
] as const;

const hhmmss = (time: string) => `${time.replace(":", "")}00`;
const hhmm = (time: string) => `${time.slice(0, 2)}:${time.slice(2, 4)}`;

export const describeTimes = (days: readonly string[], time: string) => `${days.join(" ")} at ${time}`;
export const describeEntry = (entry: ScheduleEntry) =>
  `${entry.name} entry ${entry.entryNumber}: ${entry.time === null ? "time unknown" : describeTimes(entry.days, hhmm(entry.time))}${entry.status && entry.status !== "SCHEDULED" ? ` (${entry.status})` : ""}`;

/** The schedule as Portcullis left it: exactly one entry of each name with a readable time. */
export function currentTimes(entries: readonly ScheduleEntry[]): ScheduleTimes | null {
  const off = entries.filter((entry) => entry.name === FTP_OFF_JOB);
  const on = entries.filter((entry) => entry.name === FTP_ON_JOB);
  if (off.length !== 1 || on.length !== 1 || off[0]!.time === null || on[0]!.time === null) return null;
  return {
    offDays: off[0]!.days as ScheduleTimes["offDays"],
    offTime: hhmm(off[0]!.time),
    onDays: on[0]!.days as ScheduleTimes["onDays"],
    onTime: hhmm(on[0]!.time),
  };
}

/** Both sides list days in week order (SCHEDULED_DAYS does, and the params schema sorts them). */
export const sameTimes = (a: ScheduleTimes, b: ScheduleTimes) =>
  a.offTime === b.offTime && a.onTime === b.onTime && a.offDays.join() === b.offDays.join() && a.onDays.join() === b.onDays.join();

export function removeSteps(entries: readonly ScheduleEntry[]): PlannedStep[] {
  return entries.map((entry) => clStep(rmvjobscde({ job: entry.name, entrynbr: entry.entryNumber }), `removes the existing ${entry.name} entry (number ${entry.entryNumber})`));
}

export function addSteps(times: ScheduleTimes): PlannedStep[] {
  return [
    clStep(
      addjobscde({
        job: FTP_OFF_JOB,
        cmd: endtcpsvr({ server: "*FTP" }),
        frq: "*WEEKLY",
        scdday: times.offDays,
        scdtime: hhmmss(times.offTime),
        text: "Portcullis: FTP off outside its window",
      }),
      `ends FTP ${describeTimes(times.offDays, times.offTime)}`,
    ),
    clStep(
      addjobscde({
        job: FTP_ON_JOB,
        cmd: strtcpsvr({ server: "*FTP" }),
        frq: "*WEEKLY",
        scdday: times.onDays,
        scdtime: hhmmss(times.onTime),
        text: "Portcullis: FTP on inside its window",
      }),
      `starts FTP ${describeTimes(times.onDays, times.onTime)}`,
    ),
  ];
}

/** The policy's FTP window (or the default one) in system time, and how it was converted. */
export function policyWindowTimes(state: SystemState, context: PlanContext): { times: ScheduleTimes | null; note: string } {
  const window: TServiceWindow = context.policy.ftpWindow ?? DEFAULT_POLICY.ftpWindow!;
  const source = context.policy.ftpWindow ? "the policy's FTP window" : "the default FTP window (the policy sets none)";
  const offset = state.extra.utcOffset;
  const text = `${window.days.join(", ")} ${window.from}–${window.to} ${window.timeZone}`;
  if (!offset.ok) return { times: null, note: `${source} (${text}) could not be converted to system time: ${offset.reason}` };
  const times = scheduleForWindow(window, offset.value.minutes, context.now);
  return {
    times,
    note: `${source}, ${text}, is ${describeTimes(times.onDays, times.onTime)} to ${describeTimes(times.offDays, times.offTime)} in system time (QUTCOFFSET ${formatOffset(offset.value.minutes)})`,
  };
}
