import { createHash } from "node:crypto";
import type { SshConnectionSettings, SshTransportOptions } from "./settings";
import { SshTransport } from "./ssh-transport";

/**
 * The connection registry: one SshTransport per system id, reused across scans and remediations.
 * When a system's connection settings change (host, port, user, credential or pinned host key) the
 * old transport is retired — its running commands finish — and a new one takes its place.
 * Idle connections close themselves (SshTransportOptions.idleDisconnectMs) and reconnect on use.
 */
export class ConnectionPool {
  readonly #options: SshTransportOptions;
  readonly #create: (settings: SshConnectionSettings, options: SshTransportOptions) => SshTransport;
  readonly #entries = new Map<string, { digest: string; transport: SshTransport }>();
  #closed = false;

  constructor(
    options: {
      transport?: SshTransportOptions;
      /** Builds the transport; the default is `new SshTransport`. */
      create?: (settings: SshConnectionSettings, options: SshTransportOptions) => SshTransport;
    } = {},
  ) {
    this.#options = options.transport ?? {};
    this.#create = options.create ?? ((settings, transportOptions) => new SshTransport(settings, transportOptions));
  }

  /** The transport for a system, created on first use or when its settings changed. */
  get(systemId: string, settings: SshConnectionSettings): SshTransport {
    if (this.#closed) throw new Error("the connection pool was shut down");
    const digest = settingsDigest(settings);
    const entry = this.#entries.get(systemId);
    if (entry && entry.digest === digest) return entry.transport;
    if (entry) void entry.transport.close();
    const transport = this.#create(settings, this.#options);
    this.#entries.set(systemId, { digest, transport });
    return transport;
  }

  /** Forgets a system (deleted, or its settings are being edited); its running commands finish. */
  async invalidate(systemId: string): Promise<void> {
    const entry = this.#entries.get(systemId);
    this.#entries.delete(systemId);
    await entry?.transport.close();
  }

  /** Shutdown: refuses new work, fails running commands and closes every connection. */
  async closeAll(): Promise<void> {
    this.#closed = true;
    const transports = [...this.#entries.values()].map((entry) => entry.transport);
    this.#entries.clear();
    await Promise.all(transports.map((transport) => transport.close({ force: true })));
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** A digest of everything that identifies a connection, credentials included; kept in memory only. */
function settingsDigest(settings: SshConnectionSettings): string {
  const { host, port, username, credential, hostKeyFingerprint } = settings;
  const parts = [host.toLowerCase(), String(port), username.toUpperCase(), hostKeyFingerprint, credential.kind];
  if (credential.kind === "password") parts.push(credential.password);
  else parts.push(credential.privateKey, credential.passphrase ?? "");
  return createHash("sha256").update(JSON.stringify(parts)).digest("hex");
}
