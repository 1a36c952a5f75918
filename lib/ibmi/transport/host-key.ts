import { createHash } from "node:crypto";

/**
 * Host keys are identified the way OpenSSH prints them: `SHA256:` followed by the base64 of the
 * SHA-256 of the public key blob, without `=` padding.
 */
export function hostKeyFingerprint(publicKeyBlob: Buffer): string {
  return `SHA256:${createHash("sha256").update(publicKeyBlob).digest("base64").replace(/=+$/, "")}`;
}

/** The algorithm name at the start of an SSH public key blob (`ssh-ed25519`, `rsa-sha2-512` keys say `ssh-rsa`). */
export function hostKeyType(publicKeyBlob: Buffer): string {
  if (publicKeyBlob.length < 4) return "unknown";
  const length = publicKeyBlob.readUInt32BE(0);
  return publicKeyBlob.subarray(4, 4 + length).toString("ascii");
}
