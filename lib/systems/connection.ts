import type { Db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { ConnectionPool } from "@/lib/ibmi/transport/pool";
import type { SshConnectionSettings, SshTransportOptions } from "@/lib/ibmi/transport/settings";
import type { SshTransport } from "@/lib/ibmi/transport/ssh-transport";
import { AppError } from "@/lib/errors";
import { openCredential } from "./credential";

/** What is needed to reach a registered system; the credential is opened only here, in memory. */
export function connectionSettings(system: {
  host: string;
  port: number;
  userProfile: string;
  authMethod: "password" | "private_key";
  secretCiphertext: string;
  hostKeySha256: string;
}): SshConnectionSettings {
  return {
    host: system.host,
    port: system.port,
    username: system.userProfile,
    credential: openCredential(system.authMethod, system.secretCiphertext),
    hostKeyFingerprint: system.hostKeySha256,
  };
}

/** SSH timeouts and channel limit from the settings, for the pool and for one-off connection tests. */
export function transportOptions(): SshTransportOptions {
  const env = getEnv();
  return {
    connectTimeoutMs: env.PORTCULLIS_SSH_CONNECT_TIMEOUT_MS,
    commandTimeoutMs: env.PORTCULLIS_SSH_COMMAND_TIMEOUT_MS,
    maxChannels: env.PORTCULLIS_SSH_MAX_CHANNELS,
  };
}

const globalForPool = globalThis as unknown as { portcullisSshPool?: ConnectionPool };

/** One SSH connection per system per process, reused by scans and remediations. */
export function sshPool(): ConnectionPool {
  if (!globalForPool.portcullisSshPool) {
    globalForPool.portcullisSshPool = new ConnectionPool({ transport: transportOptions() });
  }
  return globalForPool.portcullisSshPool;
}

/** The live transport for a registered system (reconnects as needed). */
export async function transportFor(db: Db, systemId: string): Promise<{ transport: SshTransport; system: { id: string; name: string; userProfile: string } }> {
  const system = await db.system.findUnique({
    where: { id: systemId },
    select: { id: true, name: true, host: true, port: true, userProfile: true, authMethod: true, secretCiphertext: true, hostKeySha256: true, enabled: true },
  });
  if (!system) throw new AppError("not_found", "That system is no longer registered.");
  if (!system.enabled) throw new AppError("refused", `${system.name} is disabled.`);
  return { transport: sshPool().get(system.id, connectionSettings(system)), system };
}
