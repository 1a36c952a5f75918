/**
 * CHGFCNUSG: function usage (e.g. QIBM_IOSYSCFG_VIEW, QIBM_QTMF_SERVER_REQ_10). Needs *SECADM [U:
 * IBM's usual rule for function usage; syntax per facts §4.1]. USAGE(*NONE) drops the user's
 * explicit entry.
 */
import { findUser } from "@/simulator/state/authority";
import { requireSpecial } from "../authority-checks";
import { escapeFailure } from "../cl-failure";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { changed, special } from "./common-types";

export const CHGFCNUSG: CommandDefinition = {
  name: "CHGFCNUSG",
  maxPositional: 1,
  parameters: [
    { keyword: "FCNID", type: { kind: "text", maxLength: 30 }, required: true },
    { keyword: "USER", type: { kind: "name" } },
    { keyword: "USAGE", type: special("*ALLOWED", "*DENIED", "*NONE") },
    { keyword: "DEFAULT", type: special("*SAME", "*ALLOWED", "*DENIED"), default: "*SAME" },
    { keyword: "ALLOBJAUT", type: special("*SAME", "*USED", "*NOTUSED"), default: "*SAME" },
  ],
  run({ state, principal }, args) {
    requireSpecial(principal, "*SECADM");
    const id = args.text("FCNID").toUpperCase();
    const fn = state.functionUsage.find((entry) => entry.functionId === id);
    if (!fn) throw escapeFailure("CPF228A", id);
    if (args.has("USER")) {
      const user = args.text("USER");
      if (!findUser(state, user)) throw escapeFailure("CPF2204", user);
      if (!args.has("USAGE")) throw escapeFailure("CPF1030", "USAGE");
      const usage = args.text("USAGE");
      if (usage === "*NONE") delete fn.users[user];
      else fn.users[user] = usage as "*ALLOWED" | "*DENIED";
    }
    fn.defaultUsage = changed(args.text("DEFAULT"), fn.defaultUsage);
    fn.allObjAuthority = changed(args.text("ALLOBJAUT"), fn.allObjAuthority);
    return { messages: [message("CPC228A", "completion")] };
  },
};
