import { buildClCommand, clInteger, clString, clWord, type BuiltClCommand } from "../cl-builder";
import { InvalidValueError } from "../errors";
import { ipv4Address, ipv6Address, maskPrefixLength, specialValue, subnetMask, wholeNumber } from "../values";

/**
 * SMTP accept/reject list entries by address. ADDSMTPLE needs *IOSYSCFG and takes effect when SMTP
 * next starts (ibmi-facts.md §3.3). RMVSMTPLE's keywords are [U]: IBM's page could not be read,
 * so they mirror ADDSMTPLE. The IPv6 keywords IP6NETADR/IP6PFX are from the ADDSMTPLE page;
 * reading IP6PFX as a prefix length is [U].
 */

export type SmtpListEntry =
  | { type: "*ACCEPT" | "*REJECT"; intnetadr: string; subnetmask: string }
  | { type: "*ACCEPTIP6" | "*REJECTIP6"; ip6netadr: string; ip6pfx: number };

function entryParams(command: string, entry: SmtpListEntry) {
  const type = specialValue(entry.type, ["*ACCEPT", "*REJECT", "*ACCEPTIP6", "*REJECTIP6"], `${command} TYPE`);
  if (type === "*ACCEPT" || type === "*REJECT") {
    const v4 = entry as Extract<SmtpListEntry, { type: "*ACCEPT" | "*REJECT" }>;
    const address = ipv4Address(v4.intnetadr, `${command} INTNETADR`);
    const mask = subnetMask(v4.subnetmask, `${command} SUBNETMASK`);
    if (command === "ADDSMTPLE" && type === "*ACCEPT" && maskPrefixLength(mask) === 0) {
      throw new InvalidValueError(`${command} SUBNETMASK`, "0.0.0.0 would let every address relay", v4.subnetmask);
    }
    return [
      ["TYPE", clWord(type)],
      ["INTNETADR", clString(address)],
      ["SUBNETMASK", clString(mask)],
    ] as const;
  }
  const v6 = entry as Extract<SmtpListEntry, { type: "*ACCEPTIP6" | "*REJECTIP6" }>;
  const address = ipv6Address(v6.ip6netadr, `${command} IP6NETADR`);
  const prefix = wholeNumber(v6.ip6pfx, `${command} IP6PFX`, 0, 128);
  if (command === "ADDSMTPLE" && type === "*ACCEPTIP6" && prefix === 0) {
    throw new InvalidValueError(`${command} IP6PFX`, "0 would let every address relay", v6.ip6pfx);
  }
  return [
    ["TYPE", clWord(type)],
    ["IP6NETADR", clString(address)],
    ["IP6PFX", clInteger(prefix)],
  ] as const;
}

/** `ADDSMTPLE`. An accept entry covering every address (mask 0.0.0.0 or prefix 0) is refused. */
export function addsmtple(entry: SmtpListEntry): BuiltClCommand {
  return buildClCommand("ADDSMTPLE", entryParams("ADDSMTPLE", entry));
}

/** `RMVSMTPLE` with the same keywords as the entry was added with [U]. */
export function rmvsmtple(entry: SmtpListEntry): BuiltClCommand {
  return buildClCommand("RMVSMTPLE", entryParams("RMVSMTPLE", entry));
}
