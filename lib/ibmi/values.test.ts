import { describe, expect, test } from "vitest";
import { InvalidValueError } from "./errors";
import {
  dayList,
  descriptionText,
  functionId,
  ipAddress,
  ipv4Address,
  ipv6Address,
  maskPrefixLength,
  port,
  qsysName,
  qualifiedJobName,
  qualifiedObjectName,
  specialValue,
  sqlIdentifier,
  subnetMask,
  timeOfDay,
  userProfileName,
} from "./values";

/** Would-be names an attacker or a typo could send; none of them may pass as a name. */
const HOSTILE = [
  "",
  "A'B",
  "A)B",
  "A(B",
  "A;B",
  "A\nB",
  "A B",
  " QGPL",
  "QGPL ",
  '"QGPL"',
  "$(reboot)",
  "`id`",
  "ABCDEFGHIJK",
  "ＱＧＰＬ",
  "QGPLé",
  "Q🔥",
  "*ALL",
  "1LIB",
  "_LIB",
  "LIB/OBJ",
  "A\u0000B",
];

function invalid(run: () => unknown, field: string) {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(InvalidValueError);
  expect((caught as InvalidValueError).field).toBe(field);
  expect((caught as InvalidValueError).message.startsWith(`${field}: `)).toBe(true);
}

describe("qsysName", () => {
  test("accepts system names and folds lowercase like CL", () => {
    expect(qsysName("QGPL", "f")).toBe("QGPL");
    expect(qsysName("qusrsys", "f")).toBe("QUSRSYS");
    expect(qsysName("#LIB_1.A", "f")).toBe("#LIB_1.A");
    expect(qsysName("@X", "f")).toBe("@X");
    expect(qsysName("$PAY$OUTQ", "f")).toBe("$PAY$OUTQ");
    expect(qsysName("ABCDEFGHIJ", "f")).toBe("ABCDEFGHIJ");
  });

  test.each(HOSTILE)("refuses %j and names the field", (input) => {
    invalid(() => qsysName(input, "CHGOUTQ OUTQ"), "CHGOUTQ OUTQ");
  });

  test("refuses non-text", () => {
    invalid(() => qsysName(42, "USER"), "USER");
    invalid(() => qsysName(null, "USER"), "USER");
    invalid(() => qsysName(["QGPL"], "USER"), "USER");
  });

  test("does not fold non-ASCII letters into ASCII ones", () => {
    invalid(() => qsysName("straße", "f"), "f"); // "ß".toUpperCase() is "SS"
    invalid(() => qsysName("ıNDEX", "f"), "f"); // dotless i would uppercase to I
  });
});

describe("qualifiedObjectName and userProfileName", () => {
  test("LIB/OBJ with a named, *LIBL or *CURLIB library", () => {
    expect(qualifiedObjectName("paylib/payoutq", "OUTQ")).toBe("PAYLIB/PAYOUTQ");
    expect(qualifiedObjectName("*LIBL/PRT01", "OUTQ")).toBe("*LIBL/PRT01");
    expect(qualifiedObjectName("*curlib/PRT01", "OUTQ")).toBe("*CURLIB/PRT01");
  });

  test.each(["PRT01", "A/B/C", "/PRT01", "LIB/", "*ALL/PRT01", "LIB/*ALL", "LIB/A'B", "LIB/$(x)", "LIB /OBJ"])("refuses %j", (input) => {
    expect(() => qualifiedObjectName(input, "OUTQ")).toThrow(InvalidValueError);
  });

  test("*PUBLIC only where allowed", () => {
    expect(userProfileName("*public", "USER", { allowPublic: true })).toBe("*PUBLIC");
    invalid(() => userProfileName("*PUBLIC", "USER"), "USER");
    invalid(() => userProfileName("*ALL", "USER", { allowPublic: true }), "USER");
  });
});

