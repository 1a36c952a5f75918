import { describe, expect, test } from "vitest";
import { dueScan } from "./schedule";

const now = new Date("2026-11-22T12:00:00Z");
const ago = (minutes: number) => new Date(now.getTime() - minutes * 60_000);
const base = { systemId: "s", fullScanMinutes: 60, connectionsMinutes: 5 };

describe("scan schedule", () => {
  test("a system never scanned gets a full scan", () => {
    expect(dueScan({ ...base, lastFullAt: null, lastAnyAt: null }, now)).toBe("full");
  });

  test("connections every few minutes between hourly full scans", () => {
    expect(dueScan({ ...base, lastFullAt: ago(20), lastAnyAt: ago(6) }, now)).toBe("connections");
    expect(dueScan({ ...base, lastFullAt: ago(20), lastAnyAt: ago(2) }, now)).toBeNull();
    expect(dueScan({ ...base, lastFullAt: ago(61), lastAnyAt: ago(1) }, now)).toBe("full");
  });

  test("follows each system's own intervals", () => {
    expect(dueScan({ ...base, fullScanMinutes: 1440, connectionsMinutes: 30, lastFullAt: ago(120), lastAnyAt: ago(20) }, now)).toBeNull();
  });
});
