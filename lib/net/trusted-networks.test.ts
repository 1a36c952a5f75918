import { describe, expect, it } from "vitest";
import { matchTrustedNetwork, ZTrustedNetwork, type TTrustedNetwork } from "@/lib/net/trusted-networks";

const now = new Date("2026-03-10T12:00:00Z");

const networks: TTrustedNetwork[] = [
  { id: "lan", cidr: "10.0.0.0/8", label: "Head office LAN" },
  { id: "ops", cidr: "10.20.0.0/16", label: "Operations", localPorts: [22, 992] },
  { id: "vendor", cidr: "198.51.100.0/24", label: "Vendor VPN", owner: "ACME", expiresAt: new Date("2026-03-01T00:00:00Z") },
  { id: "v6", cidr: "2001:db8:10::/48", label: "IPv6 site" },
];

describe("matchTrustedNetwork", () => {
  it("returns the most specific network that admits the port", () => {
    expect(matchTrustedNetwork("10.20.1.1", 22, networks, now)?.id).toBe("ops");
    // ops is limited to 22 and 992, so the wider LAN is the one that admits port 23.
    expect(matchTrustedNetwork("10.20.1.1", 23, networks, now)?.id).toBe("lan");
  });

  it("ignores expired networks", () => {
    expect(matchTrustedNetwork("198.51.100.7", 21, networks, now)).toBeNull();
    const stillValid = new Date("2026-02-28T23:59:59Z");
    expect(matchTrustedNetwork("198.51.100.7", 21, networks, stillValid)?.id).toBe("vendor");
  });

  it("matches IPv6 and IPv4-mapped clients", () => {
    expect(matchTrustedNetwork("2001:db8:10:ff::1", 8471, networks, now)?.id).toBe("v6");
    expect(matchTrustedNetwork("::ffff:10.1.1.1", 23, networks, now)?.id).toBe("lan");
    expect(matchTrustedNetwork("2001:db8:11::1", 8471, networks, now)).toBeNull();
  });

  it("never matches an address it cannot read or a network it cannot parse", () => {
    expect(matchTrustedNetwork("not-an-ip", 23, networks, now)).toBeNull();
    expect(matchTrustedNetwork("10.0.0.1", 23, [{ cidr: "10.0.0.0/99", label: "broken" }], now)).toBeNull();
  });

  it("accepts expiry as an ISO string, as it comes back from JSON", () => {
    const fromJson = [{ cidr: "192.0.2.0/24", label: "Lab", expiresAt: "2026-04-01T00:00:00Z" as unknown as Date }];
    expect(matchTrustedNetwork("192.0.2.5", 22, fromJson, now)?.label).toBe("Lab");
  });
});

describe("ZTrustedNetwork", () => {
  it("accepts a valid network and refuses host bits or a bad CIDR", () => {
    expect(ZTrustedNetwork.safeParse({ cidr: "10.20.0.0/16", label: "Ops" }).success).toBe(true);
    expect(ZTrustedNetwork.safeParse({ cidr: "10.20.0.1/16", label: "Ops" }).success).toBe(false);
    expect(ZTrustedNetwork.safeParse({ cidr: "10.20.0.0/40", label: "Ops" }).success).toBe(false);
    expect(ZTrustedNetwork.safeParse({ cidr: "10.20.0.0/16", label: "" }).success).toBe(false);
  });

  it("coerces an expiry date", () => {
    const parsed = ZTrustedNetwork.parse({ cidr: "10.0.0.0/8", label: "LAN", expiresAt: "2026-05-01T00:00:00Z" });
    expect(parsed.expiresAt).toEqual(new Date("2026-05-01T00:00:00Z"));
  });
});
