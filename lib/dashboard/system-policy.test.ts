import { describe, expect, it } from "vitest";
import { policyForDisplay } from "@/lib/dashboard/system-policy";

describe("policyForDisplay", () => {
  it("resolves a stored policy over the defaults", () => {
    const { policy, error } = policyForDisplay({ approvedServers: ["ftp"] });
    expect(error).toBeNull();
    expect(policy?.approvedServers).toEqual(["ftp"]);
  });

  it("reports an unreadable policy instead of falling back to the defaults", () => {
    const { policy, error } = policyForDisplay({ maxFtpExposureHoursPerWeek: "lots" });
    expect(policy).toBeNull();
    expect(error).toMatch(/^This system's policy cannot be read \(maxFtpExposureHoursPerWeek: .+\)\. An administrator can correct it under Systems\.$/);
  });
});
