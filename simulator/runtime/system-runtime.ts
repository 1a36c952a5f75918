/**
 * One simulated system at run time: its state, its faults, the SSH sessions it is serving, and the
 * one way in for everything that reads or changes it: CL commands (from `system`, from QCMDEXC
 * inside SQL, from the job scheduler), SQL batches (QZDFMDB2) and the control API. Every change
 * bumps `version`, is saved to the state folder and is seen by the next SQL statement.
 */
import { COMMANDS } from "@/simulator/cl/commands";
import type { ProgramOutput } from "@/simulator/cl/command-definition";
import { runClCommand, type ClResult } from "@/simulator/cl/run-command";
import { instantiateScenario } from "@/simulator/fleet/instantiate-scenario";
import type { TScenario } from "@/simulator/fleet/scenario-schema";
import { findUser, resolvePrincipal } from "@/simulator/state/authority";
import type { SimClock } from "@/simulator/state/clock";
import { pruneEndedChurn, type LiveConnection } from "@/simulator/state/connections";
import { deriveSnapshot, type DerivedSnapshot } from "@/simulator/state/derive/derive-snapshot";
import { runDueJobs } from "@/simulator/state/job-scheduler";
import { CORRECT_SSHD_PATH, WRONG_SSHD_PATH, type TConnection, type TSystemState } from "@/simulator/state/schema";
import { allocateJobNumber } from "@/simulator/state/server-control";
import { toSystemTime } from "@/simulator/state/system-time";
import type { TFaults } from "./faults";
import type { SqlPort } from "./sql-port";
import type { StateStore } from "./state-store";

/** A connection added through the control API; addresses and ports as NETSTAT shows them. */
export interface NewConnection {
  localPort: number;
  remoteAddress: string;
  remotePort?: number;
  user: string;
  idleSeconds?: number;
  bytesSent?: number;
  bytesReceived?: number;
}

interface Session {
  connection: LiveConnection;
  disconnect: () => void;
}

/** SQL snapshots are reloaded at most this often while nothing else changes (idle times move). */
const SNAPSHOT_TTL_MS = 5_000;

export class SystemRuntime {
  state: TSystemState;
  faults: TFaults = {};
  /** Bumped on every change to the state. */
  version = 0;
  private readonly sessions = new Map<string, Session>();
  private sessionCounter = 0;
  private loadedKey: string | null = null;
  private sqlQueue: Promise<unknown> = Promise.resolve();
  private readonly listeners = new Set<() => void>();

  constructor(
    readonly scenario: TScenario,
    readonly index: number,
    state: TSystemState,
    private readonly clock: SimClock,
    private readonly sql: () => Promise<SqlPort>,
    private readonly store: StateStore | null,
  ) {
    this.state = state;
  }

  get name(): string {
    return this.state.name;
  }

  /** Called after every change (the SSH server follows sshd's running state). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Records a change made to `state`: version, persistence, listeners. */
  changed(): void {
    this.version++;
    this.store?.save(this.state);
    for (const listener of this.listeners) listener();
  }

  /** Submits job schedule entries that have come due; returns how many ran. */
  tick(): number {
    const now = this.clock.now();
    const checkedBefore = this.state.schedulerCheckedAt;
    pruneEndedChurn(this.state, now);
    const ran = runDueJobs(this.state, now, (entry, at) => {
      void this.runClNow(entry.command, entry.user, at, () => null);
    });
    if (ran > 0 || checkedBefore === null) this.changed();
    return ran;
  }

  /**
   * The service profile's password as the listing shows it: what the scenario configured, even
   * while the wrong-password fault makes the system refuse it.
   */
  get servicePassword(): string {
    return findUser(this.state, this.scenario.serviceUser)?.password ?? "";
  }

  /** Password check for SSH sign-on: case-sensitive from QPWDLVL 2 on, as on IBM i. */
  checkPassword(userName: string, password: string): boolean {
    const user = findUser(this.state, userName);
    if (!user || user.status !== "*ENABLED" || user.password === null) return false;
    if (this.faults.wrongPassword && userName.toUpperCase() === this.scenario.serviceUser) return false;
    const caseSensitive = Number(this.state.systemValues.QPWDLVL ?? 0) >= 2;
    return caseSensitive ? user.password === password : user.password.toUpperCase() === password.toUpperCase();
  }

