/**
 * ADDJOBSCDE: adds a job schedule entry. The command in CMD is syntax-checked now and run by the
 * job scheduler at its time, as USER (default *CURRENT: the profile adding it [U]). SCDDATE and
 * SCDDAY cannot both be given; *WEEKLY/*ONCE need one of them, *MONTHLY needs a date.
 */
import { findUser } from "@/simulator/state/authority";
import { toSystemTime } from "@/simulator/state/system-time";
import type { TJobScheduleEntry } from "@/simulator/state/schema";
import { DAYS } from "@/simulator/state/schema";
import { escapeFailure } from "../cl-failure";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import type { QualifiedName } from "../param-types";
import { parseCommand } from "../parse-command";
import { special } from "./common-types";
import { entryNumberText } from "./job-schedule-entries";

function resolveDate(value: string, local: Date): string | null {
  const day = (year: number, month: number, date: number) => new Date(Date.UTC(year, month, date)).toISOString().slice(0, 10);
  const [year, month] = [local.getUTCFullYear(), local.getUTCMonth()];
  switch (value) {
    case "*NONE":
      return null;
    case "*CURRENT":
      return local.toISOString().slice(0, 10);
    case "*MONTHSTR":
      return local.getUTCDate() === 1 ? day(year, month, 1) : day(year, month + 1, 1);
    case "*MONTHEND":
      return day(year, month + 1, 0);
    default:
      return value;
  }
}

export const ADDJOBSCDE: CommandDefinition = {
  name: "ADDJOBSCDE",
  maxPositional: 3,
  parameters: [
    { keyword: "JOB", type: { kind: "name" }, required: true },
    { keyword: "CMD", type: { kind: "command", maxLength: 512 }, required: true },
    { keyword: "FRQ", type: special("*ONCE", "*WEEKLY", "*MONTHLY"), required: true },
    { keyword: "SCDDATE", type: { kind: "date", special: ["*CURRENT", "*MONTHSTR", "*MONTHEND", "*NONE"] }, default: "*CURRENT" },
    {
      keyword: "SCDDAY",
      type: { kind: "list", of: special("*NONE", "*ALL", ...DAYS), max: 7, alone: ["*NONE", "*ALL"] },
      default: ["*NONE"],
    },
    { keyword: "SCDTIME", type: { kind: "time", special: ["*CURRENT"] }, default: "*CURRENT" },
    { keyword: "SAVE", type: special("*NO", "*YES"), default: "*NO" },
    { keyword: "JOBQ", type: { kind: "qualified", libraries: ["*LIBL", "*CURLIB"], special: ["*JOBD"] }, default: { library: "QGPL", name: "QBATCH" } },
    { keyword: "USER", type: { kind: "name", special: ["*CURRENT", "*JOBD"] }, default: "*CURRENT" },
    { keyword: "TEXT", type: { kind: "text", maxLength: 50, special: ["*BLANK"] }, default: "*BLANK" },
  ],
  run({ state, now, principal }, args) {
    const command = args.text("CMD");
    parseCommand(command);
    const frequency = args.text("FRQ") as TJobScheduleEntry["frequency"];
    const dateValue = args.text("SCDDATE");
    const days = args.list("SCDDAY");
    const local = toSystemTime(state, now);
    const scheduledDate = resolveDate(dateValue, local);
    const scheduledDays = days[0] === "*ALL" ? [...DAYS] : days[0] === "*NONE" ? [] : (days as TJobScheduleEntry["scheduledDays"]);
    if (scheduledDate !== null && scheduledDays.length > 0) throw escapeFailure("CPF1633", frequency);
    if (scheduledDate === null && (scheduledDays.length === 0 || frequency === "*MONTHLY")) throw escapeFailure("CPF1633", frequency);
    const userValue = args.text("USER");
    const user = userValue === "*CURRENT" || userValue === "*JOBD" ? principal.name : userValue;
    if (!findUser(state, user)) throw escapeFailure("CPF2204", user);
    const time = args.text("SCDTIME");
    const jobQueue = args.qualified("JOBQ");
    const text = args.text("TEXT");
    const entry: TJobScheduleEntry = {
      name: args.text("JOB"),
      entryNumber: Math.max(0, ...state.jobSchedule.map((existing) => existing.entryNumber)) + 1,
      command,
      frequency,
      scheduledDate,
      scheduledDays,
      scheduledTime: time === "*CURRENT" ? local.toISOString().slice(11, 19) : time,
      user,
      scheduledBy: principal.name,
      status: "SCHEDULED",
      save: args.text("SAVE") === "*YES",
      text: text === "*BLANK" ? "" : text,
      jobQueue: typeof jobQueue === "string" ? { library: "QGPL", name: "QBATCH" } : (jobQueue as QualifiedName),
      createdAt: now.toISOString(),
      lastSubmittedAt: null,
    };
    state.jobSchedule.push(entry);
    return { messages: [message("CPC1238", "completion", entry.name, entryNumberText(entry))] };
  },
};
