/**
 * CHGTELNA: Telnet server attributes. *IOSYSCFG is assumed like CHGFTPA [U]. ALWSSL takes effect
 * at the next start of the Telnet server [C].
 */
import { requireIoSysCfg } from "../authority-checks";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { changed, SAME_ALLOW_SSL, SAME_YES_NO } from "./common-types";

export const CHGTELNA: CommandDefinition = {
  name: "CHGTELNA",
  maxPositional: 0,
  parameters: [
    { keyword: "AUTOSTART", type: SAME_YES_NO, default: "*SAME" },
    { keyword: "ALWSSL", type: SAME_ALLOW_SSL, default: "*SAME" },
    { keyword: "KEEPALIVE", type: { kind: "integer", min: 1, max: 40000, special: ["*SAME", "*DFT"] }, default: "*SAME" },
  ],
  run({ state, principal }, args) {
    requireIoSysCfg(principal, "CHGTELNA");
    const telnet = state.servers.telnet;
    const autostart = args.text("AUTOSTART");
    if (autostart !== "*SAME") telnet.autostart = autostart === "*YES";
    telnet.allowSsl = changed(args.text("ALWSSL"), telnet.allowSsl);
    const keepAlive = args.number("KEEPALIVE");
    if (keepAlive !== "*SAME") telnet.keepAliveTimeout = keepAlive === "*DFT" ? 600 : Number(keepAlive);
    return { messages: [message("TCP1C0A", "completion", "TELNET")] };
  },
};
