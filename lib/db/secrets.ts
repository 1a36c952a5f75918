import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

/**
 * IBM i passwords and private keys are sealed with AES-256-GCM before they reach the database.
 * The sealed form names the key that sealed it, so a wrong or rotated key is reported as such
 * instead of as garbage.
 *
 *   v1:<key id>:<iv>:<auth tag>:<ciphertext>     (all base64 except the key id)
 */

const VERSION = "v1";

export class SecretKeyError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "SecretKeyError";
  }
}

export function parseSecretKey(base64Key: string): Buffer {
  const key = Buffer.from(base64Key, "base64");
  if (key.length !== 32) throw new SecretKeyError("PORTCULLIS_SECRET_KEY must be 32 bytes, base64 encoded.");
  return key;
}

/** A short, non-reversible name for a key, stored next to each sealed value. */
export function secretKeyId(key: Buffer): string {
  return createHash("sha256").update("portcullis-secret-key").update(key).digest("hex").slice(0, 12);
}

export function generateSecretKey(): string {
  return randomBytes(32).toString("base64");
}

export function sealSecret(plaintext: string, key: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  const tag = cipher.getAuthTag();
  return [VERSION, secretKeyId(key), iv.toString("base64"), tag.toString("base64"), ciphertext.toString("base64")].join(":");
}

export function sealedKeyId(sealed: string): string {
  const [version, keyId] = sealed.split(":");
  if (version !== VERSION || !keyId) throw new SecretKeyError("A stored secret is not in a format this version understands.");
  return keyId;
}

export function openSecret(sealed: string, key: Buffer): string {
  const parts = sealed.split(":");
  if (parts.length !== 5 || parts[0] !== VERSION) {
    throw new SecretKeyError("A stored secret is not in a format this version understands.");
  }
  const [, keyId, iv, tag, ciphertext] = parts;
  if (keyId !== secretKeyId(key)) {
    throw new SecretKeyError(
      `A stored secret was sealed with key ${keyId}, but PORTCULLIS_SECRET_KEY is key ${secretKeyId(key)}. ` +
        "Restore the original key; nothing was changed.",
    );
  }
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64"));
    decipher.setAuthTag(Buffer.from(tag, "base64"));
    return Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64")), decipher.final()]).toString("utf8");
  } catch {
    throw new SecretKeyError("A stored secret failed its integrity check: it was altered or the key is wrong.");
  }
}
