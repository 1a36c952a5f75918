import { describe, expect, test } from "vitest";
import { DEFAULT_POLICY, resolvePolicy, ZPolicyOverrides } from "@/lib/checks/policy";
import { draftFromOverrides, overridesFromDraft, type StoredOverrides } from "./policy-draft";

describe("policy draft", () => {
  test("no overrides: every field at its default, and nothing is sent back", () => {
    const draft = draftFromOverrides({}, DEFAULT_POLICY);
    expect(draft.ftpWindow.mode).toBe("default");
    expect(draft.ftpWindow.from).toBe("07:00");
    expect(overridesFromDraft(draft)).toEqual({});
  });

  test("stored overrides survive a round trip through the form unchanged", () => {
    const stored: StoredOverrides = {
      approvedServers: ["ftp", "sshd"],
      remoteUsers: true,
      socketExitPointsWaived: false,
      ftpWindow: { days: ["mon", "fri"], from: "08:00", to: "18:00", timeZone: "Europe/Berlin" },
      maxFtpExposureHoursPerWeek: 2,
      sensitiveOutputQueues: ["PAYLIB/PAY*", { queue: "HRLIB/HRQ", intendedReaders: ["HRCLERK", "HRGRP"] }],
      approvedHolders: { "*SPLCTL": ["QSECOFR"], "*JOBCTL": [] },
      maxHolders: { "*ALLOBJ": 3 },
      listeningPortBaseline: [22, 23],
      smtpAcceptMinPrefix: 28,
      attested: { ftpAllowSsl: { value: "*ONLY", by: "Ann", at: "2025-03-01" } },
    };
    const sent = overridesFromDraft(draftFromOverrides(stored, DEFAULT_POLICY));
    expect(sent).toEqual(stored);
    expect(ZPolicyOverrides.safeParse(sent).success).toBe(true);
    expect(resolvePolicy(sent).approvedHolders["*JOBCTL"]).toEqual([]);
  });

  test("'any time' and 'no baseline' are explicit nulls, not defaults", () => {
    const draft = draftFromOverrides({ ftpWindow: null, listeningPortBaseline: null }, DEFAULT_POLICY);
    expect(draft.ftpWindow.mode).toBe("anytime");
    expect(draft.listeningPortBaseline.mode).toBe("none");
    expect(overridesFromDraft(draft)).toEqual({ ftpWindow: null, listeningPortBaseline: null });
  });

  test("text that is not a number is sent as typed, so the server refuses it at its field", () => {
    const draft = draftFromOverrides({}, DEFAULT_POLICY);
    draft.listeningPortBaseline = { mode: "list", text: "22, telnet" };
    draft.maxHolders["*SPLCTL"] = "many";
    const sent = overridesFromDraft(draft);
    expect(sent).toEqual({ listeningPortBaseline: [22, "telnet"], maxHolders: { "*SPLCTL": "many" } });
    const paths = ZPolicyOverrides.safeParse(sent).error?.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(expect.arrayContaining(["listeningPortBaseline.1", "maxHolders.*SPLCTL"]));
  });
});
