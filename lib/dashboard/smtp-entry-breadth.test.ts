import { describe, expect, it } from "vitest";
import { describeEntryBreadth } from "@/lib/dashboard/smtp-entry-breadth";
import { prefixFromSubnetMask } from "@/lib/net/cidr";

const breadth = (address: string, mask: string, minPrivatePrefix = 24) =>
  describeEntryBreadth({ address, mask, prefix: prefixFromSubnetMask(mask) }, { minPrivatePrefix });

describe("describeEntryBreadth", () => {
  it("calls 0.0.0.0 mask 0.0.0.0 what it is", () => {
    expect(breadth("0.0.0.0", "0.0.0.0")).toMatchObject({ label: "Every address on the Internet", tone: "critical", addresses: 2 ** 32, cidr: "0.0.0.0/0" });
  });

  it("counts a public range and flags it", () => {
    expect(breadth("203.0.113.0", "255.255.255.0")).toMatchObject({ label: "256 public addresses (203.0.113.0/24)", tone: "critical", addressClass: "public" });
  });

  it("accepts host entries and the loopback entry for on-box mail", () => {
    expect(breadth("10.1.1.20", "255.255.255.255")).toMatchObject({ label: "One host (10.1.1.20)", tone: "good", addresses: 1 });
    expect(breadth("127.0.0.1", "255.255.255.255")).toMatchObject({ label: "This system itself (loopback)", tone: "good" });
  });

  it("warns about a single public host (a sender outside the company)", () => {
    expect(breadth("198.51.100.9", "255.255.255.255").tone).toBe("warn");
  });

  it("judges private ranges against the policy's narrowest prefix", () => {
    expect(breadth("10.1.1.0", "255.255.255.0")).toMatchObject({ label: "256 addresses in a private range (10.1.1.0/24)", tone: "good" });
    expect(breadth("10.0.0.0", "255.0.0.0")).toMatchObject({ label: "16,777,216 addresses in a private range (10.0.0.0/8)", tone: "warn" });
  });

  it("uses the network address when the entry was written with host bits", () => {
    expect(breadth("10.1.1.77", "255.255.255.0").cidr).toBe("10.1.1.0/24");
  });

  it("says so when the mask is not contiguous", () => {
    expect(breadth("10.1.1.0", "255.0.255.0")).toMatchObject({ cidr: null, addresses: null, tone: "warn" });
  });
});
