/**
 * Each system's SSH host key (ed25519, OpenSSH format), kept in its state folder so that the
 * fingerprint the dashboard pinned survives restarts, plus a second key for the host-key fault.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createHash } from "node:crypto";
import { join } from "node:path";
// Default import: Node's ESM loader cannot see ssh2's `utils` as a named export (tsx, the CLI).
import ssh2 from "ssh2";
import { generateEd25519KeyPair } from "../../lib/ibmi/transport/ed25519-key-pair";

const { utils } = ssh2;

export interface HostKey {
  readonly privateKey: string;
  /** OpenSSH form: SHA256:<base64 without padding>. */
  readonly fingerprint: string;
}

export function fingerprintOf(publicKeyText: string): string {
  const parsed = utils.parseKey(publicKeyText);
  if (parsed instanceof Error) throw parsed;
  const key = Array.isArray(parsed) ? parsed[0]! : parsed;
  return `SHA256:${createHash("sha256").update(key.getPublicSSH()).digest("base64").replace(/=+$/, "")}`;
}

/** Loads `<dir>/<file>` or creates it; without a folder the key lives for this run only. */
export function loadOrCreateHostKey(dir: string | null, file: string): HostKey {
  const path = dir ? join(dir, file) : null;
  let pair: { privateKey: string; publicKey: string };
  if (path && existsSync(path) && existsSync(`${path}.pub`)) {
    pair = { privateKey: readFileSync(path, "utf8"), publicKey: readFileSync(`${path}.pub`, "utf8") };
  } else {
    const generated = generateEd25519KeyPair();
    pair = { privateKey: generated.private, publicKey: generated.public };
    if (path) {
      mkdirSync(dir!, { recursive: true });
      writeFileSync(path, pair.privateKey, { mode: 0o600 });
      writeFileSync(`${path}.pub`, pair.publicKey);
    }
  }
  return { privateKey: pair.privateKey, fingerprint: fingerprintOf(pair.publicKey) };
}
