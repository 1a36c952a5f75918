import { describe, expect, test } from "vitest";
import { parseClMessages } from "./cl-messages";

describe("parseClMessages", () => {
  test("reads PASE (one blank) and QShell (two blanks) message lines", () => {
    expect(parseClMessages("CPF2111: Library ILEDITOR already exists.")).toEqual([{ id: "CPF2111", text: "Library ILEDITOR already exists." }]);
    expect(parseClMessages("CPC2206:  Ownership of object QZSHSYSTEM in QTEMP type *USRSPC changed.")).toEqual([
      { id: "CPC2206", text: "Ownership of object QZSHSYSTEM in QTEMP type *USRSPC changed." },
    ]);
  });

  test("ids are three letters or digits plus four hex digits", () => {
    const text = ["CPFA0A9: Object not found.", "CPD0031: Command NETSTAT not allowed in this setting.", "TCP8050: *IOSYSCFG authority required to use CHGFTPA.", "SQL0443: Routine failed."].join("\n");
    expect(parseClMessages(text).map((message) => message.id)).toEqual(["CPFA0A9", "CPD0031", "TCP8050", "SQL0443"]);
  });

  test("keeps double blanks inside the text and drops trailing blanks and CR", () => {
    expect(parseClMessages("CPFA0A9:  Object not found.  Object is EN_US.UTF-8. \r")).toEqual([
      { id: "CPFA0A9", text: "Object not found.  Object is EN_US.UTF-8." },
    ]);
  });

  test("keeps several messages in order and ignores every other line", () => {
    const stdout = [
      "CPF9861: Output file X created in library Y.",
      "  spooled output line",
      "CPF9862: Member X added to output file X in library Y.",
      "",
      "DB20000I  THE SQL COMMAND COMPLETED SUCCESSFULLY.",
      "cpf1234: lowercase is not a message",
      "CPF12345: too long",
      "CPFG000: G is not hex",
      "CPF3030: 13 records added to member X in file X in Y.",
    ].join("\n");
    expect(parseClMessages(stdout).map((message) => message.id)).toEqual(["CPF9861", "CPF9862", "CPF3030"]);
  });

  test("nothing in, nothing out", () => {
    expect(parseClMessages("")).toEqual([]);
  });
});
