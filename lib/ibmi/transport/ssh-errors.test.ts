import { describe, expect, test } from "vitest";
import { AuthError, ConnectError, HostKeyMismatch, Timeout } from "../errors";
import { connectFailure } from "./ssh-errors";

const attempt = { host: "ibmi1", port: 22, username: "DASHUSR", connectTimeoutMs: 20_000 };
const sshError = (message: string, fields: { level?: string; code?: string }) => Object.assign(new Error(message), fields);

describe("connectFailure", () => {
  test("a presented key that differs from the pin is a HostKeyMismatch, whatever ssh2 said", () => {
    const error = connectFailure(sshError("Host denied (verification failed)", { level: "handshake" }), {
      ...attempt,
      expectedFingerprint: "SHA256:a",
      presentedFingerprint: "SHA256:b",
    });
    expect(error).toBeInstanceOf(HostKeyMismatch);
    expect(error).toMatchObject({ expected: "SHA256:a", presented: "SHA256:b" });
  });

  test("authentication, timeouts and socket failures", () => {
    expect(connectFailure(sshError("All configured authentication methods failed", { level: "client-authentication" }), attempt)).toBeInstanceOf(AuthError);
    expect(connectFailure(sshError("Timed out while waiting for handshake", { level: "client-timeout" }), attempt)).toBeInstanceOf(Timeout);
    expect(connectFailure(sshError("connect ETIMEDOUT", { level: "client-socket", code: "ETIMEDOUT" }), attempt)).toBeInstanceOf(Timeout);
    const reasons = [
      ["ECONNREFUSED", "refused"],
      ["EHOSTUNREACH", "unreachable"],
      ["ENETUNREACH", "unreachable"],
      ["ENOTFOUND", "dns"],
      ["EAI_AGAIN", "dns"],
      ["ECONNRESET", "dropped"],
    ] as const;
    for (const [code, reason] of reasons) {
      const error = connectFailure(sshError(`connect ${code}`, { level: "client-socket", code }), attempt);
      expect(error).toBeInstanceOf(ConnectError);
      expect((error as ConnectError).reason).toBe(reason);
    }
    expect(connectFailure(sshError("lookup failed", { level: "client-dns" }), attempt)).toMatchObject({ reason: "dns" });
    expect(connectFailure(sshError("no matching key exchange algorithm", { level: "handshake" }), attempt)).toMatchObject({ reason: "handshake" });
    expect(connectFailure(new Error("something else"), attempt)).toMatchObject({ reason: "other" });
  });

  test("a matching key does not turn another failure into a mismatch", () => {
    const error = connectFailure(sshError("All configured authentication methods failed", { level: "client-authentication" }), {
      ...attempt,
      expectedFingerprint: "SHA256:a",
      presentedFingerprint: "SHA256:a",
    });
    expect(error).toBeInstanceOf(AuthError);
  });
});
