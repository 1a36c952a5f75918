import type { Db } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { openSecret, parseSecretKey, sealedKeyId, sealSecret, SecretKeyError, secretKeyId } from "./secrets";

function currentKey(): Buffer {
  const key = getEnv().PORTCULLIS_SECRET_KEY;
  if (!key) throw new SecretKeyError("PORTCULLIS_SECRET_KEY is not set, so IBM i credentials cannot be sealed or opened.");
  return parseSecretKey(key);
}

export function sealSystemSecret(plaintext: string): string {
  return sealSecret(plaintext, currentKey());
}

export function openSystemSecret(sealed: string): string {
  return openSecret(sealed, currentKey());
}

/**
 * Start-up guard: refuses to run when sealed credentials exist but the key that opens them is
 * missing or different, instead of failing later on every scan (or, worse, re-sealing with a new
 * key). Nothing is written.
 */
export async function assertSecretKeyMatches(db: Db): Promise<void> {
  const sample = await db.system.findFirst({ select: { name: true, secretCiphertext: true } });
  if (!sample) return;
  const count = await db.system.count();
  const key = getEnv().PORTCULLIS_SECRET_KEY;
  if (!key) {
    throw new SecretKeyError(
      `PORTCULLIS_SECRET_KEY is not set, but ${count} registered system(s) have credentials sealed with it. ` +
        "Put the original key back (e.g. in .env.local); nothing was changed.",
    );
  }
  const sealedWith = sealedKeyId(sample.secretCiphertext);
  const current = secretKeyId(parseSecretKey(key));
  if (sealedWith !== current) {
    throw new SecretKeyError(
      `The credentials of ${sample.name} were sealed with key ${sealedWith}, but PORTCULLIS_SECRET_KEY is key ${current}. ` +
        "Put the original key back; nothing was changed.",
    );
  }
}
