import { describe, expect, test } from "vitest";
import { hostKeyFingerprint, hostKeyType } from "./host-key";

describe("host key fingerprints", () => {
  test("match what `ssh-keygen -lf` prints for the same public key", () => {
    // Public key and fingerprint produced by ssh-keygen (OpenSSH 9), an independent implementation.
    const publicKey = "AAAAC3NzaC1lZDI1NTE5AAAAILffQBey064+tLQbVpMvGE6y716FB9OvXe0Ryef4reCY";
    const blob = Buffer.from(publicKey, "base64");
    expect(hostKeyFingerprint(blob)).toBe("SHA256:FSGk2n19CUGTq839bHUhDwy+x4z8Teszc5QB30oioSY");
    expect(hostKeyType(blob)).toBe("ssh-ed25519");
  });

  test("have no base64 padding and a fixed length", () => {
    expect(hostKeyFingerprint(Buffer.from("anything"))).toMatch(/^SHA256:[A-Za-z0-9+/]{43}$/);
  });
});
