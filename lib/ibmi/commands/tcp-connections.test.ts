import { describe, expect, test } from "vitest";
import { endtcpcnn } from "./tcp-connections";

describe("ENDTCPCNN", () => {
  const connection = { protocol: "*TCP", lclintneta: "10.1.1.5", lclport: 23, rmtintneta: "203.0.113.7", rmtport: "50211" };

  test("ends one connection, addresses in apostrophes", () => {
    expect(endtcpcnn(connection).text).toBe(
      "ENDTCPCNN PROTOCOL(*TCP) LCLINTNETA('10.1.1.5') LCLPORT(23) RMTINTNETA('203.0.113.7') RMTPORT(50211)",
    );
    expect(endtcpcnn({ ...connection, lclintneta: "2001:db8::5", rmtintneta: "2001:DB8::7" }).params).toMatchObject({
      LCLINTNETA: "'2001:db8::5'",
      RMTINTNETA: "'2001:db8::7'",
    });
  });

  test("refuses wildcards, mixed families, bad ports and injected text", () => {
    expect(() => endtcpcnn({ ...connection, rmtintneta: "*" })).toThrow(/ENDTCPCNN RMTINTNETA/);
    expect(() => endtcpcnn({ ...connection, rmtintneta: "2001:db8::7" })).toThrow(/same address family/);
    expect(() => endtcpcnn({ ...connection, lclport: 0 })).toThrow(/ENDTCPCNN LCLPORT/);
    expect(() => endtcpcnn({ ...connection, rmtport: "50211) RMTPORT(1" })).toThrow(/ENDTCPCNN RMTPORT/);
    expect(() => endtcpcnn({ ...connection, protocol: "*ALL" })).toThrow(/ENDTCPCNN PROTOCOL/);
  });
});
