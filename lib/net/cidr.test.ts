import { describe, expect, it } from "vitest";
import { cidrContains, formatCidr, hasHostBits, parseCidr, prefixFromSubnetMask } from "@/lib/net/cidr";
import { parseIpAddress } from "@/lib/net/ip-address";

const contains = (cidr: string, address: string) => cidrContains(parseCidr(cidr)!, parseIpAddress(address)!);

describe("parseCidr", () => {
  it("reads IPv4 and IPv6 networks and bare hosts", () => {
    expect(parseCidr("10.0.0.0/8")).toEqual({ family: 4, network: 0x0a000000n, prefix: 8 });
    expect(parseCidr("192.168.1.7")).toEqual({ family: 4, network: 0xc0a80107n, prefix: 32 });
    expect(parseCidr("2001:db8::/32")).toEqual({ family: 6, network: 0x20010db8n << 96n, prefix: 32 });
    expect(parseCidr("::1")).toEqual({ family: 6, network: 1n, prefix: 128 });
  });

  it("clears host bits and reports that they were there", () => {
    expect(formatCidr(parseCidr("10.1.2.3/8")!)).toBe("10.0.0.0/8");
    expect(hasHostBits("10.1.2.3/8")).toBe(true);
    expect(hasHostBits("10.0.0.0/8")).toBe(false);
  });

  it("folds IPv4-mapped networks to IPv4", () => {
    expect(parseCidr("::ffff:10.0.0.0/104")).toEqual({ family: 4, network: 0x0a000000n, prefix: 8 });
    expect(parseCidr("::ffff:0:0/95")).toBeNull();
  });

  it("refuses nonsense", () => {
    for (const bad of ["10.0.0.0/33", "2001:db8::/129", "10.0.0.0/-1", "10.0.0.0/8/9", "10.0.0.0/ 8", "host/8", ""]) {
      expect(parseCidr(bad), bad).toBeNull();
    }
  });
});

describe("cidrContains", () => {
  it("matches inside and not outside an IPv4 network", () => {
    expect(contains("192.168.10.0/24", "192.168.10.255")).toBe(true);
    expect(contains("192.168.10.0/24", "192.168.11.0")).toBe(false);
    expect(contains("0.0.0.0/0", "203.0.113.9")).toBe(true);
    expect(contains("203.0.113.9/32", "203.0.113.9")).toBe(true);
    expect(contains("203.0.113.9/32", "203.0.113.8")).toBe(false);
  });

  it("matches IPv6 networks at odd prefix lengths", () => {
    expect(contains("2001:db8:abcd::/47", "2001:db8:abcd:1::5")).toBe(true);
    expect(contains("2001:db8:abcd::/47", "2001:db8:abce::1")).toBe(false);
    expect(contains("::/0", "2001:db8::1")).toBe(true);
  });

  it("treats an IPv4-mapped client as its IPv4 address, and never mixes families otherwise", () => {
    expect(contains("203.0.113.0/24", "::ffff:203.0.113.7")).toBe(true);
    expect(contains("0.0.0.0/0", "2001:db8::1")).toBe(false);
    expect(contains("::/0", "10.0.0.1")).toBe(false);
  });
});

describe("prefixFromSubnetMask", () => {
  it("turns dotted masks into prefix lengths", () => {
    expect(prefixFromSubnetMask("255.255.255.255")).toBe(32);
    expect(prefixFromSubnetMask("255.255.255.0")).toBe(24);
    expect(prefixFromSubnetMask("255.255.240.0")).toBe(20);
    expect(prefixFromSubnetMask("0.0.0.0")).toBe(0);
  });

  it("refuses non-contiguous or non-IPv4 masks", () => {
    expect(prefixFromSubnetMask("255.0.255.0")).toBeNull();
    expect(prefixFromSubnetMask("::ffff:255.255.255.0")).toBeNull();
    expect(prefixFromSubnetMask("garbage")).toBeNull();
  });
});
