/**
 * Entry point of an engine worker thread: one PGlite instance and the systems placed on it. PGlite
 * never yields while it works, so it must not run on the thread that serves the SSH front ends.
 */
import { parentPort, workerData, type MessagePort } from "node:worker_threads";
import { PgliteHost } from "./pglite-host";
import { runQzdfmdb2Job } from "./qzdfmdb2-job";
import { SystemRegistry } from "./system-registry";
import type { ClOutcome } from "./types";
import type { FromWorker, ToWorker, WorkerStartData } from "./worker-messages";

const port = parentPort as MessagePort;
const send = (message: FromWorker) => port.postMessage(message);
const clWaiters = new Map<number, { resolve: (outcome: ClOutcome) => void; reject: (error: Error) => void }>();

try {
  const host = await PgliteHost.open((workerData as WorkerStartData).templateFile);
  const registry = new SystemRegistry(host);
  port.on("message", (message: ToWorker) => {
    if (message.type === "cl-result" || message.type === "cl-failed") {
      const waiter = clWaiters.get(message.id);
      clWaiters.delete(message.id);
      if (message.type === "cl-result") waiter?.resolve(message.outcome);
      else waiter?.reject(new Error(message.message));
      return;
    }
    handle(host, registry, message).then(
      (result) => send({ type: "done", id: message.id, result }),
      (error: unknown) =>
        send({ type: "failed", id: message.id, message: error instanceof Error ? error.message : String(error) }),
    );
  });
  send({ type: "ready" });
} catch (error) {
  send({ type: "start-failed", message: error instanceof Error ? (error.stack ?? error.message) : String(error) });
}

async function handle(
  host: PgliteHost,
  registry: SystemRegistry,
  message: Exclude<ToWorker, { type: "cl-result" | "cl-failed" }>,
): Promise<{ stdout: string; exitCode: number } | undefined> {
  switch (message.type) {
    case "load":
      await registry.load(message.systemId, message.snapshot);
      return undefined;
    case "drop":
      await registry.drop(message.systemId);
      return undefined;
    case "close":
      await host.close();
      return undefined;
    case "job": {
      const system = registry.get(message.systemId);
      if (!system) throw new Error(`System ${message.systemId} is not loaded in the SQL engine`);
      return runQzdfmdb2Job(host, system, () => registry.get(message.systemId), {
        stdin: message.stdin,
        currentUser: message.currentUser,
        serverName: message.serverName,
        now: message.now,
        runCl: message.canRunCl ? (command) => requestCl(message.id, command) : undefined,
      });
    }
  }
}

function requestCl(jobId: number, command: string): Promise<ClOutcome> {
  return new Promise((resolve, reject) => {
    clWaiters.set(jobId, { resolve, reject });
    send({ type: "cl", id: jobId, command });
  });
}
