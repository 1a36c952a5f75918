import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fingerprintOf, loadOrCreateHostKey } from "./host-keys";

describe("host keys", () => {
  it("prints fingerprints the way OpenSSH does", () => {
    // What `ssh-keygen -l` prints for this key.
    expect(fingerprintOf("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHHTNBq9cuMSfMKT4mkWwR8sHbTzUUeWjLKB6nRxpwAb")).toBe(
      "SHA256:GfhLV4haDortR2UFFxfJrTjktqf7X8MJmQcqyUbSXIo",
    );
  });

  it("always produces keys ssh2 can read back (its generator drops leading zero bytes now and then)", () => {
    const fingerprints = new Set(Array.from({ length: 400 }, () => loadOrCreateHostKey(null, "k").fingerprint));
    expect(fingerprints.size).toBe(400);
  });

  it("keeps a key in the state folder and reads it back", () => {
    const dir = mkdtempSync(join(tmpdir(), "sim-keys-"));
    try {
      const first = loadOrCreateHostKey(dir, "ssh_host_ed25519_key");
      expect(loadOrCreateHostKey(dir, "ssh_host_ed25519_key")).toEqual(first);
      expect(loadOrCreateHostKey(dir, "other").fingerprint).not.toBe(first.fingerprint);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
