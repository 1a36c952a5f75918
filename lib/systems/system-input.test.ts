import { describe, expect, test } from "vitest";
import { confirmationProblem, isHost, ZRegisterSystem } from "./system-input";

const FINGERPRINT = `SHA256:${"a".repeat(43)}`;
const valid = {
  name: " PROD1 ",
  host: "prod1.example.com",
  port: "22",
  userProfile: "dashusr",
  authMethod: "password",
  password: "secret",
  tags: ["prod", "prod", "emea"],
  fullScanMinutes: "60",
  connectionsMinutes: "5",
  confirmedFingerprint: FINGERPRINT,
  fingerprintVerified: true,
};

function fieldErrors(input: Record<string, unknown>): Record<string, string> {
  const parsed = ZRegisterSystem.safeParse({ ...valid, ...input });
  if (parsed.success) return {};
  return Object.fromEntries(parsed.error.issues.map((issue) => [issue.path.join("."), issue.message]));
}

describe("host names", () => {
  test.each(["prod1", "prod1.example.com", "PROD-1.example.com.", "10.0.0.5", "2001:db8::5", "::1"])("accepts %s", (host) => {
    expect(isHost(host)).toBe(true);
  });
  test.each(["", "ssh://prod1", "prod1:22", "prod 1", "-prod1", "prod1-.example.com", "10.0.0.256", "[::1]", "fe80::1%eth0", "a".repeat(64)])(
    "refuses %j",
    (host) => {
      expect(isHost(host)).toBe(false);
    },
  );
});

describe("the registration form", () => {
  test("normalises what it accepts", () => {
    const parsed = ZRegisterSystem.parse(valid);
    expect(parsed).toMatchObject({ name: "PROD1", port: 22, userProfile: "DASHUSR", tags: ["prod", "emea"], fullScanMinutes: 60, connectionsMinutes: 5, notes: "" });
  });

  test("each bad value is reported at its own field", () => {
    expect(fieldErrors({ host: "http://prod1" })).toEqual({ host: expect.stringMatching(/without a scheme or port/) });
    expect(fieldErrors({ port: "ssh" })).toEqual({ port: "Enter the SSH port as a number." });
    expect(fieldErrors({ port: "70000" })).toEqual({ port: "The SSH port is between 1 and 65535." });
    expect(fieldErrors({ port: "22.5" })).toEqual({ port: "Enter the SSH port as a whole number." });
    expect(fieldErrors({ userProfile: "1DASH" })).toEqual({ userProfile: expect.stringMatching(/IBM i user profile name/) });
    expect(fieldErrors({ name: "  " })).toEqual({ name: "Enter a name." });
    expect(fieldErrors({ connectionsMinutes: "0" })).toEqual({ connectionsMinutes: "At least 1 minute between connection scans." });
  });

  test("the credential of the chosen method is required", () => {
    expect(fieldErrors({ password: "" })).toEqual({ password: "Enter the password." });
    expect(fieldErrors({ authMethod: "private_key" })).toEqual({ privateKey: "Paste the private key." });
  });

  test("saving needs a fingerprint from a connection test and the tick that it was verified", () => {
    expect(fieldErrors({ fingerprintVerified: false })).toEqual({ fingerprintVerified: expect.stringMatching(/I have verified this fingerprint/) });
    expect(fieldErrors({ confirmedFingerprint: "" })).toEqual({ confirmedFingerprint: expect.stringMatching(/Test the connection first/) });
    expect(confirmationProblem({ confirmedFingerprint: FINGERPRINT, fingerprintVerified: true })).toBeNull();
    expect(confirmationProblem({ confirmedFingerprint: "", fingerprintVerified: false })).toEqual({
      confirmedFingerprint: [expect.any(String)],
      fingerprintVerified: [expect.any(String)],
    });
  });
});
