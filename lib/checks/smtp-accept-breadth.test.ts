import { describe, expect, it } from "vitest";
import { acceptEntryBreadth } from "@/lib/checks/smtp-accept-breadth";
import { prefixFromSubnetMask } from "@/lib/net/cidr";

const breadth = (address: string, mask: string, minPrivatePrefix = 24) => acceptEntryBreadth({ address, mask, prefix: prefixFromSubnetMask(mask) }, minPrivatePrefix);

describe("acceptEntryBreadth", () => {
  it("calls 0.0.0.0 mask 0.0.0.0 what it is: an open relay by list", () => {
    expect(breadth("0.0.0.0", "0.0.0.0")).toMatchObject({ label: "Every address on the Internet", addresses: 2 ** 32, cidr: "0.0.0.0/0", problem: { severity: "high" } });
  });

  it("counts a public range and flags it high", () => {
    expect(breadth("203.0.113.0", "255.255.255.0")).toMatchObject({
      label: "256 public addresses (203.0.113.0/24)",
      addressClass: "public",
      problem: { severity: "high", why: "it admits the public range 203.0.113.0/24, not just known senders" },
    });
  });

  it("accepts host entries, including a known sender outside the company, and the loopback range for on-box mail", () => {
    expect(breadth("10.1.1.20", "255.255.255.255")).toMatchObject({ label: "One host (10.1.1.20)", addresses: 1, problem: null });
    expect(breadth("198.51.100.9", "255.255.255.255")).toMatchObject({ label: "One host outside your networks (198.51.100.9)", problem: null });
    expect(breadth("127.0.0.1", "255.255.255.255")).toMatchObject({ label: "This system itself (loopback)", problem: null });
    expect(breadth("127.0.0.0", "255.0.0.0")).toMatchObject({ label: "This system itself (loopback)", addresses: 2 ** 24, problem: null });
  });

  it("judges private ranges against the policy's narrowest prefix", () => {
    expect(breadth("10.1.1.0", "255.255.255.0")).toMatchObject({ label: "256 addresses in a private range (10.1.1.0/24)", problem: null });
    expect(breadth("10.0.0.0", "255.0.0.0")).toMatchObject({
      label: "16,777,216 addresses in a private range (10.0.0.0/8)",
      problem: { severity: "medium", why: "it admits 10.0.0.0/8, wider than /24" },
    });
    expect(breadth("10.0.0.0", "255.0.0.0", 8).problem).toBeNull();
  });

  it("uses the network address when the entry was written with host bits", () => {
    expect(breadth("10.1.1.77", "255.255.255.0").cidr).toBe("10.1.1.0/24");
  });

  it("says so when the mask is not contiguous", () => {
    expect(breadth("10.1.1.0", "255.0.255.0")).toMatchObject({ cidr: null, addresses: null, problem: { severity: "medium" } });
  });
});
