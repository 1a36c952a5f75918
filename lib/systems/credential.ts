import ssh2 from "ssh2";

// ssh2 is CommonJS: Node's ESM loader (tsx scripts, the worker) sees `Client` as a named export but
// not `utils`, so it is taken from the default export.
const { utils } = ssh2;
import { z } from "zod";
import { openSystemSecret, sealSystemSecret } from "@/lib/db/system-secrets";
import type { SshConnectionSettings } from "@/lib/ibmi/transport/settings";
import type { TAuthMethod } from "./system-input";

export type TCredential = SshConnectionSettings["credential"];

/**
 * How a credential is sealed in `system.secret_ciphertext`: a password as itself; a private key
 * as JSON `{ privateKey, passphrase? }`, so that an encrypted key and its passphrase stay
 * together under one seal. Plaintext exists only in memory while connecting.
 */
const ZSealedKey = z.object({ privateKey: z.string().min(1), passphrase: z.string().optional() });

export function sealCredential(credential: TCredential): { authMethod: TAuthMethod; secretCiphertext: string } {
  if (credential.kind === "password") return { authMethod: "password", secretCiphertext: sealSystemSecret(credential.password) };
  const plaintext = JSON.stringify({ privateKey: credential.privateKey, ...(credential.passphrase ? { passphrase: credential.passphrase } : {}) });
  return { authMethod: "private_key", secretCiphertext: sealSystemSecret(plaintext) };
}

export function openCredential(authMethod: TAuthMethod, secretCiphertext: string): TCredential {
  const plaintext = openSystemSecret(secretCiphertext);
  if (authMethod === "password") return { kind: "password", password: plaintext };
  const { privateKey, passphrase } = ZSealedKey.parse(JSON.parse(plaintext));
  return { kind: "key", privateKey, passphrase };
}

/** The credential typed on the form. */
export function credentialFromForm(fields: { authMethod: TAuthMethod; password: string; privateKey: string; passphrase: string }): TCredential {
  return fields.authMethod === "password"
    ? { kind: "password", password: fields.password }
    : { kind: "key", privateKey: fields.privateKey.trim(), passphrase: fields.passphrase || undefined };
}

/**
 * Reads a pasted private key before any connection is tried, so that a public key, a mangled
 * paste or a wrong passphrase is reported at the right field rather than as a refused login.
 */
export function privateKeyProblem(privateKey: string, passphrase: string | undefined): { field: "privateKey" | "passphrase"; message: string } | null {
  const parsed = utils.parseKey(privateKey, passphrase);
  if (parsed instanceof Error) {
    if (/passphrase|decrypt/i.test(parsed.message)) {
      return { field: "passphrase", message: passphrase ? "This passphrase does not open the key." : "This key is encrypted: enter its passphrase." };
    }
    return { field: "privateKey", message: "This is not a private key in OpenSSH or PEM format." };
  }
  const key = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!key?.isPrivateKey()) return { field: "privateKey", message: "This is a public key: paste the private key (the file without .pub)." };
  return null;
}
