/**
 * Persists each system's state in `<state folder>/<SYSTEM>/state.json`, so remediations survive
 * a restart of the simulator (the demo restarts it). Writes are coalesced and atomic (temporary
 * file, then rename); `flush` writes what is pending, at shutdown.
 */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { ZSystemState, type TSystemState } from "@/simulator/state/schema";

export class StateStore {
  private readonly pending = new Map<string, TSystemState>();
  private timer: NodeJS.Timeout | null = null;

  constructor(
    readonly dir: string,
    private readonly delayMs = 200,
  ) {
    mkdirSync(dir, { recursive: true });
  }

  systemDir(name: string): string {
    return join(this.dir, name);
  }

  /**
   * The saved state of a system, or null when there is none, it belongs to another scenario, or
   * it no longer validates (then the scenario starts fresh and the reason is returned).
   */
  load(name: string, scenario: string): { state: TSystemState | null; problem: string | null } {
    let text: string;
    try {
      text = readFileSync(join(this.systemDir(name), "state.json"), "utf8");
    } catch {
      return { state: null, problem: null };
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      return { state: null, problem: `state.json of ${name} is not JSON: ${(error as Error).message}` };
    }
    const parsed = ZSystemState.safeParse(json);
    if (!parsed.success) return { state: null, problem: `state.json of ${name} does not validate: ${parsed.error.message}` };
    if (parsed.data.scenario !== scenario) return { state: null, problem: `state.json of ${name} is from scenario ${parsed.data.scenario}` };
    return { state: parsed.data, problem: null };
  }

  save(state: TSystemState): void {
    this.pending.set(state.name, state);
    this.timer ??= setTimeout(() => this.flush(), this.delayMs);
  }

  flush(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    for (const [name, state] of this.pending) {
      const dir = this.systemDir(name);
      mkdirSync(dir, { recursive: true });
      const file = join(dir, "state.json");
      writeFileSync(`${file}.tmp`, JSON.stringify(state, null, 1));
      renameSync(`${file}.tmp`, file);
    }
    this.pending.clear();
  }
}
