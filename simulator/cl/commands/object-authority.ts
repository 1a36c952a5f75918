/**
 * What GRTOBJAUT and RVKOBJAUT share: their parameters, resolving the object and the users, and
 * the authority check (owner, *ALLOBJ, or *OBJMGT plus every right being given or taken).
 */
import { effectiveRights, findUser, rightsOf } from "@/simulator/state/authority";
import { RIGHTS, type TAuthority, type TRight } from "@/simulator/state/schema";
import { ClFailure } from "../cl-failure";
import { message } from "../cl-messages";
import type { BoundArgs, CommandContext, ParamDef } from "../command-definition";
import { findSecuredObject, type SecuredObject, type SecuredType } from "../command-lookup";
import type { QualifiedName } from "../param-types";
import { QUALIFIED_OBJECT } from "./common-types";

const MODELLED_TYPES: readonly SecuredType[] = ["*OUTQ", "*LIB", "*CMD", "*USRPRF"];
/** Object types IBM accepts that the simulator holds no objects of: they are simply not found. */
const OTHER_TYPES = ["*FILE", "*PGM", "*SRVPGM", "*DTAARA", "*DTAQ", "*JOBD", "*JOBQ", "*MSGQ", "*AUTL", "*DEVD", "*SBSD"];

export const NAMED_AUTHORITY_VALUES = ["*ALL", "*CHANGE", "*USE", "*EXCLUDE"];

export function objectAuthorityParameters(defaultAuthority: string): ParamDef[] {
  return [
    { keyword: "OBJ", type: QUALIFIED_OBJECT, required: true },
    { keyword: "OBJTYPE", type: { kind: "special", values: [...MODELLED_TYPES, ...OTHER_TYPES] }, required: true },
    { keyword: "USER", type: { kind: "list", of: { kind: "name", special: ["*PUBLIC"] }, max: 50 }, required: true },
    {
      keyword: "AUT",
      type: { kind: "list", of: { kind: "special", values: [...NAMED_AUTHORITY_VALUES, ...RIGHTS] }, max: 10, alone: NAMED_AUTHORITY_VALUES },
      default: [defaultAuthority],
    },
  ];
}

/** Diagnostic first, then IBM's summary escape for authority commands. */
function failure(id: "CPF2105" | "CPF2204" | "CPF2207", ...args: string[]): ClFailure {
  return new ClFailure([message(id, "diagnostic", ...args), message("CPF2227", "escape")]);
}

export interface AuthorityRequest {
  readonly object: SecuredObject;
  readonly users: readonly string[];
  /** The rights named in AUT, or "*EXCLUDE". */
  readonly rights: ReadonlySet<TRight> | "*EXCLUDE";
  readonly all: boolean;
}

export function resolveAuthorityRequest(context: CommandContext, args: BoundArgs): AuthorityRequest {
  const { state, principal } = context;
  const wanted = args.qualified("OBJ") as QualifiedName;
  const type = args.text("OBJTYPE");
  const object = MODELLED_TYPES.includes(type as SecuredType)
    ? findSecuredObject(state, type as SecuredType, wanted, context.commandNames)
    : undefined;
  if (!object) throw failure("CPF2105", wanted.name, wanted.library, type);
  const users = args.list("USER");
  const unknown = users.find((user) => user !== "*PUBLIC" && !findUser(state, user));
  if (unknown) throw failure("CPF2204", unknown);
  const aut = args.list("AUT");
  const rights =
    aut[0] === "*EXCLUDE"
      ? ("*EXCLUDE" as const)
      : new Set<TRight>(aut.flatMap((value) => (NAMED_AUTHORITY_VALUES.includes(value) ? [...rightsOf(value as TAuthority)] : [value as TRight])));
  const held = effectiveRights(principal, object.authority);
  const needed = rights === "*EXCLUDE" ? [] : [...rights];
  if (!held.has("*OBJMGT") || needed.some((right) => !held.has(right))) {
    throw failure("CPF2207", object.name, object.library, object.type);
  }
  return { object, users, rights, all: aut[0] === "*ALL" };
}
