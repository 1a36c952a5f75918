/** ADDSMTPLE: adds an SMTP list entry. Needs *IOSYSCFG [C]; a duplicate is refused [3P]. */
import { requireIoSysCfg } from "../authority-checks";
import { escapeFailure } from "../cl-failure";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { sameEntry, SMTP_LIST_PARAMETERS, smtpListEntryFrom } from "./smtp-list-entry";

export const ADDSMTPLE: CommandDefinition = {
  name: "ADDSMTPLE",
  maxPositional: 1,
  parameters: SMTP_LIST_PARAMETERS,
  run({ state, principal }, args) {
    requireIoSysCfg(principal, "ADDSMTPLE");
    const entry = smtpListEntryFrom(args);
    if (state.smtpListEntries.some((existing) => sameEntry(existing, entry))) throw escapeFailure("TCP264E");
    state.smtpListEntries.push(entry);
    return { messages: [message("TCP264D", "completion")] };
  },
};
