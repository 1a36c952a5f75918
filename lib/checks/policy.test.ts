import { describe, expect, it } from "vitest";
import { DEFAULT_POLICY, resolvePolicy } from "@/lib/checks/policy";

describe("resolvePolicy", () => {
  it("gives the defaults for an empty or missing override", () => {
    expect(resolvePolicy({})).toEqual(DEFAULT_POLICY);
    expect(resolvePolicy(undefined)).toEqual(DEFAULT_POLICY);
    expect(resolvePolicy(null)).toEqual(DEFAULT_POLICY);
  });

  it("leaves FTP, SMTP, REXEC and TFTP unapproved and gives FTP a Mon–Fri 07–19 window by default", () => {
    expect(DEFAULT_POLICY.approvedServers).not.toContain("ftp");
    expect(DEFAULT_POLICY.approvedServers).not.toContain("smtp");
    expect(DEFAULT_POLICY.ftpWindow).toEqual({ days: ["mon", "tue", "wed", "thu", "fri"], from: "07:00", to: "19:00", timeZone: "UTC" });
  });

  it("replaces top-level fields and merges single entries of the nested maps", () => {
    const policy = resolvePolicy({
      approvedServers: ["ftp", "sshd"],
      approvedHolders: { "*SPLCTL": ["QSECOFR", "PRTOPS"] },
      maxHolders: { "*ALLOBJ": 2 },
      attested: { smtpAllowRelay: { value: "*LIST", by: "A. Officer", at: "2026-03-01T09:00:00Z" } },
    });
    expect(policy.approvedServers).toEqual(["ftp", "sshd"]);
    expect(policy.approvedHolders["*SPLCTL"]).toEqual(["QSECOFR", "PRTOPS"]);
    expect(policy.approvedHolders["*JOBCTL"]).toEqual(DEFAULT_POLICY.approvedHolders["*JOBCTL"]);
    expect(policy.maxHolders["*ALLOBJ"]).toBe(2);
    expect(policy.maxHolders["*JOBCTL"]).toBe(10);
    expect(policy.attested.smtpAllowRelay).toEqual({ value: "*LIST", by: "A. Officer", at: new Date("2026-03-01T09:00:00Z") });
    expect(policy.attested.ftpAllowSsl).toBeNull();
  });

  it("accepts sensitive queues as LIB/NAME text or with intended readers, upper-cased", () => {
    const policy = resolvePolicy({
      sensitiveOutputQueues: ["paylib/payroll", { queue: "*ALL/PAY*", intendedReaders: ["payclerk"] }],
    });
    expect(policy.sensitiveOutputQueues).toEqual([
      { queue: "PAYLIB/PAYROLL", intendedReaders: [] },
      { queue: "*ALL/PAY*", intendedReaders: ["PAYCLERK"] },
    ]);
  });

  it("refuses invalid overrides instead of falling back to defaults", () => {
    expect(() => resolvePolicy({ approvedServers: ["gopher"] })).toThrow();
    expect(() => resolvePolicy({ sensitiveOutputQueues: ["PAYROLL"] })).toThrow();
    expect(() => resolvePolicy({ ftpWindow: { days: ["mon"], from: "07:00", to: "25:00", timeZone: "UTC" } })).toThrow();
    expect(() => resolvePolicy({ ftpWindow: { days: ["mon"], from: "07:00", to: "07:00", timeZone: "UTC" } })).toThrow();
    expect(() => resolvePolicy({ ftpWindow: { days: ["mon"], from: "07:00", to: "19:00", timeZone: "Mars/Olympus" } })).toThrow();
    expect(() => resolvePolicy({ unknownSetting: true })).toThrow();
  });

  it("allows FTP at any time with a null window", () => {
    expect(resolvePolicy({ ftpWindow: null }).ftpWindow).toBeNull();
  });
});
