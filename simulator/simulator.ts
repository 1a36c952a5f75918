/**
 * The IBM i simulator for in-process use (tests, the demo, the CLI): a fleet of systems made from
 * the scenarios, each a real SSH server on loopback, sharing one clock, one SQL engine and
 * optionally a state folder that keeps their state and host keys across restarts.
 */
import { instantiateScenario, systemName } from "./fleet/instantiate-scenario";
import { loadScenarios, SCENARIO_DIR } from "./fleet/load-scenarios";
import type { TScenario } from "./fleet/scenario-schema";
import { startDefaultSqlEngine } from "./runtime/default-sql-engine";
import { ZFaults, type TFaults } from "./runtime/faults";
import { loadOrCreateHostKey, type HostKey } from "./runtime/host-keys";
import type { SqlPort } from "./runtime/sql-port";
import { StateStore } from "./runtime/state-store";
import { SystemRuntime, type NewConnection } from "./runtime/system-runtime";
import { SystemSshServer } from "./ssh/system-ssh-server";
import { SimClock } from "./state/clock";
import { liveConnections, type LiveConnection } from "./state/connections";
import type { TConnection } from "./state/schema";

export interface SimulatorOptions {
  /** How many systems; the scenarios are used in rotation. Default: one per scenario. */
  systems?: number;
  /** Scenario names to use (default: every file in simulator/scenarios). */
  scenarios?: string[];
  /** First system's port, the next ones follow; 0 (default) lets the OS choose each port. */
  basePort?: number;
  host?: string;
  /** Folder for state and host keys; without it every start is fresh. */
  stateDir?: string | null;
  /** Latency added to every SSH reply on every system. */
  latencyMs?: number;
  clock?: SimClock;
  /** SQL engine factory; default: simulator/sql's engine, started on first use. */
  sql?: () => Promise<SqlPort>;
  scenarioDir?: string;
  /** How often the job scheduler checks every system; 0 turns the timer off. */
  schedulerIntervalMs?: number;
  /** Where problems with a state folder are reported (default: console.warn). */
  warn?: (message: string) => void;
}

export interface SystemListing {
  name: string;
  host: string;
  port: number;
  user: string;
  password: string;
  hostKeySha256: string;
}

interface ManagedSystem {
  runtime: SystemRuntime;
  server: SystemSshServer;
  hostKey: HostKey;
}

export class UnknownSystemError extends Error {
  constructor(name: string) {
    super(`No simulated system named ${name}`);
    this.name = "UnknownSystemError";
  }
}

export class Simulator {
  readonly clock: SimClock;
  private readonly systemsByName = new Map<string, ManagedSystem>();
  private sqlEngine: Promise<SqlPort> | null = null;
  private timer: NodeJS.Timeout | null = null;

  private constructor(
    private readonly host: string,
    clock: SimClock,
    private readonly store: StateStore | null,
    private readonly sqlFactory: () => Promise<SqlPort>,
  ) {
    this.clock = clock;
  }

  static async start(options: SimulatorOptions = {}): Promise<Simulator> {
    const all = loadScenarios(options.scenarioDir ?? SCENARIO_DIR);
    const chosen = (options.scenarios ?? all.map((scenario) => scenario.name)).map((name) => {
      const scenario = all.find((candidate) => candidate.name === name);
      if (!scenario) throw new Error(`Unknown scenario ${name}; known: ${all.map((s) => s.name).join(", ")}`);
      return scenario;
    });
    if (chosen.length === 0) throw new Error("No scenarios to build systems from");
    const count = options.systems ?? chosen.length;
    const store = options.stateDir ? new StateStore(options.stateDir) : null;
    const simulator = new Simulator(options.host ?? "127.0.0.1", options.clock ?? new SimClock(), store, options.sql ?? startDefaultSqlEngine);
    const warn = options.warn ?? ((message: string) => console.warn(message));
    try {
      for (let index = 1; index <= count; index++) {
        const scenario = chosen[(index - 1) % chosen.length]!;
        const port = options.basePort ? options.basePort + index - 1 : 0;
        await simulator.addSystem(scenario, index, port, options.latencyMs ?? 0, warn);
      }
    } catch (error) {
      await simulator.stop();
      throw error;
    }
    const interval = options.schedulerIntervalMs ?? 15_000;
    if (interval > 0) {
      simulator.timer = setInterval(() => simulator.tickAll(), interval);
      simulator.timer.unref();
    }
    return simulator;
  }

