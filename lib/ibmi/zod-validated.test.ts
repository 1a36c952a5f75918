import { describe, expect, it } from "vitest";
import { qualifiedObjectName, subnetMask } from "./values";
import { zValidated } from "./zod-validated";

describe("zValidated", () => {
  const queue = zValidated(qualifiedObjectName, "An output queue as LIBRARY/NAME");

  it("returns the validator's canonical value", () => {
    expect(queue.parse("  paylib/payroll ")).toBe("PAYLIB/PAYROLL");
  });

  it("turns the validator's refusal into the form's message, for hostile values too", () => {
    for (const hostile of ["PAYLIB/PAY') DLTLIB(X", "A/B/C", "LIB/NAME;", "LIB/\nNAME", ""]) {
      const result = queue.safeParse(hostile);
      expect(result.success, hostile).toBe(false);
      expect(result.error?.issues.map((issue) => issue.message)).toEqual(["An output queue as LIBRARY/NAME"]);
    }
    expect(zValidated(subnetMask, "A contiguous mask").safeParse("255.0.255.0").success).toBe(false);
  });
});
