import { describe, expect, it } from "vitest";
import { canonicalAddress, formatIpAddress, parseIpAddress } from "@/lib/net/ip-address";

describe("parseIpAddress", () => {
  it("reads dotted IPv4 as a 32-bit number", () => {
    expect(parseIpAddress("10.0.0.1")).toEqual({ family: 4, value: 0x0a000001n });
    expect(parseIpAddress(" 255.255.255.255 ")).toEqual({ family: 4, value: 0xffffffffn });
  });

  it("refuses malformed IPv4", () => {
    for (const bad of ["10.0.0", "10.0.0.256", "10.0.0.01", "10..0.1", "a.b.c.d", ""]) {
      expect(parseIpAddress(bad), bad).toBeNull();
    }
  });

  it("reads IPv6 with and without compression", () => {
    expect(parseIpAddress("::1")).toEqual({ family: 6, value: 1n });
    expect(parseIpAddress("::")).toEqual({ family: 6, value: 0n });
    expect(parseIpAddress("2001:db8::8:800:200c:417a")).toEqual({
      family: 6,
      value: 0x20010db8000000000008_0800200c417an,
    });
    expect(parseIpAddress("2001:DB8:0:0:8:800:200C:417A")).toEqual(parseIpAddress("2001:db8::8:800:200c:417a"));
    expect(parseIpAddress("fe80::1%eth0")).toEqual({ family: 6, value: 0xfe80n << 112n | 1n });
    expect(parseIpAddress("[2001:db8::1]")).toEqual({ family: 6, value: 0x20010db8n << 96n | 1n });
  });

  it("refuses malformed IPv6", () => {
    for (const bad of ["1::2::3", "1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7", "12345::", "g::1", "1:2:3:4:5:6:7::8:9"]) {
      expect(parseIpAddress(bad), bad).toBeNull();
    }
  });

  it("folds IPv4-mapped IPv6 to the IPv4 address it stands for", () => {
    expect(parseIpAddress("::ffff:203.0.113.7")).toEqual({ family: 4, value: 0xcb007107n });
    expect(parseIpAddress("::FFFF:cb00:7107")).toEqual({ family: 4, value: 0xcb007107n });
    // ::203.0.113.7 (IPv4-compatible, deprecated) is not a mapped address.
    expect(parseIpAddress("::203.0.113.7")?.family).toBe(6);
  });
});

describe("formatIpAddress", () => {
  it("writes canonical text", () => {
    expect(formatIpAddress({ family: 4, value: 0xc0a80a01n })).toBe("192.168.10.1");
    expect(formatIpAddress(parseIpAddress("2001:0DB8:0000:0000:0000:0000:0000:0001")!)).toBe("2001:db8::1");
    expect(formatIpAddress(parseIpAddress("2001:db8:0:1:0:0:0:1")!)).toBe("2001:db8:0:1::1");
    expect(formatIpAddress(parseIpAddress("1:0:1:0:1:0:1:0")!)).toBe("1:0:1:0:1:0:1:0");
    expect(formatIpAddress(parseIpAddress("::")!)).toBe("::");
    expect(formatIpAddress(parseIpAddress("::ffff:10.1.2.3")!)).toBe("10.1.2.3");
  });
});

describe("canonicalAddress", () => {
  it("spells equal addresses the same way, and refuses what is not an address", () => {
    expect(canonicalAddress("::FFFF:10.0.0.1")).toBe(canonicalAddress("10.0.0.1"));
    expect(canonicalAddress("2001:DB8:0:0::1")).toBe(canonicalAddress("2001:db8::1"));
    expect(canonicalAddress("10.0.0.256")).toBeNull();
    expect(canonicalAddress("host.example.com")).toBeNull();
  });
});