  private async addSystem(scenario: TScenario, index: number, port: number, latencyMs: number, warn: (message: string) => void): Promise<void> {
    const name = systemName(scenario, index);
    const saved = this.store?.load(name, scenario.name);
    if (saved?.problem) warn(`${saved.problem}; starting ${name} from scenario ${scenario.name}`);
    const state = saved?.state ?? instantiateScenario(scenario, index, this.clock.now());
    const runtime = new SystemRuntime(scenario, index, state, this.clock, () => this.sql(), this.store);
    const keyDir = this.store?.systemDir(name) ?? null;
    const hostKey = loadOrCreateHostKey(keyDir, "ssh_host_ed25519_key");
    let alternate: HostKey | null = null;
    const server = new SystemSshServer(runtime, hostKey, () => (alternate ??= loadOrCreateHostKey(keyDir, "ssh_host_ed25519_key.changed")), {
      host: this.host,
      port,
      baseLatencyMs: latencyMs,
    });
    this.systemsByName.set(name, { runtime, server, hostKey });
    await server.start();
    if (!saved?.state) this.store?.save(state);
  }

  private sql(): Promise<SqlPort> {
    this.sqlEngine ??= this.sqlFactory();
    return this.sqlEngine;
  }

  private get(name: string): ManagedSystem {
    const system = this.systemsByName.get(name.toUpperCase());
    if (!system) throw new UnknownSystemError(name);
    return system;
  }

  /** Name, address, credentials and pinned host key of every system. */
  systems(): SystemListing[] {
    return [...this.systemsByName.values()].map(({ runtime, server, hostKey }) => ({
      name: runtime.name,
      host: this.host,
      port: server.port,
      user: runtime.scenario.serviceUser,
      password: runtime.servicePassword,
      hostKeySha256: hostKey.fingerprint,
    }));
  }

  /** The runtime of one system, for tests that look at or change its state directly. */
  system(name: string): SystemRuntime {
    return this.get(name).runtime;
  }

  setFaults(name: string, faults: TFaults): void {
    this.get(name).runtime.setFaults(ZFaults.parse(faults));
  }

  clearFaults(name: string): void {
    this.get(name).runtime.setFaults({ sshdWrongPath: false });
  }

  faults(name: string): TFaults {
    return this.get(name).runtime.currentFaults();
  }

  connections(name: string): LiveConnection[] {
    const { runtime } = this.get(name);
    return liveConnections(runtime.state, this.clock.now(), runtime.sessionConnections());
  }

  addConnection(name: string, connection: NewConnection): TConnection {
    return this.get(name).runtime.addConnection(connection);
  }

  dropConnection(name: string, id: string): boolean {
    return this.get(name).runtime.dropConnection(id);
  }

  reset(name: string): void {
    this.get(name).runtime.reset();
  }

  /** Moves the shared clock forward and lets every system's job scheduler catch up. */
  advanceClock(ms: number): Date {
    const now = this.clock.advance(ms);
    this.tickAll();
    return now;
  }

  private tickAll(): void {
    for (const { runtime } of this.systemsByName.values()) runtime.tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await Promise.all([...this.systemsByName.values()].map(({ server }) => server.stop()));
    this.store?.flush();
    if (this.sqlEngine) await (await this.sqlEngine.catch(() => null))?.close();
    this.sqlEngine = null;
  }
}
