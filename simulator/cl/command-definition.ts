/**
 * What a simulated CL command is: its parameters (the PARM list of a *CMD object, in positional
 * order) and the command processing program that checks authority and changes the state.
 */
import type { Principal } from "@/simulator/state/authority";
import type { LiveConnection } from "@/simulator/state/connections";
import type { TSystemState } from "@/simulator/state/schema";
import type { ClMessage } from "./cl-messages";
import type { BoundValue, ParamType, QualifiedName } from "./param-types";

export interface ParamDef {
  readonly keyword: string;
  readonly type: ParamType;
  readonly required?: boolean;
  /** Value the command receives when the parameter is left out. */
  readonly default?: BoundValue;
}

/** Output of a called program (CALL), passed through instead of messages. */
export interface ProgramOutput {
  readonly stdout: string;
  readonly stderr: string;
  readonly exitCode: number;
}

export interface CommandContext {
  readonly state: TSystemState;
  readonly now: Date;
  /** The job's current user, as authority checks see it. */
  readonly principal: Principal;
  /** SSH sessions being served, which show as connections ENDTCPCNN can end. */
  readonly sessions: readonly LiveConnection[];
  endSession(id: string): void;
  /** Names of the commands this system has (for GRTOBJAUT on *CMD objects). */
  readonly commandNames: readonly string[];
  /** Runs a program by name for CALL; null when the program does not exist here. */
  callProgram(library: string, program: string, parameters: readonly string[]): Promise<ProgramOutput> | null;
}

export interface CommandOutcome {
  /** Completion and informational messages (stdout of PASE `system`). */
  readonly messages: readonly ClMessage[];
  readonly program?: ProgramOutput;
}

export interface CommandDefinition {
  readonly name: string;
  readonly parameters: readonly ParamDef[];
  /** How many parameters may be given without their keyword (the command's MAXPOS). */
  readonly maxPositional: number;
  /**
   * Runs the command processing program. Throws ClFailure for an escape message; the state is
   * only changed when it succeeds.
   */
  run(context: CommandContext, args: BoundArgs): CommandOutcome | Promise<CommandOutcome>;
}

/** The bound parameter values, with typed accessors so commands read them without casts. */
export class BoundArgs {
  constructor(private readonly values: ReadonlyMap<string, BoundValue>) {}

  has(keyword: string): boolean {
    return this.values.has(keyword);
  }

  private get(keyword: string): BoundValue {
    const value = this.values.get(keyword);
    if (value === undefined) throw new Error(`Parameter ${keyword} has neither a value nor a default`);
    return value;
  }

  text(keyword: string): string {
    const value = this.get(keyword);
    if (typeof value !== "string") throw new Error(`Parameter ${keyword} is not a single value`);
    return value;
  }

  number(keyword: string): number | string {
    const value = this.get(keyword);
    if (typeof value !== "number" && typeof value !== "string") throw new Error(`Parameter ${keyword} is not a number`);
    return value;
  }

  qualified(keyword: string): QualifiedName | string {
    const value = this.get(keyword);
    if (Array.isArray(value) || typeof value === "number") throw new Error(`Parameter ${keyword} is not a qualified name`);
    return value as QualifiedName | string;
  }

  list(keyword: string): string[] {
    const value = this.get(keyword);
    if (!Array.isArray(value)) throw new Error(`Parameter ${keyword} is not a list`);
    return value.map(String);
  }
}
