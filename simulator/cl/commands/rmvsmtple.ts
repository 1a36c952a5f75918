/** RMVSMTPLE: removes an SMTP list entry. *IOSYSCFG assumed like ADDSMTPLE [U]. */
import { requireIoSysCfg } from "../authority-checks";
import { escapeFailure } from "../cl-failure";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { sameEntry, SMTP_LIST_PARAMETERS, smtpListEntryFrom } from "./smtp-list-entry";

export const RMVSMTPLE: CommandDefinition = {
  name: "RMVSMTPLE",
  maxPositional: 1,
  parameters: SMTP_LIST_PARAMETERS,
  run({ state, principal }, args) {
    requireIoSysCfg(principal, "RMVSMTPLE");
    const entry = smtpListEntryFrom(args);
    const index = state.smtpListEntries.findIndex((existing) => sameEntry(existing, entry));
    if (index === -1) throw escapeFailure("TCP2903");
    state.smtpListEntries.splice(index, 1);
    return { messages: [message("TCP264F", "completion")] };
  },
};
