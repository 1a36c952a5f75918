import { buildClCommand, clList, clWord, type BuiltClCommand } from "../cl-builder";
import { InvalidValueError } from "../errors";
import { qualifiedObjectName, specialValue, userProfileName } from "../values";

/** Object types the dashboard grants or revokes on. */
const OBJECT_TYPES = ["*OUTQ", "*FILE", "*LIB", "*PGM", "*SRVPGM", "*CMD", "*USRPRF", "*DTAARA", "*JOBD", "*JOBQ", "*JOBSCD", "*MSGQ", "*AUTL"] as const;
/** Authorities that must stand alone in AUT. */
const SINGLE_AUTHORITIES = ["*ALL", "*CHANGE", "*USE", "*EXCLUDE", "*AUTL"] as const;
/** Specific object and data authorities, which may be combined (up to 10). */
const SPECIFIC_AUTHORITIES = ["*OBJALTER", "*OBJEXIST", "*OBJMGT", "*OBJOPR", "*OBJREF", "*ADD", "*DLT", "*READ", "*UPD", "*EXECUTE"] as const;

export interface ObjectAuthorityChange {
  /** `LIBRARY/OBJECT`. */
  obj: string;
  objtype: string;
  /** A user profile or `*PUBLIC`. */
  user: string;
  aut: string | string[];
}

function authorityParams(command: string, change: ObjectAuthorityChange) {
  const list = Array.isArray(change.aut) ? change.aut : [change.aut];
  const authorities = list.map((aut) => specialValue(aut, [...SINGLE_AUTHORITIES, ...SPECIFIC_AUTHORITIES], `${command} AUT`));
  if (authorities.length === 0 || authorities.length > 10) {
    throw new InvalidValueError(`${command} AUT`, "must list 1 to 10 authorities", change.aut);
  }
  if (authorities.length > 1 && authorities.some((aut) => (SINGLE_AUTHORITIES as readonly string[]).includes(aut))) {
    throw new InvalidValueError(`${command} AUT`, `${SINGLE_AUTHORITIES.join(", ")} must stand alone`, change.aut);
  }
  if (new Set(authorities).size !== authorities.length) {
    throw new InvalidValueError(`${command} AUT`, "must not repeat an authority", change.aut);
  }
  return [
    ["OBJ", clWord(qualifiedObjectName(change.obj, `${command} OBJ`))],
    ["OBJTYPE", clWord(specialValue(change.objtype, OBJECT_TYPES, `${command} OBJTYPE`))],
    ["USER", clWord(userProfileName(change.user, `${command} USER`, { allowPublic: true }))],
    ["AUT", clList(authorities.map((aut) => clWord(aut)))],
  ] as const;
}

/** `GRTOBJAUT`. */
export function grtobjaut(change: ObjectAuthorityChange): BuiltClCommand {
  return buildClCommand("GRTOBJAUT", authorityParams("GRTOBJAUT", change));
}

/** `RVKOBJAUT`, the undo of a grant with the same values. */
export function rvkobjaut(change: ObjectAuthorityChange): BuiltClCommand {
  return buildClCommand("RVKOBJAUT", authorityParams("RVKOBJAUT", change));
}
