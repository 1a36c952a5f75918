/**
 * Output queues and object authorities: OUTPUT_QUEUE_INFO (queues the caller may read, all of
 * them with *SPLCTL) and OBJECT_PRIVILEGES for libraries, output queues and commands.
 */
import type { RowOf } from "@/simulator/sql/catalog";
import { authorityName, effectiveRights, hasRights, isFunctionAllowed, outputQueueAllows, rightsOf } from "../authority";
import type { TAuthority, TObjectAuthorities, TOutputQueue, TRight } from "../schema";
import { yesNo, type DeriveContext } from "./derive-context";

/**
 * IBM [C]: *EXECUTE on the library, and *READ on the queue, or *SPLCTL, or *JOBCTL on an
 * OPRCTL(*YES) queue.
 */
export function canSeeOutputQueue(context: DeriveContext, queue: TOutputQueue): boolean {
  return outputQueueAllows(context.state, context.caller, queue, () => hasRights(context.caller, queue.authority, ["*READ"]));
}

export function outputQueueRows(context: DeriveContext): RowOf<"QSYS2.OUTPUT_QUEUE_INFO">[] {
  return context.state.outputQueues
    .filter((queue) => canSeeOutputQueue(context, queue))
    .map((queue) => ({
      OUTPUT_QUEUE_NAME: queue.name,
      OUTPUT_QUEUE_LIBRARY_NAME: queue.library,
      NUMBER_OF_FILES: queue.numberOfFiles,
      NUMBER_OF_WRITERS: queue.printerDevice ? 1 : 0,
      WRITERS_TO_AUTOSTART: queue.printerDevice ? 1 : 0,
      PRINTER_DEVICE_NAME: queue.printerDevice,
      ORDER_OF_FILES: "*FIFO",
      DISPLAY_ANY_FILE: queue.displayAnyFile,
      JOB_SEPARATORS: 0,
      OPERATOR_CONTROLLED: queue.operatorControlled,
      AUTHORITY_TO_CHECK: queue.authorityToCheck,
      OUTPUT_QUEUE_STATUS: queue.status,
      WRITER_JOB_NAME: null,
      WRITER_JOB_STATUS: null,
      WRITER_TYPE: null,
      TEXT_DESCRIPTION: queue.text || null,
    }));
}

interface SecuredObject {
  readonly library: string;
  readonly name: string;
  readonly type: "*LIB" | "*OUTQ" | "*CMD";
  readonly authority: TObjectAuthorities;
}

function securedObjects(context: DeriveContext): SecuredObject[] {
  const { state } = context;
  return [
    ...state.libraries.map((lib) => ({ library: "QSYS", name: lib.name, type: "*LIB" as const, authority: lib.authority })),
    ...state.outputQueues.map((q) => ({ library: q.library, name: q.name, type: "*OUTQ" as const, authority: q.authority })),
    ...state.commands.map((cmd) => ({ library: cmd.library, name: cmd.name, type: "*CMD" as const, authority: cmd.authority })),
  ];
}

function privilegeRow(object: SecuredObject, user: string, authority: TAuthority | ReadonlySet<TRight>): RowOf<"QSYS2.OBJECT_PRIVILEGES"> {
  const rights = authority instanceof Set ? authority : rightsOf(authority as TAuthority);
  const flag = (right: TRight) => yesNo(rights.has(right));
  return {
    OBJECT_SCHEMA: object.library,
    OBJECT_NAME: object.name,
    SYSTEM_OBJECT_SCHEMA: object.library,
    SYSTEM_OBJECT_NAME: object.name,
    OBJECT_TYPE: object.type,
    SQL_OBJECT_TYPE: null,
    AUTHORIZATION_LIST: null,
    AUTHORIZATION_NAME: user,
    OBJECT_AUTHORITY: authorityName(rights),
    OWNER: object.authority.owner,
    OBJECT_OWNER: object.authority.owner,
    PRIMARY_GROUP: "*NONE",
    AUTHORIZATION_LIST_MANAGEMENT: "NO",
    OBJECT_OPERATIONAL: flag("*OBJOPR"),
    OBJECT_MANAGEMENT: flag("*OBJMGT"),
    OBJECT_EXISTENCE: flag("*OBJEXIST"),
    OBJECT_ALTER: flag("*OBJALTER"),
    OBJECT_REFERENCE: flag("*OBJREF"),
    DATA_READ: flag("*READ"),
    DATA_ADD: flag("*ADD"),
    DATA_UPDATE: flag("*UPD"),
    DATA_DELETE: flag("*DLT"),
    DATA_EXECUTE: flag("*EXECUTE"),
  };
}

/**
 * Every authorized user of an object when the caller has *OBJMGT on it, owns it, or holds
 * QIBM_DB_SECADM [C]. Otherwise the caller sees *PUBLIC and its own private entry, if it has any
 * authority to the object at all [U].
 */
export function objectPrivilegeRows(context: DeriveContext): RowOf<"QSYS2.OBJECT_PRIVILEGES">[] {
  const { caller, state } = context;
  const secAdm = isFunctionAllowed(state, caller, "QIBM_DB_SECADM");
  return securedObjects(context).flatMap((object) => {
    const { owner, private: privates } = object.authority;
    const all = secAdm || effectiveRights(caller, object.authority).has("*OBJMGT");
    const users = Object.keys(privates).sort();
    if (all) {
      return [
        privilegeRow(object, owner, "*ALL"),
        ...users.filter((user) => user !== owner).map((user) => privilegeRow(object, user, privates[user]!)),
        privilegeRow(object, "*PUBLIC", object.authority.public),
      ];
    }
    if (effectiveRights(caller, object.authority).size === 0) return [];
    const own = privates[caller.name];
    return [...(own ? [privilegeRow(object, caller.name, own)] : []), privilegeRow(object, "*PUBLIC", object.authority.public)];
  });
}
