/**
 * The command analyzer's parameter pass: positional values take the parameters in order up to
 * the command's positional limit, keywords match case-insensitively, each keyword at most once,
 * required parameters must be present, and the rest get their defaults.
 */
import { analyzerFailure } from "./cl-failure";
import { BoundArgs, type CommandDefinition, type ParamDef } from "./command-definition";
import { bindValue, type BoundValue } from "./param-types";
import type { ClParameter, ClValue } from "./parse-command";

function valuesOf(parameter: ClParameter): { values: readonly ClValue[]; raw: string } {
  const { value } = parameter;
  if (parameter.keyword !== null && value.kind === "list") return { values: value.items, raw: value.raw };
  const raw = value.kind === "list" ? value.raw : value.kind === "keyword" ? "" : value.text;
  return { values: [value], raw };
}

export function bindParameters(definition: CommandDefinition, parameters: readonly ClParameter[]): BoundArgs {
  const given = new Map<ParamDef, ClParameter>();
  let positional = 0;
  let sawKeyword = false;
  for (const parameter of parameters) {
    if (parameter.keyword === null) {
      // A positional value after a keyword, or beyond the positional limit, is refused.
      if (sawKeyword || positional >= definition.maxPositional) throw analyzerFailure("CPD0044", definition.maxPositional);
      given.set(definition.parameters[positional]!, parameter);
      positional++;
      continue;
    }
    sawKeyword = true;
    const def = definition.parameters.find((candidate) => candidate.keyword === parameter.keyword);
    if (!def) throw analyzerFailure("CPD0043", parameter.keyword);
    if (given.has(def)) throw analyzerFailure("CPD0041", parameter.keyword);
    given.set(def, parameter);
  }
  const bound = new Map<string, BoundValue>();
  for (const def of definition.parameters) {
    const parameter = given.get(def);
    if (!parameter) {
      if (def.required) throw analyzerFailure("CPD0072", def.keyword);
      if (def.default !== undefined) bound.set(def.keyword, def.default);
      continue;
    }
    const { values, raw } = valuesOf(parameter);
    bound.set(def.keyword, bindValue(def.type, values, def.keyword, raw));
  }
  return new BoundArgs(bound);
}
