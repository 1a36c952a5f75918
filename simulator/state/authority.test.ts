import { describe, expect, it } from "vitest";
import { authorityName, effectiveRights, isFunctionAllowed, resolvePrincipal, rightsOf, toAuthority } from "./authority";
import { ZSystemState } from "./schema";

const state = ZSystemState.parse({
  name: "AUTH1",
  scenario: "test",
  release: "7.6",
  users: [
    { name: "SPOOLERS", specialAuthorities: ["*SPLCTL"] },
    { name: "OPS", specialAuthorities: ["*JOBCTL"] },
    { name: "CLERK", groupProfile: "SPOOLERS", supplementalGroups: ["OPS"] },
    { name: "ADMIN", specialAuthorities: ["*ALLOBJ", "*SECADM"] },
    { name: "NOBODY" },
  ],
  functionUsage: [
    { functionId: "QIBM_IOSYSCFG_VIEW", defaultUsage: "*DENIED", allObjAuthority: "*NOTUSED" },
    { functionId: "QIBM_QTMF_FTP_SERVER", defaultUsage: "*DENIED", users: { OPS: "*ALLOWED" } },
  ],
});

describe("resolvePrincipal", () => {
  it("inherits special authorities from the group and supplemental groups", () => {
    const clerk = resolvePrincipal(state, "clerk");
    expect(clerk.name).toBe("CLERK");
    expect([...clerk.specialAuthorities].sort()).toEqual(["*JOBCTL", "*SPLCTL"]);
  });

  it("drops one special authority for the missing-authority fault", () => {
    const admin = resolvePrincipal(state, "ADMIN", { withoutSpecialAuthority: "*ALLOBJ" });
    expect([...admin.specialAuthorities]).toEqual(["*SECADM"]);
  });
});

describe("effectiveRights", () => {
  const queue = { owner: "PAYOWNER", public: "*USE" as const, private: { CLERK: "*EXCLUDE" as const, OPS: "*CHANGE" as const } };

  it("lets the owner and *ALLOBJ do everything", () => {
    expect(authorityName(effectiveRights(resolvePrincipal(state, "ADMIN"), queue))).toBe("*ALL");
    expect(authorityName(effectiveRights({ name: "PAYOWNER", groups: [], specialAuthorities: new Set() }, queue))).toBe("*ALL");
  });

  it("uses a private *EXCLUDE even when a group has more", () => {
    expect(effectiveRights(resolvePrincipal(state, "CLERK"), queue).size).toBe(0);
  });

  it("falls back to group authority, then to *PUBLIC", () => {
    const viaGroup = { ...queue, private: { OPS: "*CHANGE" as const } };
    expect(authorityName(effectiveRights(resolvePrincipal(state, "CLERK"), viaGroup))).toBe("*CHANGE");
    expect(authorityName(effectiveRights(resolvePrincipal(state, "NOBODY"), queue))).toBe("*USE");
  });
});

describe("authority names", () => {
  it("names system-defined sets and calls the rest USER DEF", () => {
    expect(authorityName(rightsOf(["*OBJOPR", "*READ", "*EXECUTE"]))).toBe("*USE");
    expect(authorityName(rightsOf(["*READ"]))).toBe("USER DEF");
    expect(toAuthority(rightsOf(["*EXECUTE", "*READ"]))).toEqual(["*READ", "*EXECUTE"]);
    expect(toAuthority(new Set())).toBe("*EXCLUDE");
  });
});

describe("isFunctionAllowed", () => {
  it("does not let *ALLOBJ through QIBM_IOSYSCFG_VIEW", () => {
    expect(isFunctionAllowed(state, resolvePrincipal(state, "ADMIN"), "QIBM_IOSYSCFG_VIEW")).toBe(false);
  });

  it("honours a group's explicit usage before the default", () => {
    expect(isFunctionAllowed(state, resolvePrincipal(state, "CLERK"), "QIBM_QTMF_FTP_SERVER")).toBe(true);
    expect(isFunctionAllowed(state, resolvePrincipal(state, "NOBODY"), "QIBM_QTMF_FTP_SERVER")).toBe(false);
  });

  it("follows IBM's order (QSYCKUFU): own *ALLOBJ beats the own entry, which beats a group's *ALLOBJ", () => {
    const ordered = ZSystemState.parse({
      name: "AUTH2",
      scenario: "test",
      release: "7.6",
      users: [
        { name: "ADMGRP", specialAuthorities: ["*ALLOBJ"] },
        { name: "BOSS", specialAuthorities: ["*ALLOBJ"] },
        { name: "MEMBER", groupProfile: "ADMGRP" },
        { name: "OTHER", groupProfile: "ADMGRP" },
      ],
      functionUsage: [{ functionId: "QIBM_DB_SECADM", defaultUsage: "*DENIED", allObjAuthority: "*USED", users: { BOSS: "*DENIED", MEMBER: "*DENIED" } }],
    });
    expect(isFunctionAllowed(ordered, resolvePrincipal(ordered, "BOSS"), "QIBM_DB_SECADM")).toBe(true);
    expect(isFunctionAllowed(ordered, resolvePrincipal(ordered, "MEMBER"), "QIBM_DB_SECADM")).toBe(false);
    expect(isFunctionAllowed(ordered, resolvePrincipal(ordered, "OTHER"), "QIBM_DB_SECADM")).toBe(true);
  });

  it("denies an unknown function id", () => {
    expect(isFunctionAllowed(state, resolvePrincipal(state, "ADMIN"), "QIBM_NO_SUCH")).toBe(false);
  });
});
