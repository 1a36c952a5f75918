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

  test("messages that name the authority or object in their text give an exact grant", () => {
    expect(notAuthorizedFromMessages([{ id: "CPF222E", text: "*ALLOBJ special authority is required." }], "DASHUSR")?.requirement).toEqual({
      kind: "special-authority",
      authority: "*ALLOBJ",
    });
    const command = notAuthorizedFromMessages([{ id: "CPD0032", text: "Not authorized to command ENDTCPSVR in library QSYS." }], "DASHUSR");
    expect(command?.grantCl).toBe("GRTOBJAUT OBJ(QSYS/ENDTCPSVR) OBJTYPE(*CMD) USER(DASHUSR) AUT(*USE)");
    const object = notAuthorizedFromMessages([{ id: "CPF2207", text: "Not authorized to use object PAYROLL in library PAYLIB type *OUTQ." }], "DASHUSR");
    expect(object?.grantCl).toBe("GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(DASHUSR) AUT(*USE)");
  });

  test("an object name in a message is validated before it reaches a grant", () => {
    const hostile = notAuthorizedFromMessages([{ id: "CPD0032", text: "Not authorized to command X)USER(*PUBLIC in library QSYS." }], "DASHUSR");
    expect(hostile?.grantCl).toContain("<library>/<object>");
  });

  test("a hostile profile name never reaches the grant text", () => {
    expect(() => grantClFor({ kind: "special-authority", authority: "*IOSYSCFG" }, "X) SPCAUT(*ALLOBJ")).toThrow(/user profile/);
  });
});
