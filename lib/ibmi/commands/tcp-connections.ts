import { buildClCommand, clInteger, clString, clWord, type BuiltClCommand } from "../cl-builder";
import { InvalidValueError } from "../errors";
import { ipAddress, port, specialValue } from "../values";

/**
 * `ENDTCPCNN` ends one connection immediately (ibmi-facts.md §4.2). Addresses go in apostrophes.
 * The wildcard `*` forms are not offered: the dashboard always ends one connection it has seen.
 */
export function endtcpcnn(options: {
  protocol: string;
  lclintneta: string;
  lclport: number | string;
  rmtintneta: string;
  rmtport: number | string;
}): BuiltClCommand {
  const protocol = specialValue(options.protocol, ["*TCP", "*UDP"], "ENDTCPCNN PROTOCOL");
  const local = ipAddress(options.lclintneta, "ENDTCPCNN LCLINTNETA");
  const remote = ipAddress(options.rmtintneta, "ENDTCPCNN RMTINTNETA");
  if (local.family !== remote.family) {
    throw new InvalidValueError("ENDTCPCNN RMTINTNETA", "must be the same address family as LCLINTNETA", options.rmtintneta);
  }
  return buildClCommand("ENDTCPCNN", [
    ["PROTOCOL", clWord(protocol)],
    ["LCLINTNETA", clString(local.address)],
    ["LCLPORT", clInteger(port(options.lclport, "ENDTCPCNN LCLPORT"))],
    ["RMTINTNETA", clString(remote.address)],
    ["RMTPORT", clInteger(port(options.rmtport, "ENDTCPCNN RMTPORT"))],
  ]);
}
