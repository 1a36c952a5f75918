import { describe, expect, it } from "vitest";
import { deriveSnapshot } from "@/simulator/state/derive/derive-snapshot";
import type { TSystemState } from "@/simulator/state/schema";
import { lines, runCl, scenarioState, TEST_NOW } from "../cl-test-context";

const member = (state: TSystemState, name: string) =>
  deriveSnapshot(state, { now: TEST_NOW, user: "PORTCULLIS" }).members["QUSRSYS.QATMADRLST"]![name]!;

describe("ADDSMTPLE and RMVSMTPLE", () => {
  it("a new *ACCEPT entry shows in member ACCEPTRLY, with the default host mask", async () => {
    const state = scenarioState("neglected-production");
    const result = await runCl(state, "ADDSMTPLE TYPE(*ACCEPT) INTNETADR('10.100.2.1')");
    expect(lines(result)).toEqual(["TCP264D: SMTP list entry added."]);
    expect(member(state, "ACCEPTRLY")).toContainEqual({ INTNETADR: "10.100.2.1", SUBNETMASK: "255.255.255.255", HOSTNAME: "" });
  });

  it("refuses a duplicate entry", async () => {
    const state = scenarioState("neglected-production");
    const result = await runCl(state, "ADDSMTPLE TYPE(*ACCEPT) INTNETADR('0.0.0.0') SUBNETMASK('0.0.0.0')");
    expect(result.success).toBe(false);
    expect(lines(result)).toEqual(["TCP264E: SMTP list entry already exists."]);
  });

  it("removes exactly the open-relay entry", async () => {
    const state = scenarioState("neglected-production");
    const result = await runCl(state, "RMVSMTPLE TYPE(*ACCEPT) INTNETADR('0.0.0.0') SUBNETMASK('0.0.0.0')");
    expect(result.success).toBe(true);
    expect(member(state, "ACCEPTRLY")).toEqual([{ INTNETADR: "10.1.1.0", SUBNETMASK: "255.255.255.0", HOSTNAME: "" }]);
    expect(lines(await runCl(state, "RMVSMTPLE TYPE(*ACCEPT) INTNETADR('0.0.0.0') SUBNETMASK('0.0.0.0')"))).toEqual([
      "TCP2903: Entry not found.",
    ]);
  });

  it("keeps reject and near-domain entries in their own members", async () => {
    const state = scenarioState("neglected-production");
    await runCl(state, "ADDSMTPLE TYPE(*REJECT) INTNETADR('185.220.101.0') SUBNETMASK('255.255.255.0')");
    await runCl(state, "ADDSMTPLE TYPE(*NEAR) HOSTNAME('Example.COM')");
    expect(member(state, "REJECTCNN")).toEqual([{ INTNETADR: "185.220.101.0", SUBNETMASK: "255.255.255.0", HOSTNAME: "" }]);
    expect(member(state, "NEARDMN")).toEqual([{ INTNETADR: "", SUBNETMASK: "", HOSTNAME: "example.com" }]);
  });

  it("validates addresses and what each type needs", async () => {
    const state = scenarioState("neglected-production");
    expect(lines(await runCl(state, "ADDSMTPLE TYPE(*ACCEPT) INTNETADR('10.1.300.1')"))).toEqual(["TCP1901: Internet address 10.1.300.1 not valid."]);
    expect((await runCl(state, "ADDSMTPLE TYPE(*ACCEPT)")).messages[0]!.id).toBe("CPD0072");
    expect((await runCl(state, "ADDSMTPLE TYPE(*NEAR)")).messages[0]!.id).toBe("CPD0072");
    expect((await runCl(state, "ADDSMTPLE TYPE(*DOMAIN) HOSTNAME(x)")).messages[0]!.id).toBe("CPD0084");
  });

  it("needs *IOSYSCFG", async () => {
    const state = scenarioState("v76-no-iosyscfg-view");
    expect(lines(await runCl(state, "ADDSMTPLE TYPE(*ACCEPT) INTNETADR('10.1.1.1')"))).toEqual([
      "TCP8050: *IOSYSCFG authority required to use ADDSMTPLE.",
    ]);
    expect((await runCl(state, "ADDSMTPLE TYPE(*ACCEPT) INTNETADR('10.1.1.1')", { user: "NETADMIN" })).success).toBe(true);
  });
});
