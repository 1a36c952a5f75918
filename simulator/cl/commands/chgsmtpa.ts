/**
 * CHGSMTPA: SMTP attributes. Needs *IOSYSCFG [C]. ALWRLY applies at once [C]; there is no SQL
 * service that reads it back (facts §3.2), so only the simulator's state knows it.
 */
import { requireIoSysCfg } from "../authority-checks";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { changed, SAME_YES_NO, special } from "./common-types";

export const CHGSMTPA: CommandDefinition = {
  name: "CHGSMTPA",
  maxPositional: 0,
  parameters: [
    { keyword: "AUTOSTART", type: SAME_YES_NO, default: "*SAME" },
    { keyword: "ALWRLY", type: special("*SAME", "*ALL", "*NONE", "*LIST", "*NEAR", "*BOTH"), default: "*SAME" },
  ],
  run({ state, principal }, args) {
    requireIoSysCfg(principal, "CHGSMTPA");
    const smtp = state.servers.smtp;
    const autostart = args.text("AUTOSTART");
    if (autostart !== "*SAME") smtp.autostart = autostart === "*YES";
    smtp.allowRelay = changed(args.text("ALWRLY"), smtp.allowRelay);
    return { messages: [message("TCP1C0A", "completion", "SMTP")] };
  },
};
