/**
 * ADDEXITPGM and RMVEXITPGM: registering exit programs. Authority assumed *ALLOBJ + *SECADM
 * (facts §2.3, [U]). The program object need not exist [C]. A point's program limit gives CPF3CD4.
 */
import { findExitPoint } from "@/simulator/state/exit-points";
import { requireSpecial } from "../authority-checks";
import { escapeFailure } from "../cl-failure";
import { message } from "../cl-messages";
import type { CommandDefinition } from "../command-definition";
import type { QualifiedName } from "../param-types";
import { special } from "./common-types";

const POINT_PARAMETERS = [
  { keyword: "EXITPNT", type: { kind: "text", maxLength: 20 }, required: true },
  { keyword: "FORMAT", type: { kind: "name" }, required: true },
] as const;

export const ADDEXITPGM: CommandDefinition = {
  name: "ADDEXITPGM",
  maxPositional: 4,
  parameters: [
    ...POINT_PARAMETERS,
    { keyword: "PGMNBR", type: { kind: "integer", min: 1, max: 2147483647, special: ["*LOW", "*HIGH"] }, required: true },
    { keyword: "PGM", type: { kind: "qualified", libraries: ["*CURLIB"] }, required: true },
    { keyword: "THDSAFE", type: special("*UNKNOWN", "*NO", "*YES"), default: "*UNKNOWN" },
    { keyword: "TEXT", type: { kind: "text", maxLength: 50, special: ["*BLANK"] }, default: "*BLANK" },
    { keyword: "REPLACE", type: special("*NO", "*YES"), default: "*NO" },
  ],
  run({ state, principal }, args) {
    requireSpecial(principal, "*ALLOBJ", "*SECADM");
    const exitPoint = args.text("EXITPNT").toUpperCase();
    const format = args.text("FORMAT");
    const point = findExitPoint(exitPoint, format);
    if (!point) throw escapeFailure("CPF3C90", exitPoint, format);
    const registered = state.exitPrograms.filter((p) => p.exitPoint === exitPoint && p.format === format);
    const requested = args.number("PGMNBR");
    const used = registered.map((p) => p.number);
    const number =
      requested === "*LOW" ? Array.from({ length: used.length + 1 }, (_, i) => i + 1).find((n) => !used.includes(n))!
      : requested === "*HIGH" ? Math.max(0, ...used) + 1
      : Number(requested);
    const existing = registered.find((p) => p.number === number);
    if (existing && args.text("REPLACE") !== "*YES") throw escapeFailure("CPF3CD3", number, exitPoint);
    if (!existing && point.maxPrograms !== null && registered.length >= point.maxPrograms) throw escapeFailure("CPF3CD4", exitPoint);
    const pgm = args.qualified("PGM") as QualifiedName;
    const library = pgm.library === "*CURLIB" ? "QGPL" : pgm.library;
    const text = args.text("TEXT");
    state.exitPrograms = state.exitPrograms.filter((p) => p !== existing);
    state.exitPrograms.push({
      exitPoint,
      format,
      number,
      library,
      program: pgm.name,
      threadSafe: args.text("THDSAFE") as "*UNKNOWN" | "*NO" | "*YES",
      text: text === "*BLANK" ? "" : text,
    });
    return { messages: [message("CPC0C20", "completion", `${library}/${pgm.name}`, exitPoint)] };
  },
};

export const RMVEXITPGM: CommandDefinition = {
  name: "RMVEXITPGM",
  maxPositional: 3,
  parameters: [...POINT_PARAMETERS, { keyword: "PGMNBR", type: { kind: "integer", min: 1, max: 2147483647 }, required: true }],
  run({ state, principal }, args) {
    requireSpecial(principal, "*ALLOBJ", "*SECADM");
    const exitPoint = args.text("EXITPNT").toUpperCase();
    const format = args.text("FORMAT");
    if (!findExitPoint(exitPoint, format)) throw escapeFailure("CPF3C90", exitPoint, format);
    const number = Number(args.number("PGMNBR"));
    const index = state.exitPrograms.findIndex((p) => p.exitPoint === exitPoint && p.format === format && p.number === number);
    if (index === -1) throw escapeFailure("CPF3CDF", number, exitPoint);
    state.exitPrograms.splice(index, 1);
    return { messages: [message("CPC0C21", "completion", exitPoint)] };
  },
};
