import { describe, expect, it } from "vitest";
import { explainScanFailure } from "@/lib/dashboard/scan-failure";

describe("explainScanFailure", () => {
  it("names the system and the risk when its host key changed", () => {
    const text = explainScanFailure("PROD1", "HostKeyMismatch", "10.0.0.5 presented a different SSH host key (SHA256:new) from the one recorded (SHA256:old).");
    expect(text.headline).toMatch(/^The host key of PROD1 changed\. If you did not expect this, someone may be intercepting the connection\./);
    expect(text.detail).toContain("SHA256:new");
    expect(text.detail).toContain("Earlier findings are unchanged.");
  });

  it("explains the known failures in the system's name", () => {
    expect(explainScanFailure("DEV2", "AuthError", null).headline).toContain("DEV2 refused the scanning profile's sign-on");
    expect(explainScanFailure("DEV2", "ConnectError", null).headline).toBe("DEV2 could not be reached over SSH.");
    expect(explainScanFailure("DEV2", "WorkerLost", null).headline).toContain("process running it died");
  });

  it("falls back to a plain sentence for types it does not know", () => {
    expect(explainScanFailure("X", "Surprise", "boom")).toEqual({ headline: "The scan of X failed.", detail: "boom Earlier findings are unchanged." });
    expect(explainScanFailure("X", null, null)).toEqual({ headline: "The scan of X failed.", detail: "Earlier findings are unchanged." });
  });
});
