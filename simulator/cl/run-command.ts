/**
 * Runs one CL command string the way the command analyzer and the command processing program
 * do: parse, find the command (CPD0030), check authority to the *CMD object (shipped *PUBLIC
 * *EXCLUDE for STRTCPSVR, ENDTCPSVR and ENDTCPCNN), bind parameters, run. Every outcome is data:
 * success with completion messages, or failure with diagnostics and the escape message last.
 */
import { hasRights } from "@/simulator/state/authority";
import { analyzerFailure, ClFailure } from "./cl-failure";
import type { ClMessage } from "./cl-messages";
import { bindParameters } from "./bind-parameters";
import { commandAuthority } from "./command-lookup";
import type { CommandContext, CommandDefinition, ProgramOutput } from "./command-definition";
import { parseCommand } from "./parse-command";

export interface ClResult {
  readonly success: boolean;
  /** Diagnostics and completion messages in order; on failure the escape message is last. */
  readonly messages: readonly ClMessage[];
  /** Set when the command called a program that wrote its own output (QZDFMDB2). */
  readonly program?: ProgramOutput;
}

const COMMAND_LIBRARIES = ["QSYS", "*LIBL", "*SYSTEM", "*NLVLIBL"];

export type CommandContextBase = Omit<CommandContext, "commandNames">;

export async function runClCommand(
  source: string,
  context: CommandContextBase,
  commands: ReadonlyMap<string, CommandDefinition>,
): Promise<ClResult> {
  try {
    const parsed = parseCommand(source);
    const definition = commands.get(parsed.name);
    if (!definition || (parsed.library !== null && !COMMAND_LIBRARIES.includes(parsed.library))) {
      throw analyzerFailure("CPD0030", parsed.name, parsed.library ?? "*LIBL");
    }
    if (!hasRights(context.principal, commandAuthority(context.state, definition.name), ["*OBJOPR", "*EXECUTE"])) {
      throw analyzerFailure("CPD0032", definition.name, "QSYS");
    }
    const args = bindParameters(definition, parsed.parameters);
    const outcome = await definition.run({ ...context, commandNames: [...commands.keys()] }, args);
    return { success: true, messages: outcome.messages, ...(outcome.program ? { program: outcome.program } : {}) };
  } catch (error) {
    if (error instanceof ClFailure) return { success: false, messages: error.messages };
    throw error;
  }
}
