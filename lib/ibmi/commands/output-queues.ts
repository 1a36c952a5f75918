import { buildClCommand, clWord, type BuiltClCommand } from "../cl-builder";
import { InvalidValueError } from "../errors";
import { qualifiedObjectName, specialValue } from "../values";

/** `CHGOUTQ` spooled-file security attributes (ibmi-facts.md §5.1). At least one must change. */
export function chgoutq(options: { outq: string; dspdta?: string; oprctl?: string; autchk?: string }): BuiltClCommand {
  const changes = [
    ["DSPDTA", options.dspdta === undefined ? undefined : clWord(specialValue(options.dspdta, ["*YES", "*NO", "*OWNER", "*SAME"], "CHGOUTQ DSPDTA"))],
    ["OPRCTL", options.oprctl === undefined ? undefined : clWord(specialValue(options.oprctl, ["*YES", "*NO", "*SAME"], "CHGOUTQ OPRCTL"))],
    ["AUTCHK", options.autchk === undefined ? undefined : clWord(specialValue(options.autchk, ["*OWNER", "*DTAAUT", "*SAME"], "CHGOUTQ AUTCHK"))],
  ] as const;
  if (changes.every(([, value]) => value === undefined)) {
    throw new InvalidValueError("CHGOUTQ", "needs at least one of DSPDTA, OPRCTL, AUTCHK", options);
  }
  return buildClCommand("CHGOUTQ", [["OUTQ", clWord(qualifiedObjectName(options.outq, "CHGOUTQ OUTQ"))], ...changes]);
}
