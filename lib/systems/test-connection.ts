import { fetchHostKeyFingerprint, type PresentedHostKey } from "@/lib/ibmi/transport/fetch-host-key";
import { probeSystem, type ProbeResult } from "@/lib/ibmi/probe-system";
import type { SshTransportOptions } from "@/lib/ibmi/transport/settings";
import { SshTransport } from "@/lib/ibmi/transport/ssh-transport";
import { connectionProblem, storedCredentialRefused } from "./connection-problem";
import type { TCredential } from "./credential";
import { assessReadiness, type Readiness } from "./readiness";

export interface ConnectionTarget {
  host: string;
  port: number;
  userProfile: string;
  credential: TCredential;
}

export interface ConnectionReport {
  hostKey: PresentedHostKey;
  probe: ProbeResult;
  readiness: Readiness;
}

/**
 * "Test connection": trust on first use. The host key is fetched without sending credentials;
 * the credentials then go only to a server that proves it holds that same key (the connection
 * is pinned to it), and the probe runs in one exec. Nothing is stored: the administrator
 * compares the fingerprint with the system's own before anything is saved.
 *
 * @throws AppError with the message at the form field to change.
 */
export async function testConnection(
  target: ConnectionTarget,
  options: {
    transport: SshTransportOptions;
    /**
     * A stored credential goes only to the server that holds the pinned key: a mistyped or
     * hostile host must not collect it. Without this, the credential is one the administrator
     * typed for this host.
     */
    storedCredentialPinnedTo?: string;
  },
): Promise<ConnectionReport> {
  const outcome = "The connection test failed.";
  const authMethod = authMethodOf(target.credential);
  let hostKey: PresentedHostKey;
  try {
    hostKey = await fetchHostKeyFingerprint(target.host, target.port, { timeoutMs: options.transport.connectTimeoutMs });
  } catch (error) {
    throw connectionProblem(error, { authMethod, outcome });
  }
  if (options.storedCredentialPinnedTo !== undefined && hostKey.fingerprint !== options.storedCredentialPinnedTo) {
    throw storedCredentialRefused(authMethod, hostKey.fingerprint, options.storedCredentialPinnedTo);
  }
  const probe = await probeWithPinnedKey(target, hostKey.fingerprint, { ...options, outcome });
  return { hostKey, probe, readiness: assessReadiness(probe) };
}

/**
 * Connects with the host key pinned to `fingerprint` and runs the probe. At save time this is
 * the re-check: a key that changed since the administrator confirmed it fails the handshake
 * before any credential is sent.
 *
 * @throws AppError with the message at the form field to change.
 */
export async function probeWithPinnedKey(
  target: ConnectionTarget,
  fingerprint: string,
  options: { transport: SshTransportOptions; outcome: string },
): Promise<ProbeResult> {
  const transport = new SshTransport(
    { host: target.host, port: target.port, username: target.userProfile, credential: target.credential, hostKeyFingerprint: fingerprint },
    { ...options.transport, idleDisconnectMs: 0 },
  );
  try {
    return await probeSystem(transport, target.userProfile);
  } catch (error) {
    throw connectionProblem(error, { authMethod: authMethodOf(target.credential), outcome: options.outcome });
  } finally {
    await transport.close({ force: true });
  }
}

function authMethodOf(credential: TCredential) {
  return credential.kind === "password" ? ("password" as const) : ("private_key" as const);
}
