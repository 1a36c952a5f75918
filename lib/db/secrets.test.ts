import { describe, expect, test } from "vitest";
import { generateSecretKey, openSecret, parseSecretKey, sealSecret, sealedKeyId, secretKeyId, SecretKeyError } from "./secrets";

const key = parseSecretKey(generateSecretKey());

describe("sealed secrets", () => {
  test("round-trips a password and a multi-line private key", () => {
    const pem = "-----BEGIN OPENSSH PRIVATE KEY-----\nabc\n-----END OPENSSH PRIVATE KEY-----\n";
    expect(openSecret(sealSecret("pa$$ 'word' ✓", key), key)).toBe("pa$$ 'word' ✓");
    expect(openSecret(sealSecret(pem, key), key)).toBe(pem);
  });

  test("never contains the plaintext and differs each time (random IV)", () => {
    const a = sealSecret("hunter2hunter2", key);
    const b = sealSecret("hunter2hunter2", key);
    expect(a).not.toContain("hunter2");
    expect(a).not.toBe(b);
    expect(sealedKeyId(a)).toBe(secretKeyId(key));
  });

  test("a different key is refused by name, not decrypted into garbage", () => {
    const other = parseSecretKey(generateSecretKey());
    const sealed = sealSecret("secret", key);
    expect(() => openSecret(sealed, other)).toThrow(SecretKeyError);
    expect(() => openSecret(sealed, other)).toThrow(/sealed with key/);
  });

  test("tampering is detected", () => {
    const parts = sealSecret("secret", key).split(":");
    const ciphertext = Buffer.from(parts[4], "base64");
    ciphertext[0] ^= 0xff;
    parts[4] = ciphertext.toString("base64");
    expect(() => openSecret(parts.join(":"), key)).toThrow(/integrity/);
  });

  test("rejects keys of the wrong length", () => {
    expect(() => parseSecretKey(Buffer.alloc(16).toString("base64"))).toThrow(/32 bytes/);
  });
});
