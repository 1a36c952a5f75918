/** HLDJOBSCDE and RLSJOBSCDE: a held entry is not submitted until released. */
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { ENTRY_PARAMETERS, entryNumberText, selectEntries } from "./job-schedule-entries";

function holdOrRelease(name: string, status: "HELD" | "SCHEDULED"): CommandDefinition {
  return {
    name,
    maxPositional: 2,
    parameters: ENTRY_PARAMETERS,
    run({ state, principal }, args) {
      const entries = selectEntries(state, principal, args);
      for (const entry of entries) entry.status = status;
      const id = status === "HELD" ? "CPC1240" : "CPC1241";
      return { messages: entries.map((entry) => message(id, "completion", entry.name, entryNumberText(entry))) };
    },
  };
}

export const HLDJOBSCDE = holdOrRelease("HLDJOBSCDE", "HELD");
export const RLSJOBSCDE = holdOrRelease("RLSJOBSCDE", "SCHEDULED");
