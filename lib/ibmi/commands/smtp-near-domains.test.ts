import { describe, expect, test } from "vitest";
import { addsmtpleNear, rmvsmtpleNear } from "./smtp-near-domains";

describe("SMTP near-domain entries", () => {
  test("a domain in apostrophes, folded to lower case", () => {
    expect(addsmtpleNear({ hostname: "Example.COM" }).text).toBe("ADDSMTPLE TYPE(*NEAR) HOSTNAME('example.com')");
    expect(rmvsmtpleNear({ hostname: "mail.example.co.uk" }).text).toBe("RMVSMTPLE TYPE(*NEAR) HOSTNAME('mail.example.co.uk')");
  });

  test.each(["example", "exa mple.com", "example.com') TYPE(*ACCEPT", "-bad.example.com", "ex'ample.com", "", "a..b"])("refuses %j", (hostname) => {
    expect(() => addsmtpleNear({ hostname })).toThrow(/ADDSMTPLE HOSTNAME/);
  });
});
