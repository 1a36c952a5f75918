import { describe, expect, it } from "vitest";
import { describeClients, remoteSessionsOn } from "@/lib/checks/remote-sessions";
import { connection } from "@/lib/checks/test-support/observation-builders";

describe("remoteSessionsOn", () => {
  it("keeps sessions to the given ports from other machines, drops loopback (IPv4 and IPv6)", () => {
    const rows = [
      connection("203.0.113.7", 23),
      connection("127.0.0.1", 23),
      connection("::1", 23),
      connection("10.1.1.8", 992),
      connection("2001:db8::5", 21),
    ];
    expect(remoteSessionsOn(rows, [23]).map((c) => c.remoteAddress)).toEqual(["203.0.113.7"]);
    expect(remoteSessionsOn(rows, [21, 992]).map((c) => c.remoteAddress)).toEqual(["10.1.1.8", "2001:db8::5"]);
  });

  it("keeps an address it cannot parse: unknown is not proof of local", () => {
    expect(remoteSessionsOn([connection("not-an-address", 21)], [21])).toHaveLength(1);
  });
});

describe("describeClients", () => {
  it("names each client once, with its user profile when known", () => {
    const rows = [
      connection("203.0.113.7", 21, { user: "JSMITH", remotePort: 50001 }),
      connection("203.0.113.7", 21, { user: "JSMITH", remotePort: 50002 }),
      connection("10.1.1.8", 21),
    ];
    expect(describeClients(rows)).toBe("203.0.113.7 (JSMITH), 10.1.1.8");
  });
});
