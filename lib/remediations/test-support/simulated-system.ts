import { randomUUID } from "node:crypto";
import { prisma } from "@/lib/db/client";
import { sealSystemSecret } from "@/lib/db/system-secrets";
import { SshTransport } from "@/lib/ibmi/transport/ssh-transport";
import type { IbmiExecutor } from "@/lib/ibmi/transport/types";
import { executeScan } from "@/lib/scans/execute-scan";
import { sshPool } from "@/lib/systems/connection";
import { Simulator, type SystemListing } from "@/simulator/simulator";
import { SimClock } from "@/simulator/state/clock";
import type { EngineDeps } from "../engine/deps";
import type { Actor } from "../engine/run";

/**
 * One simulated IBM i (a real SSH server on loopback) registered as a system, for the integration
 * tests: the engine reaches it through the real ssh2 transport, and every exec line is recorded
 * so a test can compare what ran with what the plan showed.
 */
export interface SimulatedSystem {
  sim: Simulator;
  listing: SystemListing;
  /** A fresh registration (new row) of the simulated system, back in its scenario's starting state. */
  register(options?: { policy?: object; readOnly?: boolean; twoPersonRule?: boolean }): Promise<{ id: string; name: string }>;
  deps: EngineDeps;
  /** Exec lines sent by the engine since the last register(). */
  execLines: string[];
  /** A full scan through the scan pipeline (the same code the worker runs). */
  scan(systemId: string): Promise<void>;
  stop(): Promise<void>;
}

export const OFFICER: Actor = { id: "officer-1", email: "officer@portcullis.local", role: "officer" };
export const SECOND_OFFICER: Actor = { id: "officer-2", email: "second@portcullis.local", role: "officer" };
export const ADMIN: Actor = { id: "admin-1", email: "admin@portcullis.local", role: "admin" };

function recording(conn: IbmiExecutor, lines: string[]): IbmiExecutor {
  return {
    userProfile: conn.userProfile,
    exec(command, options) {
      lines.push(command);
      return conn.exec(command, options);
    },
  };
}

export async function startSimulatedSystem(scenario: string): Promise<SimulatedSystem> {
  const sim = await Simulator.start({
    scenarios: [scenario],
    clock: new SimClock({ start: new Date("2026-03-10T12:00:00Z"), frozen: true }),
    schedulerIntervalMs: 0,
  });
  const [listing] = sim.systems() as [SystemListing];
  const transport = new SshTransport(
    { host: listing.host, port: listing.port, username: listing.user, credential: { kind: "password", password: listing.password }, hostKeyFingerprint: listing.hostKeySha256 },
    { connectTimeoutMs: 10_000, commandTimeoutMs: 30_000, idleDisconnectMs: 0 },
  );
  const execLines: string[] = [];
  const connected = recording(transport, execLines);
  return {
    sim,
    listing,
    execLines,
    deps: { db: prisma, connect: async () => connected, now: () => new Date(), verifyAttempts: 2, verifyDelayMs: 0 },
    async register(options = {}) {
      sim.reset(listing.name);
      execLines.length = 0;
      return prisma.system.create({
        data: {
          name: `${listing.name}-${randomUUID().slice(0, 8)}`,
          host: listing.host,
          port: listing.port,
          userProfile: listing.user,
          authMethod: "password",
          secretCiphertext: sealSystemSecret(listing.password),
          hostKeySha256: listing.hostKeySha256,
          policy: options.policy ?? {},
          readOnly: options.readOnly ?? false,
          twoPersonRule: options.twoPersonRule ?? false,
        },
        select: { id: true, name: true },
      });
    },
    async scan(systemId) {
      const scan = await prisma.scan.create({ data: { systemId, kind: "full", trigger: "manual" }, select: { id: true } });
      await executeScan(prisma, scan.id, { workerId: "remediation-test" });
      const done = await prisma.scan.findUniqueOrThrow({ where: { id: scan.id }, select: { status: true, errorMessage: true } });
      if (done.status !== "succeeded") throw new Error(`scan failed: ${done.errorMessage}`);
    },
    async stop() {
      await transport.close();
      await sshPool().closeAll();
      await sim.stop();
    },
  };
}

/** The finding a scan opened for a check and key. */
export async function findingOf(systemId: string, checkId: string, key?: string) {
  return prisma.finding.findFirstOrThrow({ where: { systemId, checkId, ...(key ? { key } : {}) } });
}

/**
 * Preview then run an action the way the dialog does (the proposed parameters unless given, the
 * system name typed), and check that exactly the plan's CL ran, in order, nothing else.
 */
export async function remediate(
  simulated: SimulatedSystem,
  system: { id: string; name: string },
  target: { actionId?: string; findingId?: string; params?: unknown; undoOfId?: string },
  actor: Actor = OFFICER,
) {
  const { previewRemediation } = await import("../engine/preview");
  const { runRemediation } = await import("../engine/run");
  const { clExecLine } = await import("@/lib/ibmi/shell");
  const preview = await previewRemediation(simulated.deps, { systemId: system.id, ...target }, actor);
  if (!preview.plan || !preview.runnable) throw new Error(`not runnable: ${JSON.stringify(preview.notRunnableBecause ?? preview.paramErrors)}`);
  simulated.execLines.length = 0;
  const run = await runRemediation(
    simulated.deps,
    { systemId: system.id, ...target, params: target.undoOfId ? undefined : preview.params, stateHash: preview.stateHash!, reason: "Integration test", idempotencyKey: randomUUID(), confirmName: system.name },
    actor,
    null,
  );
  const ran = simulated.execLines.filter((line) => !line.includes("QZDFMDB2"));
  const planned = preview.plan.steps.filter((step) => step.kind === "cl").map((step) => clExecLine({ text: step.text } as never));
  return { preview, run, ran, planned };
}
