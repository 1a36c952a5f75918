/**
 * CHGOUTQ: output queue attributes. Authority per IBM's output queue command table [C]:
 * *SPLCTL needs nothing on the queue; *JOBCTL is enough on an OPRCTL(*YES) queue; otherwise
 * AUTCHK(*DTAAUT) needs *OBJMGT *READ *ADD *DLT and AUTCHK(*OWNER) needs ownership. Every caller
 * needs *EXECUTE on the library.
 */
import { hasRights, outputQueueAllows, type Principal } from "@/simulator/state/authority";
import type { TOutputQueue, TSystemState } from "@/simulator/state/schema";
import { escapeFailure } from "../cl-failure";
import type { CommandDefinition } from "../command-definition";
import { findOutputQueue } from "../command-lookup";
import type { QualifiedName } from "../param-types";
import { changed, QUALIFIED_OBJECT, special } from "./common-types";

function mayChange(state: TSystemState, principal: Principal, queue: TOutputQueue): boolean {
  return outputQueueAllows(state, principal, queue, () =>
    queue.authorityToCheck === "*OWNER" ? queue.authority.owner === principal.name : hasRights(principal, queue.authority, ["*OBJMGT", "*READ", "*ADD", "*DLT"]),
  );
}

export const CHGOUTQ: CommandDefinition = {
  name: "CHGOUTQ",
  maxPositional: 1,
  parameters: [
    { keyword: "OUTQ", type: QUALIFIED_OBJECT, required: true },
    { keyword: "DSPDTA", type: special("*SAME", "*YES", "*NO", "*OWNER"), default: "*SAME" },
    { keyword: "OPRCTL", type: special("*SAME", "*YES", "*NO"), default: "*SAME" },
    { keyword: "AUTCHK", type: special("*SAME", "*OWNER", "*DTAAUT"), default: "*SAME" },
    { keyword: "TEXT", type: { kind: "text", maxLength: 50, special: ["*SAME", "*BLANK"] }, default: "*SAME" },
  ],
  run({ state, principal }, args) {
    const wanted = args.qualified("OUTQ") as QualifiedName;
    const queue = findOutputQueue(state, wanted);
    if (!queue) throw escapeFailure("CPF3357", wanted.name, wanted.library);
    if (!mayChange(state, principal, queue)) throw escapeFailure("CPF2207", queue.name, queue.library, "*OUTQ");
    queue.displayAnyFile = changed(args.text("DSPDTA"), queue.displayAnyFile);
    queue.operatorControlled = changed(args.text("OPRCTL"), queue.operatorControlled);
    queue.authorityToCheck = changed(args.text("AUTCHK"), queue.authorityToCheck);
    const text = args.text("TEXT");
    if (text !== "*SAME") queue.text = text === "*BLANK" ? "" : text;
    // CHGOUTQ completes without a message.
    return { messages: [] };
  },
};
