import { describe, expect, it } from "vitest";
import { cell, ibmFlag, ibmKeyword, intCell, specialAuthorityList, textCell } from "@/lib/checks/ibm-values";
import { matchesQueuePattern, queueRights } from "@/lib/checks/queue-authority";
import { parseSmtpListEntry } from "@/lib/checks/smtp-list-entry";
import { holdersOf, isApprovedHolder } from "@/lib/checks/special-authority-holders";
import { privilege, profileWith } from "@/lib/checks/test-support/observation-builders";

describe("ibm-values", () => {
  it("reads cells case-insensitively, trims text and parses digits stored as text", () => {
    const row = { LOCAL_PORT: " 23", Remote_Address: "10.0.0.1  ", EMPTY: "   ", NUM: 7 };
    expect(cell(row, "REMOTE_ADDRESS")).toBe("10.0.0.1  ");
    expect(textCell(row, "remote_address")).toBe("10.0.0.1");
    expect(textCell(row, "EMPTY")).toBeNull();
    expect(textCell(row, "MISSING")).toBeNull();
    expect(intCell(row, "LOCAL_PORT")).toBe(23);
    expect(intCell(row, "NUM")).toBe(7);
    expect(intCell({ X: "12a" }, "X")).toBeNull();
  });

  it("normalises keywords and flags", () => {
    expect(ibmKeyword("*YES")).toBe("YES");
    expect(ibmKeyword(" owner ")).toBe("OWNER");
    expect(ibmKeyword("  ")).toBeNull();
    expect(ibmFlag("*NO")).toBe(false);
    expect(ibmFlag("YES")).toBe(true);
    expect(ibmFlag("MAYBE")).toBeNull();
  });

  it("splits special authorities and drops *NONE", () => {
    expect(specialAuthorityList("*ALLOBJ   *SPLCTL")).toEqual(["*ALLOBJ", "*SPLCTL"]);
    expect(specialAuthorityList("*NONE")).toEqual([]);
    expect(specialAuthorityList("jobctl")).toEqual(["*JOBCTL"]);
  });
});

describe("parseSmtpListEntry", () => {
  it("finds address and mask in separate fields or in one 'ip mask' line", () => {
    expect(parseSmtpListEntry({ INTNETADR: "192.168.10.0", SUBNETMASK: "255.255.255.0" })).toMatchObject({ address: "192.168.10.0", mask: "255.255.255.0", prefix: 24 });
    expect(parseSmtpListEntry({ SRCSEQ: 1, SRCDTA: "10.100.2.1 255.255.255.255" })).toMatchObject({ address: "10.100.2.1", prefix: 32 });
  });

  it("defaults to ADDSMTPLE's host mask and skips rows without an address", () => {
    expect(parseSmtpListEntry({ INTNETADR: "10.1.1.1", SUBNETMASK: "" })).toMatchObject({ mask: "255.255.255.255", prefix: 32 });
    expect(parseSmtpListEntry({ INTNETADR: "", SUBNETMASK: "", HOSTNAME: "example.com" })).toBeNull();
  });

  it("keeps a non-contiguous mask with a null prefix", () => {
    expect(parseSmtpListEntry({ INTNETADR: "10.0.0.0", SUBNETMASK: "255.0.255.0" })).toMatchObject({ mask: "255.0.255.0", prefix: null });
  });
});

describe("special-authority holders", () => {
  const profiles = [profileWith("QSECOFR", ["*ALLOBJ"]), profileWith("SPLGRP", ["*SPLCTL"]), profileWith("PRTADM", ["*SPLCTL"])];
  const memberships = [
    { group: "SPLGRP", user: "ANNA" },
    { group: "SPLGRP", user: "PRTADM" },
    { group: "OTHER", user: "BOB" },
  ];

  it("includes members of a group that holds the authority, preferring a direct grant", () => {
    expect(holdersOf("*SPLCTL", profiles, memberships)).toEqual([
      { profile: "ANNA", throughGroup: "SPLGRP" },
      { profile: "PRTADM", throughGroup: null },
      { profile: "SPLGRP", throughGroup: null },
    ]);
  });

  it("approves through the group and through generic names", () => {
    expect(isApprovedHolder({ profile: "ANNA", throughGroup: "SPLGRP" }, ["SPLGRP"])).toBe(true);
    expect(isApprovedHolder({ profile: "QSPLJOB", throughGroup: null }, ["QSPL*"])).toBe(true);
    expect(isApprovedHolder({ profile: "ANNA", throughGroup: null }, ["SPLGRP"])).toBe(false);
  });
});

describe("queue-authority", () => {
  it("matches LIB/NAME patterns with *ALL and generic names", () => {
    const q = { library: "PAYLIB", name: "PAYROLL" };
    expect(matchesQueuePattern("PAYLIB/PAYROLL", q)).toBe(true);
    expect(matchesQueuePattern("*ALL/PAY*", q)).toBe(true);
    expect(matchesQueuePattern("PAYLIB/*", q)).toBe(true);
    expect(matchesQueuePattern("HRLIB/PAY*", q)).toBe(false);
    expect(matchesQueuePattern("PAYLIB/PAY", q)).toBe(false);
  });

  it("takes rights from the YES/NO columns when present, else from the authority name", () => {
    expect(queueRights(privilege("L", "Q", "*PUBLIC", "*USE"))).toEqual({ read: true, add: false, delete: false });
    expect(queueRights(privilege("L", "Q", "*PUBLIC", "*CHANGE"))).toEqual({ read: true, add: true, delete: true });
    expect(queueRights({ ...privilege("L", "Q", "X", "USER DEF"), dataRead: true, dataAdd: true, dataDelete: false })).toEqual({
      read: true,
      add: true,
      delete: false,
    });
  });
});
