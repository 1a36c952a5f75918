import { describe, expect, test } from "vitest";
import { AppError } from "@/lib/errors";
import { addressNetwork } from "./trusted-networks";

describe("trust this address", () => {
  test("makes the host network of an address, folding IPv4-mapped IPv6 as scans do", () => {
    expect(addressNetwork("203.0.113.7")).toBe("203.0.113.7/32");
    expect(addressNetwork("::ffff:203.0.113.7")).toBe("203.0.113.7/32");
    expect(addressNetwork("2001:DB8::7")).toBe("2001:db8::7/128");
    expect(() => addressNetwork("not an address")).toThrow(AppError);
  });
});