describe("addresses", () => {
  test("IPv4 dotted quads, no leading zeros", () => {
    expect(ipv4Address("192.0.2.10", "A")).toBe("192.0.2.10");
    expect(ipv4Address("0.0.0.0", "A")).toBe("0.0.0.0");
    for (const bad of ["256.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1.2.3.4 ", "1.2.3.4'", "1.2.3.4;x", "", "::1", "１.２.３.４"]) {
      expect(() => ipv4Address(bad, "A")).toThrow(InvalidValueError);
    }
  });

  test("IPv6 in its standard forms, lowercased; no zone index", () => {
    expect(ipv6Address("2001:DB8::1", "A")).toBe("2001:db8::1");
    expect(ipv6Address("::", "A")).toBe("::");
    expect(ipv6Address("::1", "A")).toBe("::1");
    expect(ipv6Address("1:2:3:4:5:6:7:8", "A")).toBe("1:2:3:4:5:6:7:8");
    expect(ipv6Address("::ffff:192.0.2.1", "A")).toBe("::ffff:192.0.2.1");
    expect(ipv6Address("fe80::1:2:3:4:5:6", "A")).toBe("fe80::1:2:3:4:5:6");
    for (const bad of ["1:2:3:4:5:6:7", "1:2:3:4:5:6:7:8:9", "1::2::3", "12345::", "fe80::1%eth0", "::ffff:999.0.0.1", "g::1", ":::", "1:2:3:4:5:6:7::8:9", "', '"]) {
      expect(() => ipv6Address(bad, "A")).toThrow(InvalidValueError);
    }
  });

  test("ipAddress reports the family", () => {
    expect(ipAddress("10.1.1.5", "A")).toEqual({ family: 4, address: "10.1.1.5" });
    expect(ipAddress("2001:db8::5", "A")).toEqual({ family: 6, address: "2001:db8::5" });
    invalid(() => ipAddress("host.example.com", "LCLINTNETA"), "LCLINTNETA");
  });

  test("subnet masks must be contiguous", () => {
    for (const [mask, bits] of [["255.255.255.255", 32], ["255.255.255.0", 24], ["255.255.128.0", 17], ["128.0.0.0", 1], ["0.0.0.0", 0]] as const) {
      expect(maskPrefixLength(subnetMask(mask, "M"))).toBe(bits);
    }
    for (const bad of ["255.0.255.0", "255.255.255.1", "0.255.255.255", "255.255.254.255", "255.255.255", "/24"]) {
      invalid(() => subnetMask(bad, "SUBNETMASK"), "SUBNETMASK");
    }
  });
});

describe("numbers, times and lists", () => {
  test("ports 1-65535 from numbers or digit strings", () => {
    expect(port(22, "P")).toBe(22);
    expect(port("65535", "P")).toBe(65535);
    for (const bad of [0, 65536, -1, 22.5, "22 ", "0x16", "", "22;", Number.NaN, "1e3"]) {
      invalid(() => port(bad, "LCLPORT"), "LCLPORT");
    }
  });

  test("special values from the allowed set only, case-insensitive", () => {
    expect(specialValue("*only", ["*YES", "*NO", "*ONLY"], "ALWSSL")).toBe("*ONLY");
    for (const bad of ["ONLY", "*ALL", "*ONLY ", "*ONLY)", "*ONLY' ", "*ＯＮＬＹ", ""]) {
      invalid(() => specialValue(bad, ["*YES", "*NO", "*ONLY"], "ALWSSL"), "ALWSSL");
    }
  });

  test("hhmmss times", () => {
    expect(timeOfDay("000000", "T")).toBe("000000");
    expect(timeOfDay("235959", "T")).toBe("235959");
    for (const bad of ["240000", "126000", "120060", "1200", "12:00:00", "1200000", "abcdef"]) {
      invalid(() => timeOfDay(bad, "SCDTIME"), "SCDTIME");
    }
  });

  test("day lists: *ALL or *NONE alone, or distinct weekdays in week order", () => {
    expect(dayList(["*fri", "*MON"], "D")).toEqual(["*MON", "*FRI"]);
    expect(dayList(["*ALL"], "D")).toEqual(["*ALL"]);
    for (const bad of [[], ["*ALL", "*MON"], ["*MON", "*MON"], ["MON"], "*MON", ["*MON", "*XYZ"]]) {
      invalid(() => dayList(bad, "SCDDAY"), "SCDDAY");
    }
  });

  test("qualified job names", () => {
    expect(qualifiedJobName("123456/qtcp/qtftp01234", "JOB")).toBe("123456/QTCP/QTFTP01234");
    for (const bad of ["12345/QTCP/X", "123456/QTCP", "123456/QTCP/X/Y", "ABCDEF/QTCP/X"]) {
      invalid(() => qualifiedJobName(bad, "JOB"), "JOB");
    }
    invalid(() => qualifiedJobName("123456/Q'TCP/X", "JOB"), "JOB user");
    invalid(() => qualifiedJobName("123456/QTCP/$(x)", "JOB"), "JOB name");
  });

  test("function IDs, description texts and SQL identifiers", () => {
    expect(functionId("qibm_iosyscfg_view", "F")).toBe("QIBM_IOSYSCFG_VIEW");
    invalid(() => functionId("QIBM_X'; DROP", "FCNID"), "FCNID");
    invalid(() => functionId("A".repeat(31), "FCNID"), "FCNID");
    expect(descriptionText("Dashboard: FTP off (after hours)", "TEXT")).toBe("Dashboard: FTP off (after hours)");
    for (const bad of ["", "x".repeat(51), "it's", "a\nb", "café", "$(x)", "`x`", "a;b", 'say "hi"']) {
      invalid(() => descriptionText(bad, "TEXT"), "TEXT");
    }
    expect(sqlIdentifier("NETSTAT_JOB_INFO", "S")).toBe("NETSTAT_JOB_INFO");
    for (const bad of ["netstat_info", "A B", "A'B", "A;B", "1ABC", ""]) invalid(() => sqlIdentifier(bad, "SERVICE"), "SERVICE");
  });
});
