/**
 * CHGTCPSVR: a server's autostart value. Needs *IOSYSCFG and *ALLOBJ [C]; SVRSPCVAL(*SSHD) is
 * [U] but accepted, as are the other servers the simulator models.
 */
import { CL_SERVER_VALUES, serverByClValue } from "@/simulator/state/server-catalog";
import { requireIoSysCfg, requireSpecial } from "../authority-checks";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import { SAME_YES_NO, special } from "./common-types";


export const CHGTCPSVR: CommandDefinition = {
  name: "CHGTCPSVR",
  maxPositional: 1,
  parameters: [
    { keyword: "SVRSPCVAL", type: special(...CL_SERVER_VALUES), required: true },
    { keyword: "AUTOSTART", type: SAME_YES_NO, default: "*SAME" },
  ],
  run({ state, principal }, args) {
    requireIoSysCfg(principal, "CHGTCPSVR");
    requireSpecial(principal, "*ALLOBJ");
    const id = serverByClValue(args.text("SVRSPCVAL"))!.id;
    const autostart = args.text("AUTOSTART");
    if (autostart !== "*SAME") state.servers[id].autostart = autostart === "*YES";
    return { messages: [message("TCP1A0E", "completion")] };
  },
};
