import { describe, expect, test } from "vitest";
import { InvalidValueError } from "../errors";
import { chgftpa, chgsmtpa, chgtelna, endtcpsvr, strtcpsvr } from "./tcp-servers";

describe("server attribute commands", () => {
  test("CHGFTPA, CHGTELNA and CHGSMTPA with the given attributes only", () => {
    expect(chgftpa({ alwssl: "*only" }).text).toBe("CHGFTPA ALWSSL(*ONLY)");
    expect(chgftpa({ autostart: "*NO", alwssl: "*ONLY" }).text).toBe("CHGFTPA AUTOSTART(*NO) ALWSSL(*ONLY)");
    expect(chgtelna({ alwssl: "*ONLY" }).params).toEqual({ ALWSSL: "*ONLY" });
    expect(chgsmtpa({ alwrly: "*LIST" }).text).toBe("CHGSMTPA ALWRLY(*LIST)");
    expect(chgsmtpa({ alwrly: "*NONE", autostart: "*YES" }).text).toBe("CHGSMTPA ALWRLY(*NONE) AUTOSTART(*YES)");
  });

  test("a change with nothing to change is refused", () => {
    expect(() => chgftpa({})).toThrow(/CHGFTPA: needs at least one of AUTOSTART, ALWSSL/);
    expect(() => chgsmtpa({})).toThrow(InvalidValueError);
  });

  test.each(["*ONLY) AUTOSTART(*YES", "*ONLY'", "ONLY", "*ALL", "*ONLY\n", "$(x)"])("refuses ALWSSL %j", (value) => {
    expect(() => chgftpa({ alwssl: value })).toThrow(/CHGFTPA ALWSSL/);
    expect(() => chgtelna({ alwssl: value })).toThrow(/CHGTELNA ALWSSL/);
  });

  test("ALWRLY only takes the known relay values", () => {
    expect(() => chgsmtpa({ alwrly: "*POPWDW" })).toThrow(/CHGSMTPA ALWRLY/);
  });
});

describe("STRTCPSVR / ENDTCPSVR", () => {
  test("one or several servers", () => {
    expect(endtcpsvr({ server: "*FTP" }).text).toBe("ENDTCPSVR SERVER(*FTP)");
    expect(strtcpsvr({ server: ["*FTP", "*smtp"] }).text).toBe("STRTCPSVR SERVER(*FTP *SMTP)");
    expect(strtcpsvr({ server: "*AUTOSTART" }).text).toBe("STRTCPSVR SERVER(*AUTOSTART)");
  });

  test("HTTPSVR only with *HTTP", () => {
    expect(strtcpsvr({ server: "*HTTP", httpsvr: "apachedft" }).text).toBe("STRTCPSVR SERVER(*HTTP) HTTPSVR(APACHEDFT)");
    expect(endtcpsvr({ server: "*HTTP", httpsvr: "*ALL" }).text).toBe("ENDTCPSVR SERVER(*HTTP) HTTPSVR(*ALL)");
    expect(() => strtcpsvr({ server: "*HTTP", httpsvr: "*ALL" })).toThrow(/STRTCPSVR HTTPSVR/);
    expect(() => endtcpsvr({ server: "*FTP", httpsvr: "APACHEDFT" })).toThrow(/only valid with SERVER\(\*HTTP\)/);
    expect(() => endtcpsvr({ server: "*HTTP", httpsvr: "A'B" })).toThrow(/ENDTCPSVR HTTPSVR/);
  });

  test("*ALL, *AUTOSTART for ENDTCPSVR, unknown, repeated and empty server lists are refused", () => {
    expect(() => endtcpsvr({ server: "*ALL" })).toThrow(/ENDTCPSVR SERVER/);
    expect(() => endtcpsvr({ server: "*AUTOSTART" })).toThrow(/ENDTCPSVR SERVER/);
    expect(() => strtcpsvr({ server: "*FTP) HTTPSVR(X" })).toThrow(/STRTCPSVR SERVER/);
    expect(() => strtcpsvr({ server: ["*FTP", "*FTP"] })).toThrow(/must not repeat/);
    expect(() => strtcpsvr({ server: [] })).toThrow(/at least one server/);
  });
});
