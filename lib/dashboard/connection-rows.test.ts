import { describe, expect, it } from "vitest";
import { connection } from "@/lib/checks/test-support/observation-builders";
import { connectionRows, ownerLookupUrl } from "@/lib/dashboard/connection-rows";

const now = new Date("2026-03-16T12:00:00Z");
const trusted = [
  { id: "lan", cidr: "10.20.0.0/16", label: "Head office", owner: "IT" },
  { id: "old", cidr: "198.51.100.0/24", label: "Expired vendor", expiresAt: new Date("2026-01-01T00:00:00Z") },
];

describe("connectionRows", () => {
  it("marks trusted addresses with the network that matched and leaves the rest untrusted, untrusted first", () => {
    const rows = connectionRows(
      [connection("10.20.30.41", 8471, { user: "PAYCLERK", jobName: "123456/QUSER/QZDASOINIT" }), connection("198.51.100.23", 23, { user: "OPERATOR" })],
      trusted,
      now,
      new Map(),
    );
    expect(rows.map((row) => [row.remoteAddress, row.trusted?.label ?? null])).toEqual([
      ["198.51.100.23", null],
      ["10.20.30.41", "Head office"],
    ]);
    expect(rows[1]).toMatchObject({ user: "PAYCLERK", jobName: "123456/QUSER/QZDASOINIT", addressClass: "private", origin: "trusted", ownerLookupUrl: null });
    expect(rows[1]?.trusted).toEqual({ id: "lan", label: "Head office", cidr: "10.20.0.0/16", owner: "IT" });
  });

  it("calls loopback sessions local, never untrusted, and lists them last", () => {
    const rows = connectionRows([connection("127.0.0.1", 22), connection("203.0.113.45", 23)], [], now, new Map());
    expect(rows.map((row) => [row.remoteAddress, row.origin])).toEqual([
      ["203.0.113.45", "untrusted"],
      ["127.0.0.1", "local"],
    ]);
    expect(rows[1]?.trusted).toBeNull();
  });

  it("names the local service and whether it is clear text", () => {
    const [telnet] = connectionRows([connection("203.0.113.45", 23)], [], now, new Map());
    expect(telnet?.service).toEqual({ name: "telnet", description: "Telnet (5250) server", cleartext: true });
    const [custom] = connectionRows([connection("203.0.113.45", 5555)], [], now, new Map());
    expect(custom?.service).toBeNull();
  });

  it("adds reverse DNS and an RDAP link for public addresses", () => {
    const [row] = connectionRows([connection("203.0.113.45", 23)], [], now, new Map([["203.0.113.45", "host.example.net"]]));
    expect(row).toMatchObject({ addressClass: "public", reverseDns: "host.example.net", ownerLookupUrl: "https://rdap.org/ip/203.0.113.45" });
  });

  it("shows IPv4-mapped clients as their IPv4 address", () => {
    const [row] = connectionRows([connection("::ffff:203.0.113.9", 992)], [], now, new Map());
    expect(row).toMatchObject({ remoteAddress: "203.0.113.9", addressClass: "public" });
  });

  it("reads byte counters when the scan selected them", () => {
    const base = connection("192.0.2.77", 21);
    const withBytes = { ...base, row: { ...base.row, BYTES_SENT_REMOTELY: "9000000", BYTES_RECEIVED_LOCALLY: 1200 } };
    expect(connectionRows([withBytes], [], now, new Map())[0]).toMatchObject({ bytesSent: 9_000_000, bytesReceived: 1200 });
    expect(connectionRows([base], [], now, new Map())[0]).toMatchObject({ bytesSent: null, bytesReceived: null });
  });
});

describe("ownerLookupUrl", () => {
  it("links public addresses only", () => {
    expect(ownerLookupUrl("2001:db8::1")).toBe("https://rdap.org/ip/2001%3Adb8%3A%3A1");
    expect(ownerLookupUrl("192.168.1.1")).toBeNull();
    expect(ownerLookupUrl("garbage")).toBeNull();
  });
});
