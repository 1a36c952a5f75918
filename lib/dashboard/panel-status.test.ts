import { describe, expect, it } from "vitest";
import { panelStatus } from "@/lib/dashboard/panel-status";
import { emptySeverityCounts, type SeverityCounts } from "@/lib/dashboard/severity";

const counts = (values: Partial<SeverityCounts>): SeverityCounts => ({ ...emptySeverityCounts(), ...values });
const none = counts({});

describe("panelStatus", () => {
  it("is never scanned when no check of the panel ever ran", () => {
    expect(panelStatus("ftp", [], none).state).toBe("never_scanned");
  });

  it("is ok only when every check looked completely and nothing is open", () => {
    expect(panelStatus("smtp", [{ outcome: "pass" }, { outcome: "pass" }], none).state).toBe("ok");
  });

  it("says it could not assess when a check was blind, even with every other check passing", () => {
    const status = panelStatus("spool", [{ outcome: "pass" }, { outcome: "not_assessed" }, { outcome: "partial" }], none);
    expect(status).toMatchObject({ state: "not_assessed", notAssessed: 1, partial: 1, checks: 3 });
  });

  it("shows issues when findings are open, and still counts the blind checks", () => {
    const status = panelStatus("connections", [{ outcome: "fail" }, { outcome: "not_assessed" }], counts({ high: 2, low: 1 }));
    expect(status).toMatchObject({ state: "issues", openTotal: 3, notAssessed: 1 });
    expect(status.open).toEqual({ critical: 0, high: 2, medium: 0, low: 1, info: 0 });
  });

  it("keeps findings from an earlier scan open when the latest could not assess (absence of evidence is not a fix)", () => {
    expect(panelStatus("ftp", [], counts({ medium: 1 })).state).toBe("issues");
  });
});
