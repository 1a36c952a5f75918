/** Shared set-up for the CL unit tests: a scenario's state and a one-call command runner. */
import { instantiateScenario } from "@/simulator/fleet/instantiate-scenario";
import { loadScenarios } from "@/simulator/fleet/load-scenarios";
import { resolvePrincipal } from "@/simulator/state/authority";
import type { LiveConnection } from "@/simulator/state/connections";
import type { TSystemState } from "@/simulator/state/schema";
import { COMMANDS } from "./commands";
import type { ProgramOutput } from "./command-definition";
import { runClCommand, type ClResult } from "./run-command";

export const TEST_NOW = new Date("2026-03-10T12:00:00.000Z");

export function scenarioState(name: string, now: Date = TEST_NOW): TSystemState {
  const scenario = loadScenarios().find((candidate) => candidate.name === name);
  if (!scenario) throw new Error(`no scenario ${name}`);
  return instantiateScenario(scenario, 1, now);
}

export interface RunOptions {
  user?: string;
  now?: Date;
  sessions?: LiveConnection[];
  endedSessions?: string[];
  programs?: Record<string, (parameters: readonly string[]) => ProgramOutput>;
}

export function runCl(state: TSystemState, command: string, options: RunOptions = {}): Promise<ClResult> {
  return runClCommand(
    command,
    {
      state,
      now: options.now ?? TEST_NOW,
      principal: resolvePrincipal(state, options.user ?? "PORTCULLIS"),
      sessions: options.sessions ?? [],
      endSession: (id) => options.endedSessions?.push(id),
      callProgram: (library, program, parameters) => {
        const handler = options.programs?.[`${library}/${program}`];
        return handler ? Promise.resolve(handler(parameters)) : null;
      },
    },
    COMMANDS,
  );
}

/** "ID: text" lines, the way PASE `system` prints them. */
export function lines(result: ClResult): string[] {
  return result.messages.map((entry) => `${entry.id}: ${entry.text}`);
}