  /** Sign-on bookkeeping USER_INFO shows: failed attempts since the last success, last sign-on. */
  recordSignOn(userName: string, success: boolean): void {
    const user = findUser(this.state, userName);
    if (!user) return;
    if (success) {
      user.signOnAttemptsNotValid = 0;
      user.previousSignon = this.clock.now().toISOString();
    } else {
      user.signOnAttemptsNotValid++;
    }
    // Saved, but not a new version: SQL picks it up with the next periodic reload instead of every
    // sign-on forcing the system's rows to be reloaded.
    this.store?.save(this.state);
  }

  authorizedKeys(userName: string): string[] {
    const user = findUser(this.state, userName);
    return user && user.status === "*ENABLED" ? user.authorizedKeys : [];
  }

  /** The special authority the missing-authority fault takes from the service profile (only from it). */
  private missingAuthorityOf(user: string) {
    return user.toUpperCase() === this.scenario.serviceUser ? (this.faults.missingSpecialAuthority ?? null) : null;
  }

  private principal(user: string) {
    return resolvePrincipal(this.state, user, { withoutSpecialAuthority: this.missingAuthorityOf(user) });
  }

  private runClNow(
    command: string,
    user: string,
    now: Date,
    callProgram: (library: string, program: string, parameters: readonly string[]) => Promise<ProgramOutput> | null,
  ): Promise<ClResult> {
    const before = JSON.stringify(this.state);
    return runClCommand(
      command,
      {
        state: this.state,
        now,
        principal: this.principal(user),
        sessions: this.sessionConnections(),
        endSession: (id) => this.sessions.get(id)?.disconnect(),
        callProgram,
      },
      COMMANDS,
    ).then((result) => {
      if (JSON.stringify(this.state) !== before) this.changed();
      return result;
    });
  }

  /** Runs one CL command as `user`; `stdin` feeds QZDFMDB2 when the command calls it. */
  runCl(command: string, user: string, stdin: () => Promise<string> = () => Promise.resolve("")): Promise<ClResult> {
    this.tick();
    return this.runClNow(command, user, this.clock.now(), (library, program, parameters) =>
      ["QSYS", "*LIBL"].includes(library) && program === "QZDFMDB2" ? this.runQzdfmdb2(user, parameters, stdin) : null,
    );
  }

  /**
   * The QShell db2 program. Options start with '-'; any other parameter is a statement to run
   * instead of reading stdin (the one-statement form of facts §1.3). With sshd started from the
   * wrong path the program only prints its prompt (facts §1.1).
   */
  private async runQzdfmdb2(user: string, parameters: readonly string[], stdin: () => Promise<string>): Promise<ProgramOutput> {
    const statements = parameters.filter((parameter) => !parameter.startsWith("-"));
    const input = statements.length > 0 ? statements.join(";\n") : await stdin();
    if (this.state.sshd.binaryPath !== CORRECT_SSHD_PATH) return { stdout: "DB2>\n", stderr: "", exitCode: 0 };
    const run = async () => {
      const engine = await this.sql();
      await this.ensureLoaded(engine, user);
      return engine.runQzdfmdb2(this.name, input, {
        currentUser: user.toUpperCase(),
        serverName: this.name,
        now: toSystemTime(this.state, this.clock.now()),
        runCl: async (command) => {
          const result = await this.runClNow(command, user, this.clock.now(), () => null);
          // The engine hands the job's session back during QCMDEXC, so the statements after it
          // read the changed rows.
          await this.ensureLoaded(engine, user);
          return { success: result.success, messages: result.messages.map(({ id, text }) => ({ id, text })) };
        },
      });
    };
    // One batch at a time per system: the engine holds one snapshot per system.
    const result = this.sqlQueue.then(run, run);
    this.sqlQueue = result.catch(() => undefined);
    return result;
  }

