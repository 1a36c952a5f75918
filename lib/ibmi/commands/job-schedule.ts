import { buildClCommand, clCommand, clInteger, clList, clString, clWord, type BuiltClCommand } from "../cl-builder";
import { InvalidValueError } from "../errors";
import { dayList, descriptionText, jobName, specialValue, timeOfDay, wholeNumber } from "../values";

/**
 * Job scheduler entries, e.g. "FTP off at night": `ADDJOBSCDE JOB(FTPOFF) CMD(ENDTCPSVR
 * SERVER(*FTP)) FRQ(*WEEKLY) SCDDATE(*NONE) SCDDAY(*ALL) SCDTIME(190000)` (ibmi-facts.md §2.4).
 * SCDDATE is limited to its special values: an explicit date would depend on the job's date
 * format, which is [U].
 */

export interface JobScheduleEntry {
  job: string;
  /** The command the entry submits; a built command, never text. */
  cmd: BuiltClCommand;
  frq: string;
  /** `*NONE` (default when SCDDAY is given), `*CURRENT`, `*MONTHSTR` or `*MONTHEND`. */
  scddate?: string;
  scdday?: string[];
  /** `hhmmss` or `*CURRENT`. */
  scdtime: string;
  text?: string;
}

export function addjobscde(entry: JobScheduleEntry): BuiltClCommand {
  const frq = specialValue(entry.frq, ["*ONCE", "*WEEKLY", "*MONTHLY"], "ADDJOBSCDE FRQ");
  const days = entry.scdday === undefined ? undefined : dayList(entry.scdday, "ADDJOBSCDE SCDDAY");
  const scheduledByDay = days !== undefined && days[0] !== "*NONE";
  const date = specialValue(
    entry.scddate ?? (scheduledByDay ? "*NONE" : "*CURRENT"),
    ["*NONE", "*CURRENT", "*MONTHSTR", "*MONTHEND"],
    "ADDJOBSCDE SCDDATE",
  );
  // CL accepts either a date or days, never both.
  if (scheduledByDay && date !== "*NONE") {
    throw new InvalidValueError("ADDJOBSCDE SCDDATE", "must be *NONE when SCDDAY names days", entry.scddate);
  }
  if (!scheduledByDay && date === "*NONE") {
    throw new InvalidValueError("ADDJOBSCDE SCDDAY", "must name days when SCDDATE is *NONE", entry.scdday);
  }
  const time =
    typeof entry.scdtime === "string" && entry.scdtime.toUpperCase() === "*CURRENT"
      ? specialValue(entry.scdtime, ["*CURRENT"], "ADDJOBSCDE SCDTIME")
      : timeOfDay(entry.scdtime, "ADDJOBSCDE SCDTIME");
  return buildClCommand("ADDJOBSCDE", [
    ["JOB", clWord(jobName(entry.job, "ADDJOBSCDE JOB"))],
    ["CMD", clCommand(entry.cmd)],
    ["FRQ", clWord(frq)],
    ["SCDDATE", clWord(date)],
    ["SCDDAY", days && clList(days.map((day) => clWord(day)))],
    ["SCDTIME", clWord(time)],
    ["TEXT", entry.text === undefined ? undefined : clString(descriptionText(entry.text, "ADDJOBSCDE TEXT"))],
  ]);
}

/** `RMVJOBSCDE JOB(name) ENTRYNBR(*ONLY|n)`. */
export function rmvjobscde(options: { job: string; entrynbr: "*ONLY" | number }): BuiltClCommand {
  const entry =
    options.entrynbr === "*ONLY" ? clWord(specialValue(options.entrynbr, ["*ONLY"], "RMVJOBSCDE ENTRYNBR"))
    : clInteger(wholeNumber(options.entrynbr, "RMVJOBSCDE ENTRYNBR", 1, 999999));
  return buildClCommand("RMVJOBSCDE", [
    ["JOB", clWord(jobName(options.job, "RMVJOBSCDE JOB"))],
    ["ENTRYNBR", entry],
  ]);
}
