import { describe, expect, test } from "vitest";
import { AUTHORITY_MESSAGES, grantClFor, notAuthorizedFromMessages } from "./authority";

describe("authority table and grants", () => {
  test("every table entry maps to a grant", () => {
    for (const requirement of Object.values(AUTHORITY_MESSAGES)) {
      expect(grantClFor(requirement, "DASHUSR")).toContain("DASHUSR");
    }
  });

  test("with the current special authorities the SPCAUT grant is a runnable command keeping them", () => {
    expect(grantClFor({ kind: "special-authority", authority: "*IOSYSCFG" }, "dashusr", { currentSpecialAuthorities: ["*JOBCTL", "*SPLCTL"] })).toBe(
      "CHGUSRPRF USRPRF(DASHUSR) SPCAUT(*JOBCTL *SPLCTL *IOSYSCFG)",
    );
    expect(grantClFor({ kind: "special-authority", authority: "*JOBCTL" }, "DASHUSR", { currentSpecialAuthorities: ["*JOBCTL"] })).toBe(
      "CHGUSRPRF USRPRF(DASHUSR) SPCAUT(*JOBCTL)",
    );
    expect(grantClFor({ kind: "special-authority", authority: "*IOSYSCFG" }, "DASHUSR", { currentSpecialAuthorities: ["*NONE"] })).toBe(
      "CHGUSRPRF USRPRF(DASHUSR) SPCAUT(*IOSYSCFG)",
    );
  });

  test("function usage is granted with CHGFCNUSG", () => {
    expect(grantClFor({ kind: "function-usage", functionId: "QIBM_IOSYSCFG_VIEW" }, "DASHUSR")).toBe(
      "CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER(DASHUSR) USAGE(*ALLOWED)",
    );
  });

  test("the first known message wins; unknown ids give null", () => {
    const messages = [
      { id: "CPF0001", text: "Error found." },
      { id: "TCP90A8", text: "*SECADM special authority required." },
      { id: "TCP8050", text: "*IOSYSCFG authority required." },
    ];
    expect(notAuthorizedFromMessages(messages, "DASHUSR")?.requirement).toEqual({ kind: "special-authority", authority: "*SECADM" });
    expect(notAuthorizedFromMessages([{ id: "CPF2204", text: "User profile not found." }], "DASHUSR")).toBeNull();
  });

  test("a hostile profile name never reaches the grant text", () => {
    expect(() => grantClFor({ kind: "special-authority", authority: "*IOSYSCFG" }, "X) SPCAUT(*ALLOBJ")).toThrow(/user profile/);
  });
});
