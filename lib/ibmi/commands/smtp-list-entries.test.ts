import { describe, expect, test } from "vitest";
import { addsmtple, rmvsmtple } from "./smtp-list-entries";

describe("SMTP list entries", () => {
  test("IPv4 entries quote address and mask", () => {
    expect(addsmtple({ type: "*ACCEPT", intnetadr: "192.168.10.0", subnetmask: "255.255.255.0" }).text).toBe(
      "ADDSMTPLE TYPE(*ACCEPT) INTNETADR('192.168.10.0') SUBNETMASK('255.255.255.0')",
    );
    expect(rmvsmtple({ type: "*ACCEPT", intnetadr: "10.100.2.1", subnetmask: "255.255.255.255" }).text).toBe(
      "RMVSMTPLE TYPE(*ACCEPT) INTNETADR('10.100.2.1') SUBNETMASK('255.255.255.255')",
    );
  });

  test("IPv6 entries take an address and a prefix length", () => {
    expect(addsmtple({ type: "*ACCEPTIP6", ip6netadr: "2001:DB8::", ip6pfx: 48 }).text).toBe(
      "ADDSMTPLE TYPE(*ACCEPTIP6) IP6NETADR('2001:db8::') IP6PFX(48)",
    );
  });

  test("an accept entry for every address would open the relay and is refused; removing one is allowed", () => {
    expect(() => addsmtple({ type: "*ACCEPT", intnetadr: "0.0.0.0", subnetmask: "0.0.0.0" })).toThrow(/every address/);
    expect(() => addsmtple({ type: "*ACCEPTIP6", ip6netadr: "::", ip6pfx: 0 })).toThrow(/every address/);
    expect(rmvsmtple({ type: "*ACCEPT", intnetadr: "0.0.0.0", subnetmask: "0.0.0.0" }).text).toContain("SUBNETMASK('0.0.0.0')");
    expect(addsmtple({ type: "*REJECT", intnetadr: "0.0.0.0", subnetmask: "0.0.0.0" }).text).toContain("TYPE(*REJECT)");
  });

  test("hostile addresses, masks and types are refused by field", () => {
    expect(() => addsmtple({ type: "*ACCEPT", intnetadr: "10.0.0.1') TYPE(*ACCEPT", subnetmask: "255.0.0.0" })).toThrow(/ADDSMTPLE INTNETADR/);
    expect(() => addsmtple({ type: "*ACCEPT", intnetadr: "10.0.0.1", subnetmask: "255.0.255.0" })).toThrow(/ADDSMTPLE SUBNETMASK/);
    expect(() => addsmtple({ type: "*DOMAIN" as "*ACCEPT", intnetadr: "10.0.0.1", subnetmask: "255.0.0.0" })).toThrow(/ADDSMTPLE TYPE/);
    expect(() => rmvsmtple({ type: "*ACCEPTIP6", ip6netadr: "2001:db8::", ip6pfx: 129 })).toThrow(/RMVSMTPLE IP6PFX/);
  });
});
