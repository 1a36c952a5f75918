import { Client } from "ssh2";
import { ConnectError } from "../errors";
import { hostKeyFingerprint, hostKeyType } from "./host-key";
import { connectFailure } from "./ssh-errors";

export interface PresentedHostKey {
  /** `SHA256:<base64 without padding>`, as `ssh-keygen -lf` prints it. */
  fingerprint: string;
  /** `ssh-ed25519`, `ssh-rsa`, `ecdsa-sha2-nistp256` … */
  keyType: string;
}

/**
 * Trust on first use, at registration: connects, lets the server prove it holds the key it
 * presents (the SSH key exchange), records the key and disconnects without sending any
 * credentials. A person confirms the fingerprint before it is pinned.
 */
export function fetchHostKeyFingerprint(host: string, port: number, options: { timeoutMs?: number } = {}): Promise<PresentedHostKey> {
  const timeoutMs = options.timeoutMs ?? 20_000;
  return new Promise((resolve, reject) => {
    const client = new Client();
    let presented: PresentedHostKey | undefined;
    let settled = false;
    const settle = (outcome: { error: Error } | { key: PresentedHostKey }) => {
      if (settled) return;
      settled = true;
      client.end();
      if ("error" in outcome) reject(outcome.error);
      else resolve(outcome.key);
    };
    // 'handshake' comes after the server's signature over the exchange was verified.
    client.on("handshake", () => {
      if (presented) settle({ key: presented });
    });
    client.on("error", (error) => settle({ error: connectFailure(error, { host, port, username: "", connectTimeoutMs: timeoutMs }) }));
    client.on("close", () => settle({ error: new ConnectError(host, port, "dropped", "the connection closed before the key exchange finished") }));
    client.connect({
      host,
      port,
      // No password or key is configured, so only the credential-free "none" method could ever be tried.
      username: "portcullis-hostkey",
      readyTimeout: timeoutMs,
      hostVerifier: (key: Buffer) => {
        presented = { fingerprint: hostKeyFingerprint(key), keyType: hostKeyType(key) };
        return true;
      },
    });
  });
}
