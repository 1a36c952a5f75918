/** CHGFTPA: FTP server attributes. Needs *IOSYSCFG [C]; ALWSSL applies from the next start here. */
import { requireIoSysCfg } from "../authority-checks";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { changed, SAME_ALLOW_SSL, SAME_YES_NO } from "./common-types";

export const CHGFTPA: CommandDefinition = {
  name: "CHGFTPA",
  maxPositional: 0,
  parameters: [
    { keyword: "AUTOSTART", type: SAME_YES_NO, default: "*SAME" },
    { keyword: "NBRSVR", type: { kind: "integer", min: 1, max: 20, special: ["*SAME", "*DFT"] }, default: "*SAME" },
    { keyword: "INACTTIMO", type: { kind: "integer", min: 0, max: 2147483647, special: ["*SAME", "*DFT"] }, default: "*SAME" },
    { keyword: "ALWSSL", type: SAME_ALLOW_SSL, default: "*SAME" },
  ],
  run({ state, principal }, args) {
    requireIoSysCfg(principal, "CHGFTPA");
    const ftp = state.servers.ftp;
    const autostart = args.text("AUTOSTART");
    if (autostart !== "*SAME") ftp.autostart = autostart === "*YES";
    ftp.allowSsl = changed(args.text("ALWSSL"), ftp.allowSsl);
    const servers = args.number("NBRSVR");
    if (servers !== "*SAME") ftp.numberOfServers = servers === "*DFT" ? 3 : Number(servers);
    const timeout = args.number("INACTTIMO");
    if (timeout !== "*SAME") ftp.inactivityTimeout = timeout === "*DFT" ? 300 : Number(timeout);
    return { messages: [message("TCP1C0A", "completion", "FTP")] };
  },
};
