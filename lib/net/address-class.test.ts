import { describe, expect, it } from "vitest";
import { classifyAddress, isLocalAddress } from "@/lib/net/address-class";
import { parseIpAddress } from "@/lib/net/ip-address";

const classify = (text: string) => classifyAddress(parseIpAddress(text)!);

describe("classifyAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.200.1.1", "loopback"],
    ["::1", "loopback"],
    ["::ffff:127.0.0.1", "loopback"],
    ["10.20.30.40", "private"],
    ["172.16.0.1", "private"],
    ["172.31.255.255", "private"],
    ["172.32.0.1", "public"],
    ["192.168.0.1", "private"],
    ["100.64.0.1", "private"],
    ["fd12:3456::1", "private"],
    ["169.254.10.10", "link-local"],
    ["fe80::1", "link-local"],
    ["febf::1", "link-local"],
    ["fec0::1", "public"],
    ["0.0.0.0", "unspecified"],
    ["::", "unspecified"],
    ["224.0.0.251", "multicast"],
    ["ff02::1", "multicast"],
    ["203.0.113.7", "public"],
    ["8.8.8.8", "public"],
    ["2001:db8::1", "public"],
  ])("%s is %s", (address, expected) => {
    expect(classify(address)).toBe(expected);
  });
});

describe("isLocalAddress", () => {
  it("is true for loopback and unspecified addresses only", () => {
    for (const text of ["127.0.0.1", "127.5.6.7", "::1", "0.0.0.0", "::", "::ffff:127.0.0.1"]) expect(isLocalAddress(parseIpAddress(text)!), text).toBe(true);
    for (const text of ["10.0.0.1", "192.168.1.1", "203.0.113.7", "fe80::1", "2001:db8::1"]) expect(isLocalAddress(parseIpAddress(text)!), text).toBe(false);
  });
});
