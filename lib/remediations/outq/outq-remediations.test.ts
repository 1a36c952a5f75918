import { describe, expect, it } from "vitest";
import { ok, privilege, queue } from "@/lib/checks/test-support/observation-builders";
import { commandTexts, planContext, state } from "../test-support/plan-fixtures";
import { outqChange } from "./change";
import { outqPublicExclude } from "./public-exclude";
import { outqPublicRestore } from "./public-restore";

const payroll = (dspdta = "YES") => ok([queue("PAYLIB", "PAYROLL", { dspdta, oprctl: "YES", autchk: "OWNER" })], ["outq-info"]);
const privileges = ok([privilege("PAYLIB", "PAYROLL", "*PUBLIC", "*USE", "PAYOWNER"), privilege("PAYLIB", "PAYROLL", "PAYCLERK", "*CHANGE", "PAYOWNER")], ["outq-privileges"]);
const publicDetail = (authority: string, rights: string[]) => ({ outqPublic: { ok: true as const, value: [{ queue: "PAYLIB/PAYROLL", authority, rights }] } });

describe("outq.change", () => {
  it("proposes per finding: DSPDTA *OWNER on a sensitive queue, *NO otherwise", () => {
    const current = state({ outputQueues: payroll() });
    expect(outqChange.defaults({ checkId: "OUTQ-01", key: "PAYLIB/PAYROLL" }, current, planContext())).toEqual({ queue: "PAYLIB/PAYROLL", dspdta: "*NO" });
    const sensitive = planContext({ policy: { sensitiveOutputQueues: ["PAYLIB/PAY*"] } });
    expect(outqChange.defaults({ checkId: "OUTQ-01", key: "PAYLIB/PAYROLL" }, current, sensitive)).toEqual({ queue: "PAYLIB/PAYROLL", dspdta: "*OWNER" });
    expect(outqChange.defaults({ checkId: "OUTQ-03", key: "PAYLIB/PAYROLL" }, current, sensitive)).toEqual({ queue: "PAYLIB/PAYROLL", oprctl: "*NO" });
  });

  it("sends only the attributes that change, and undo puts back the values read", () => {
    const plan = outqChange.plan(state({ outputQueues: payroll() }), { queue: "PAYLIB/PAYROLL", dspdta: "*OWNER", oprctl: "*NO", autchk: "*OWNER" }, planContext());
    expect(commandTexts(plan)).toEqual(["CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*OWNER) OPRCTL(*NO)"]);
    expect(plan.changes).toEqual([
      { subject: "PAYLIB/PAYROLL DSPDTA", before: "*YES", after: "*OWNER" },
      { subject: "PAYLIB/PAYROLL OPRCTL", before: "*YES", after: "*NO" },
    ]);
    expect(plan.undo).toEqual({
      available: true,
      actionId: "outq.change",
      params: { queue: "PAYLIB/PAYROLL", dspdta: "*YES", oprctl: "*YES" },
      description: "Set DSPDTA *YES, OPRCTL *YES on PAYLIB/PAYROLL again.",
      commands: ["CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*YES) OPRCTL(*YES)"],
    });
  });

  it("refuses widening access except as an undo, and a queue it cannot see", () => {
    const current = state({ outputQueues: payroll("NO") });
    expect(outqChange.plan(current, { queue: "PAYLIB/PAYROLL", dspdta: "*YES" }, planContext()).blockers[0]).toMatch(/widens access/);
    expect(commandTexts(outqChange.plan(current, { queue: "PAYLIB/PAYROLL", dspdta: "*YES" }, planContext({ purpose: "undo" })))).toEqual(["CHGOUTQ OUTQ(PAYLIB/PAYROLL) DSPDTA(*YES)"]);
    expect(outqChange.plan(current, { queue: "HRLIB/HR", dspdta: "*NO" }, planContext()).blockers[0]).toMatch(/not among the output queues/);
  });

  it.each([{ queue: "PAYROLL", dspdta: "*NO" }, { queue: "PAYLIB/PAYROLL) DSPDTA(*YES", dspdta: "*NO" }, { queue: "PAYLIB/PAYROLL" }, { queue: "PAYLIB/PAYROLL", dspdta: "*ALL" }])("rejects %j", (params) => {
    expect(outqChange.params.safeParse(params).success).toBe(false);
  });
});

describe("outq.public-exclude and its undo", () => {
  it("excludes *PUBLIC, lists who keeps access, and captures *USE to restore", () => {
    const current = state({ outputQueues: payroll(), outputQueuePrivileges: privileges }, publicDetail("*USE", ["*OBJOPR", "*READ", "*EXECUTE"]));
    const plan = outqPublicExclude.plan(current, { queue: "PAYLIB/PAYROLL" }, planContext({ policy: { sensitiveOutputQueues: [{ queue: "PAYLIB/PAYROLL", intendedReaders: ["PAYCLERK", "HRMGR"] }] } }));
    expect(commandTexts(plan)).toEqual(["GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*EXCLUDE)"]);
    expect(plan.impact[1]).toBe("Keep access through private authority: PAYCLERK (*CHANGE).");
    expect(plan.warnings[0]).toMatch(/HRMGR/);
    expect(plan.undo).toEqual({
      available: true,
      actionId: "outq.public-restore",
      params: { queue: "PAYLIB/PAYROLL", aut: ["*USE"] },
      description: "Grant *PUBLIC *USE on PAYLIB/PAYROLL again.",
      commands: ["GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*USE)"],
    });
  });

  it("restores a USER DEF authority right by right, and only over *EXCLUDE", () => {
    const userDef = state({ outputQueues: payroll(), outputQueuePrivileges: privileges }, publicDetail("USER DEF", ["*OBJOPR", "*READ"]));
    expect(outqPublicExclude.plan(userDef, { queue: "PAYLIB/PAYROLL" }, planContext()).undo).toMatchObject({ params: { aut: ["*OBJOPR", "*READ"] } });
    const excluded = state({ outputQueues: payroll() }, publicDetail("*EXCLUDE", []));
    const restore = outqPublicRestore.plan(excluded, { queue: "PAYLIB/PAYROLL", aut: ["*OBJOPR", "*READ"] }, planContext({ purpose: "undo" }));
    expect(commandTexts(restore)).toEqual(["GRTOBJAUT OBJ(PAYLIB/PAYROLL) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*OBJOPR *READ)"]);
    const changedSince = state({ outputQueues: payroll() }, publicDetail("*CHANGE", []));
    expect(outqPublicRestore.plan(changedSince, { queue: "PAYLIB/PAYROLL", aut: ["*USE"] }, planContext({ purpose: "undo" })).blockers[0]).toMatch(/not \*EXCLUDE/);
  });

  it("has nothing to do when *PUBLIC is already excluded", () => {
    expect(outqPublicExclude.plan(state({ outputQueues: payroll() }, publicDetail("*EXCLUDE", [])), { queue: "PAYLIB/PAYROLL" }, planContext()).blockers[0]).toMatch(/already \*EXCLUDE/);
  });
});