  /** Loads this system's rows for `user` into the engine unless they are current. */
  private async ensureLoaded(engine: SqlPort, user: string): Promise<void> {
    const key = [
      this.version,
      user.toUpperCase(),
      JSON.stringify(this.faults),
      [...this.sessions.keys()].join(","),
      Math.floor(this.clock.now().getTime() / SNAPSHOT_TTL_MS),
    ].join("|");
    if (key === this.loadedKey) return;
    await engine.loadSystem(this.name, this.snapshot(user));
    this.loadedKey = key;
  }

  snapshot(user: string): DerivedSnapshot {
    return deriveSnapshot(this.state, {
      now: this.clock.now(),
      user,
      sessions: this.sessionConnections(),
      withoutSpecialAuthority: this.missingAuthorityOf(user),
      missingServices: this.faults.missingServices,
    });
  }

  // --- SSH sessions -------------------------------------------------------------------------

  sessionConnections(): LiveConnection[] {
    return [...this.sessions.values()].map((session) => session.connection);
  }

  openSession(user: string, remoteAddress: string, remotePort: number, disconnect: () => void): { id: string; pid: number; close: () => void } {
    const now = this.clock.now().toISOString();
    const id = `ssh-${++this.sessionCounter}`;
    this.sessions.set(id, {
      connection: {
        id,
        origin: "session",
        localPort: 22,
        remoteAddress: remoteAddress.replace(/^::ffff:/, ""),
        remotePort,
        user: user.toUpperCase(),
        jobNumber: 900000 + (this.sessionCounter % 90000),
        connectedAt: now,
        lastActivityAt: now,
        bytesSent: 0,
        bytesReceived: 0,
      },
      disconnect,
    });
    return { id, pid: 20000 + this.sessionCounter * 7, close: () => this.sessions.delete(id) };
  }

  // --- control API --------------------------------------------------------------------------

  setFaults(faults: TFaults): void {
    const wasWrongPath = this.state.sshd.binaryPath !== CORRECT_SSHD_PATH;
    this.faults = { ...faults };
    if (faults.sshdWrongPath !== undefined && faults.sshdWrongPath !== wasWrongPath) {
      this.state.sshd.binaryPath = faults.sshdWrongPath ? WRONG_SSHD_PATH : CORRECT_SSHD_PATH;
      this.changed();
    }
  }

  /** Faults in effect, including the sshd path, which STRTCPSVR may have cured. */
  currentFaults(): TFaults {
    const { sshdWrongPath: _ignored, ...rest } = this.faults;
    return { ...rest, ...(this.state.sshd.binaryPath !== CORRECT_SSHD_PATH ? { sshdWrongPath: true } : {}) };
  }

  addConnection(spec: NewConnection): TConnection {
    const now = this.clock.now();
    const connection: TConnection = {
      id: `c${Date.now().toString(36)}${(++this.sessionCounter).toString(36)}`,
      localPort: spec.localPort,
      remoteAddress: spec.remoteAddress,
      remotePort: spec.remotePort ?? 49152 + (this.sessionCounter % 16000),
      user: spec.user.toUpperCase(),
      jobNumber: allocateJobNumber(this.state),
      connectedAt: now.toISOString(),
      lastActivityAt: new Date(now.getTime() - (spec.idleSeconds ?? 0) * 1000).toISOString(),
      bytesSent: spec.bytesSent ?? 0,
      bytesReceived: spec.bytesReceived ?? 0,
    };
    this.state.connections.push(connection);
    this.changed();
    return connection;
  }

  dropConnection(id: string): boolean {
    const before = this.state.connections.length;
    this.state.connections = this.state.connections.filter((connection) => connection.id !== id);
    if (this.state.connections.length === before) return false;
    this.changed();
    return true;
  }

  /** Back to the scenario's starting state; faults cleared. */
  reset(): void {
    this.faults = {};
    this.state = instantiateScenario(this.scenario, this.index, this.clock.now());
    this.changed();
  }
}
