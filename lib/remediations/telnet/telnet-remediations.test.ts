import { describe, expect, it } from "vitest";
import { connection, listeners, ok } from "@/lib/checks/test-support/observation-builders";
import { commandTexts, planContext, state } from "../test-support/plan-fixtures";
import { telnetAlwsslOnly } from "./alwssl-only";
import { telnetEndServer } from "./end-server";

const telnet = (allowTls: string) => ok({ autostart: true, allowTls, row: { ALLOW_TRANSPORT_LAYER_SECURITY: `*${allowTls}` } }, ["telnet-attributes"]);

describe("telnet.alwssl-only", () => {
  it("CHGTELNA ALWSSL(*ONLY), prior value read from TELNET_SERVER_ATTRIBUTES and restorable", () => {
    const current = state({ telnetAttributes: telnet("YES"), listeners: listeners(23, 992), connections: ok([connection("10.20.30.41", 23)], ["net-connections"]) });
    const plan = telnetAlwsslOnly.plan(current, {}, planContext());
    expect(commandTexts(plan)).toEqual(["CHGTELNA ALWSSL(*ONLY)"]);
    expect(plan.changes[0]).toEqual({ subject: "Telnet ALWSSL", before: "*YES (QSYS2.TELNET_SERVER_ATTRIBUTES)", after: "*ONLY" });
    expect(plan.impact[1]).toBe("1 clear-text Telnet session(s) are open now; they are not ended by this change.");
    expect(plan.undo).toEqual({ available: true, actionId: "telnet.alwssl-restore", params: { allowSsl: "*YES" }, description: "Set Telnet ALWSSL back to *YES.", commands: ["CHGTELNA ALWSSL(*YES)"] });
    expect(telnetAlwsslOnly.verifyState(state({ telnetAttributes: telnet("ONLY") }), {}, planContext(), plan)[0]!.ok).toBe(true);
    expect(telnetAlwsslOnly.verifyState(current, {}, planContext(), plan)[0]!.ok).toBe(false);
  });

  it("has nothing to do when TLS is already required", () => {
    expect(telnetAlwsslOnly.plan(state({ telnetAttributes: telnet("ONLY") }), {}, planContext()).blockers[0]).toMatch(/already \*ONLY/);
  });
});

describe("telnet.end-server", () => {
  it("ends Telnet and every 5250 session on 23 and 992", () => {
    const current = state({ listeners: listeners(23, 992), connections: ok([connection("10.20.30.41", 23, { user: "BOB" }), connection("10.20.30.42", 992, { user: "CAROL" })], ["net-connections"]) });
    const plan = telnetEndServer.plan(current, {}, planContext());
    expect(commandTexts(plan)).toEqual(["ENDTCPSVR SERVER(*TELNET)"]);
    expect(plan.impact[0]).toMatch(/^Ends 2 active Telnet sessions: 10\.20\.30\.41:50000 to port 23 \(job unknown \/ BOB\), 10\.20\.30\.42:50000 to port 992/);
    expect(plan.undo).toMatchObject({ available: true, actionId: "telnet.start-server" });
  });
});
