import { describe, expect, test } from "vitest";
import { chgoutq } from "./output-queues";

describe("CHGOUTQ", () => {
  test("IBM's secure combination", () => {
    expect(chgoutq({ outq: "paylib/payoutq", dspdta: "*NO", oprctl: "*NO", autchk: "*DTAAUT" }).text).toBe(
      "CHGOUTQ OUTQ(PAYLIB/PAYOUTQ) DSPDTA(*NO) OPRCTL(*NO) AUTCHK(*DTAAUT)",
    );
    expect(chgoutq({ outq: "QGPL/QPRINT", dspdta: "*OWNER" }).text).toBe("CHGOUTQ OUTQ(QGPL/QPRINT) DSPDTA(*OWNER)");
  });

  test("refuses a missing change, an unqualified or hostile queue and unknown values", () => {
    expect(() => chgoutq({ outq: "QGPL/QPRINT" })).toThrow(/needs at least one/);
    expect(() => chgoutq({ outq: "QPRINT", dspdta: "*NO" })).toThrow(/CHGOUTQ OUTQ/);
    expect(() => chgoutq({ outq: "QGPL/QPRINT) DSPDTA(*YES", dspdta: "*NO" })).toThrow(/CHGOUTQ OUTQ/);
    expect(() => chgoutq({ outq: "QGPL/QPRINT", autchk: "*ALL" })).toThrow(/CHGOUTQ AUTCHK/);
  });
});
