import { buildClCommand, clInteger, clList, clWord, type BuiltClCommand } from "../cl-builder";
import { InvalidValueError } from "../errors";
import { functionId, specialValue, userProfileName, wholeNumber } from "../values";

/** Commands a security officer runs to give the dashboard's profile what it needs. */

export const SPECIAL_AUTHORITIES = ["*ALLOBJ", "*AUDIT", "*IOSYSCFG", "*JOBCTL", "*SAVSYS", "*SECADM", "*SERVICE", "*SPLCTL"] as const;

/**
 * `CHGUSRPRF USRPRF(x) SPCAUT(...)`. SPCAUT replaces the profile's whole list, so pass every
 * authority the profile should end up with, not only the new one.
 */
export function chgusrprfSpecialAuthorities(options: { usrprf: string; spcaut: string[] }): BuiltClCommand {
  const authorities = options.spcaut.map((aut) => specialValue(aut, SPECIAL_AUTHORITIES, "CHGUSRPRF SPCAUT"));
  if (new Set(authorities).size !== authorities.length) {
    throw new InvalidValueError("CHGUSRPRF SPCAUT", "must not repeat an authority", options.spcaut);
  }
  return buildClCommand("CHGUSRPRF", [
    ["USRPRF", clWord(userProfileName(options.usrprf, "CHGUSRPRF USRPRF"))],
    ["SPCAUT", clList(authorities.length === 0 ? [clWord(specialValue("*NONE", ["*NONE"], "CHGUSRPRF SPCAUT"))] : authorities.map((aut) => clWord(aut)))],
  ]);
}

/** `CHGUSRPRF USRPRF(x) CCSID(n)`: the cure for a profile at CCSID 65535 (use 37 or the national CCSID). */
export function chgusrprfCcsid(options: { usrprf: string; ccsid: number }): BuiltClCommand {
  const ccsid = wholeNumber(options.ccsid, "CHGUSRPRF CCSID", 1, 65534);
  return buildClCommand("CHGUSRPRF", [
    ["USRPRF", clWord(userProfileName(options.usrprf, "CHGUSRPRF USRPRF"))],
    ["CCSID", clInteger(ccsid)],
  ]);
}

/** `CHGFCNUSG FCNID(id) USER(x) USAGE(*ALLOWED|*DENIED|*NONE)` [U — standard syntax, not re-verified]. */
export function chgfcnusg(options: { fcnid: string; user: string; usage: string }): BuiltClCommand {
  return buildClCommand("CHGFCNUSG", [
    ["FCNID", clWord(functionId(options.fcnid, "CHGFCNUSG FCNID"))],
    ["USER", clWord(userProfileName(options.user, "CHGFCNUSG USER"))],
    ["USAGE", clWord(specialValue(options.usage, ["*ALLOWED", "*DENIED", "*NONE"], "CHGFCNUSG USAGE"))],
  ]);
}
