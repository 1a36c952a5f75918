/** RMVJOBSCDE: removes job schedule entries. */
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { ENTRY_PARAMETERS, entryNumberText, selectEntries } from "./job-schedule-entries";

export const RMVJOBSCDE: CommandDefinition = {
  name: "RMVJOBSCDE",
  maxPositional: 2,
  parameters: ENTRY_PARAMETERS,
  run({ state, principal }, args) {
    const removed = selectEntries(state, principal, args);
    state.jobSchedule = state.jobSchedule.filter((entry) => !removed.includes(entry));
    return { messages: removed.map((entry) => message("CPC1239", "completion", entry.name, entryNumberText(entry))) };
  },
};
