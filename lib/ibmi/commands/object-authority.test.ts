import { describe, expect, test } from "vitest";
import { grtobjaut, rvkobjaut } from "./object-authority";

describe("GRTOBJAUT / RVKOBJAUT", () => {
  test("grant and its undo use the same values", () => {
    const change = { obj: "PAYLIB/PAYOUTQ", objtype: "*OUTQ", user: "*PUBLIC", aut: "*EXCLUDE" };
    expect(grtobjaut(change).text).toBe("GRTOBJAUT OBJ(PAYLIB/PAYOUTQ) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*EXCLUDE)");
    expect(rvkobjaut(change).text).toBe("RVKOBJAUT OBJ(PAYLIB/PAYOUTQ) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*EXCLUDE)");
    expect(grtobjaut({ ...change, user: "payclerk", aut: ["*READ", "*ADD", "*DLT"] }).text).toBe(
      "GRTOBJAUT OBJ(PAYLIB/PAYOUTQ) OBJTYPE(*OUTQ) USER(PAYCLERK) AUT(*READ *ADD *DLT)",
    );
  });

  test("refuses combined standalone authorities, repeats, unknown types and hostile users", () => {
    const change = { obj: "PAYLIB/PAYOUTQ", objtype: "*OUTQ", user: "PAYCLERK", aut: "*USE" };
    expect(() => grtobjaut({ ...change, aut: ["*ALL", "*READ"] })).toThrow(/must stand alone/);
    expect(() => grtobjaut({ ...change, aut: ["*READ", "*READ"] })).toThrow(/must not repeat/);
    expect(() => grtobjaut({ ...change, aut: [] })).toThrow(/1 to 10/);
    expect(() => grtobjaut({ ...change, objtype: "*ALL" })).toThrow(/GRTOBJAUT OBJTYPE/);
    expect(() => grtobjaut({ ...change, user: "X) AUT(*ALL" })).toThrow(/GRTOBJAUT USER/);
    expect(() => rvkobjaut({ ...change, user: "*ALL" })).toThrow(/RVKOBJAUT USER/);
  });
});
