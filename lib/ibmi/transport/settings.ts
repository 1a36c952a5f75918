import { z } from "zod";

/**
 * How to reach one IBM i system over SSH. A host key pin is mandatory: it is captured at
 * registration with `fetchHostKeyFingerprint` (trust on first use) and confirmed by a person.
 */
export const ZSshConnectionSettings = z.object({
  host: z.string().min(1).max(253),
  port: z.number().int().min(1).max(65535),
  username: z.string().regex(/^[A-Za-z#@$][A-Za-z0-9#@$_.]{0,9}$/, "must be an IBM i user profile name"),
  credential: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("password"), password: z.string().min(1) }),
    z.object({ kind: z.literal("key"), privateKey: z.string().min(1), passphrase: z.string().optional() }),
  ]),
  /** OpenSSH form: `SHA256:` and the unpadded base64 of the SHA-256 of the public key blob. */
  hostKeyFingerprint: z.string().regex(/^SHA256:[A-Za-z0-9+/]{43}$/, "must be an OpenSSH SHA256 fingerprint"),
});

export type SshConnectionSettings = z.infer<typeof ZSshConnectionSettings>;

export interface SshTransportOptions {
  /** TCP connect plus SSH handshake and authentication. Default 20 s. */
  connectTimeoutMs?: number;
  /** Default per-command limit; a command running longer is stopped. Default 120 s. */
  commandTimeoutMs?: number;
  /** SSH keepalive interval; a connection missing `keepaliveCountMax` answers is dropped. Default 15 s. */
  keepaliveIntervalMs?: number;
  keepaliveCountMax?: number;
  /**
   * Exec channels open at once on the one connection; further execs wait. OpenSSH allows 10
   * sessions per connection by default (MaxSessions). Default 4.
   */
  maxChannels?: number;
  /** Disconnect after this long without commands (the next exec reconnects). 0 keeps it. Default 5 min. */
  idleDisconnectMs?: number;
}

export const DEFAULT_TRANSPORT_OPTIONS: Required<SshTransportOptions> = {
  connectTimeoutMs: 20_000,
  commandTimeoutMs: 120_000,
  keepaliveIntervalMs: 15_000,
  keepaliveCountMax: 3,
  maxChannels: 4,
  idleDisconnectMs: 300_000,
};
