/**
 * CHGSYSVAL: changes a system value the state knows (e.g. QAUTOVRT to 0). Security values need
 * *ALLOBJ and *SECADM; the simulator asks that for all of them [U]. Numeric values stay numbers.
 */
import { requireSpecial } from "../authority-checks";
import { escapeFailure } from "../cl-failure";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";

/** Special values IBM stores as numbers (QAUTOVRT(*NOMAX) is kept as 32767). */
const NUMERIC_SPECIAL: Record<string, number> = { "*NOMAX": 32767 };

export const CHGSYSVAL: CommandDefinition = {
  name: "CHGSYSVAL",
  maxPositional: 2,
  parameters: [
    { keyword: "SYSVAL", type: { kind: "name" }, required: true },
    { keyword: "VALUE", type: { kind: "text", maxLength: 2000 }, required: true },
  ],
  run({ state, principal }, args) {
    requireSpecial(principal, "*ALLOBJ", "*SECADM");
    const name = args.text("SYSVAL");
    const current = state.systemValues[name];
    if (current === undefined) throw escapeFailure("CPF1028", name);
    const value = args.text("VALUE");
    if (typeof current === "number") {
      const number = NUMERIC_SPECIAL[value] ?? (/^\d+$/.test(value.trim()) ? Number(value) : NaN);
      if (Number.isNaN(number)) throw escapeFailure("CPF1030", name);
      state.systemValues[name] = number;
    } else {
      state.systemValues[name] = value;
    }
    return { messages: [message("CPC1001", "completion", name)] };
  },
};
