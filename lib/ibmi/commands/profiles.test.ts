import { describe, expect, test } from "vitest";
import { chgfcnusg, chgusrprfCcsid, chgusrprfSpecialAuthorities } from "./profiles";

describe("profile grants", () => {
  test("CHGFCNUSG for the 7.6 read-only TCP/IP view function", () => {
    expect(chgfcnusg({ fcnid: "QIBM_IOSYSCFG_VIEW", user: "dashusr", usage: "*ALLOWED" }).text).toBe(
      "CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER(DASHUSR) USAGE(*ALLOWED)",
    );
    expect(() => chgfcnusg({ fcnid: "QIBM_X')", user: "DASHUSR", usage: "*ALLOWED" })).toThrow(/CHGFCNUSG FCNID/);
    expect(() => chgfcnusg({ fcnid: "QIBM_X", user: "*PUBLIC", usage: "*ALLOWED" })).toThrow(/CHGFCNUSG USER/);
  });

  test("CHGUSRPRF SPCAUT lists the whole set; an empty set is *NONE", () => {
    expect(chgusrprfSpecialAuthorities({ usrprf: "DASHUSR", spcaut: ["*JOBCTL", "*IOSYSCFG"] }).text).toBe(
      "CHGUSRPRF USRPRF(DASHUSR) SPCAUT(*JOBCTL *IOSYSCFG)",
    );
    expect(chgusrprfSpecialAuthorities({ usrprf: "DASHUSR", spcaut: [] }).text).toBe("CHGUSRPRF USRPRF(DASHUSR) SPCAUT(*NONE)");
    expect(() => chgusrprfSpecialAuthorities({ usrprf: "DASHUSR", spcaut: ["*ALL"] })).toThrow(/CHGUSRPRF SPCAUT/);
  });

  test("CHGUSRPRF CCSID, the cure for 65535", () => {
    expect(chgusrprfCcsid({ usrprf: "DASHUSR", ccsid: 37 }).text).toBe("CHGUSRPRF USRPRF(DASHUSR) CCSID(37)");
    expect(() => chgusrprfCcsid({ usrprf: "DASHUSR", ccsid: 65535 })).toThrow(/CHGUSRPRF CCSID/);
  });
});
