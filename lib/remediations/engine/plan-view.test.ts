import { describe, expect, it } from "vitest";
import { endtcpsvr } from "@/lib/ibmi/commands/tcp-servers";
import { clStep, makePlan } from "../shared/plan";
import { planHash, toPlanView } from "./plan-view";

const plan = (impact: string[]) => makePlan({ summary: "End FTP", steps: [clStep(endtcpsvr({ server: "*FTP" }), "ends FTP")], impact, disruptive: true });

describe("the plan a preview shows", () => {
  it("stores each step as the exact text that runs", () => {
    expect(toPlanView(plan([])).steps).toEqual([{ kind: "cl", text: "ENDTCPSVR SERVER(*FTP)", why: "ends FTP" }]);
  });

  it("hashes what the officer saw: equal plans hash equally whatever the key order, a new session changes it", () => {
    const a = planHash(toPlanView(plan(["Ends 1 session"])), { b: 1, a: 2 });
    expect(planHash(toPlanView(plan(["Ends 1 session"])), { a: 2, b: 1 })).toBe(a);
    expect(planHash(toPlanView(plan(["Ends 2 sessions"])), { a: 2, b: 1 })).not.toBe(a);
    expect(planHash(toPlanView(plan(["Ends 1 session"])), { a: 3, b: 1 })).not.toBe(a);
  });
});
