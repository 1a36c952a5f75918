import { needsOfCommand } from "../authority-needs";
import { makePlan, noUndo } from "../shared/plan";
import { FTP_OFF_JOB, FTP_ON_JOB } from "../state-reads";
import type { RemediationDefinition, UndoPlan } from "../types";
import { addSteps, currentTimes, describeEntry, describeTimes, policyWindowTimes, removeSteps, SCHEDULE_FIELDS, sameTimes, ZScheduleTimes } from "./schedule-entries";
import type { ScheduleTimes } from "./window-times";

const TITLE = "Schedule FTP off outside its window";

/**
 * A managed off-hours window (FTP-03): two job schedule entries, PCFTPOFF ending FTP at the
 * window's close and PCFTPON starting it in the morning (ibmi-facts §2.4). Planning it again with
 * other times replaces Portcullis's entries; site entries of other names are never touched.
 */
export const ftpScheduleWindow: RemediationDefinition<ScheduleTimes> = {
  id: "ftp.schedule-window",
  title: TITLE,
  panel: "ftp",
  description:
    "Adds (or replaces) two job schedule entries: PCFTPOFF runs ENDTCPSVR SERVER(*FTP) when the window closes and PCFTPON " +
    "runs STRTCPSVR SERVER(*FTP) when it opens, in the system's local time. FTP is not ended now.",
  offered: true,
  commands: ["ADDJOBSCDE", "RMVJOBSCDE"],
  // The entries submit ENDTCPSVR/STRTCPSVR as this profile (USER *CURRENT).
  extraAuthority: [...needsOfCommand("ENDTCPSVR"), ...needsOfCommand("STRTCPSVR")],
  params: ZScheduleTimes,
  fields: SCHEDULE_FIELDS,
  reads: ["ftp-jobs", "net-listeners"],
  extraReads: ["ftp-schedule", "utc-offset", "tcp-command-privileges"],
  defaults(_target, state, context) {
    return policyWindowTimes(state, context).times;
  },
  plan(state, params, context) {
    const schedule = state.extra.ftpSchedule;
    if (!schedule.ok) return makePlan({ summary: TITLE, blockers: [`The job schedule could not be read, so existing entries cannot be replaced safely: ${schedule.reason}`] });
    const existing = schedule.value;
    const current = currentTimes(existing);
    if (current !== null && sameTimes(current, params)) {
      return makePlan({ summary: TITLE, blockers: ["The FTP window entries are already scheduled with these days and times."] });
    }
    const policy = policyWindowTimes(state, context);
    const warnings = [
      ...(policy.times !== null && !sameTimes(policy.times, params) ? [`These times differ from ${policy.note}; FTP-03 measures exposure against the policy window.`] : []),
      ...(!context.policy.approvedServers.includes("ftp") ? ["FTP is not approved for this system, so every hour it listens still counts as exposure (FTP-03)."] : []),
    ];
    const undo: UndoPlan =
      existing.length === 0
        ? { available: true, actionId: "ftp.schedule-window-remove", params: {}, description: `Remove the ${FTP_OFF_JOB} and ${FTP_ON_JOB} entries again.` }
        : current !== null
          ? { available: true, actionId: "ftp.schedule-window", params: { ...current }, description: `Schedule the previous times again (${describeTimes(current.offDays, current.offTime)} off, ${describeTimes(current.onDays, current.onTime)} on).` }
          : noUndo("The existing entries could not be read completely, so they cannot be re-created exactly.");
    const entryText = (name: string) => existing.filter((entry) => entry.name === name).map(describeEntry).join("; ") || "none";
    return makePlan({
      summary: `${TITLE}: off ${describeTimes(params.offDays, params.offTime)}, on ${describeTimes(params.onDays, params.onTime)} (system time)`,
      steps: [...removeSteps(existing), ...addSteps(params)],
      changes: [
        { subject: `${FTP_OFF_JOB} (ends FTP)`, before: entryText(FTP_OFF_JOB), after: describeTimes(params.offDays, params.offTime) },
        { subject: `${FTP_ON_JOB} (starts FTP)`, before: entryText(FTP_ON_JOB), after: describeTimes(params.onDays, params.onTime) },
      ],
      impact: [
        `The job scheduler ends FTP ${describeTimes(params.offDays, params.offTime)}, ending any FTP session open then, and starts it ${describeTimes(params.onDays, params.onTime)}.`,
        "FTP is not ended now. The entries run as the dashboard's profile, which needs *USE on ENDTCPSVR and STRTCPSVR.",
        policy.note.charAt(0).toUpperCase() + policy.note.slice(1) + ".",
      ],
      warnings,
      prior: { captured: { entries: existing.map(describeEntry), ...(current ? { times: { ...current } } : {}) }, unknown: [] },
      undo,
      verifies: [`exactly one ${FTP_OFF_JOB} and one ${FTP_ON_JOB} entry in QSYS2.SCHEDULED_JOB_INFO with these days and times`],
    });
  },
  verifyState(after, params) {
    const schedule = after.extra.ftpSchedule;
    if (!schedule.ok) return [{ description: "The FTP window entries are scheduled", ok: false, observed: schedule.reason }];
    const current = currentTimes(schedule.value);
    return [
      {
        description: `${FTP_OFF_JOB} ${describeTimes(params.offDays, params.offTime)} and ${FTP_ON_JOB} ${describeTimes(params.onDays, params.onTime)}`,
        ok: current !== null && sameTimes(current, params),
        observed: schedule.value.map(describeEntry).join("; ") || "no entries",
      },
    ];
  },
};
