/** Reads and validates the scenario files in simulator/scenarios (or another folder). */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { ZScenario, type TScenario } from "./scenario-schema";

export const SCENARIO_DIR = fileURLToPath(new URL("../scenarios/", import.meta.url));

export class ScenarioError extends Error {
  constructor(file: string, detail: string) {
    super(`Scenario ${file} is not valid:\n${detail}`);
    this.name = "ScenarioError";
  }
}

export function parseScenario(file: string, text: string): TScenario {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new ScenarioError(file, (error as Error).message);
  }
  const parsed = ZScenario.safeParse(json);
  if (!parsed.success) throw new ScenarioError(file, z.prettifyError(parsed.error));
  const expected = file.replace(/^.*\//, "").replace(/\.json$/, "");
  if (parsed.data.name !== expected) throw new ScenarioError(file, `name "${parsed.data.name}" must match the file name "${expected}"`);
  return parsed.data;
}

/** Every scenario in the folder, in fleet order. */
export function loadScenarios(dir: string = SCENARIO_DIR): TScenario[] {
  return readdirSync(dir)
    .filter((file) => file.endsWith(".json"))
    .sort()
    .map((file) => parseScenario(join(dir, file), readFileSync(join(dir, file), "utf8")))
    .sort((a, b) => a.fleetOrder - b.fleetOrder);
}
