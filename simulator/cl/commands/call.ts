/**
 * CALL: runs a program. The only programs here are the ones the shell front end provides
 * (QSYS/QZDFMDB2, the QShell db2 program); any other gives CPD0170 and CPF0001.
 */
import { ClFailure } from "../cl-failure";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import type { QualifiedName } from "../param-types";

export const CALL: CommandDefinition = {
  name: "CALL",
  maxPositional: 2,
  parameters: [
    { keyword: "PGM", type: { kind: "qualified", libraries: ["*LIBL", "*CURLIB"] }, required: true },
    { keyword: "PARM", type: { kind: "list", of: { kind: "text", maxLength: 32767 }, max: 255 }, default: [] },
  ],
  async run(context, args) {
    const pgm = args.qualified("PGM") as QualifiedName;
    const running = context.callProgram(pgm.library, pgm.name, args.list("PARM"));
    if (!running) {
      throw new ClFailure([message("CPD0170", "diagnostic", pgm.name, pgm.library), message("CPF0001", "escape", "CALL")]);
    }
    return { messages: [], program: await running };
  },
};
