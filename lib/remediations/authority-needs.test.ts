import { describe, expect, it } from "vitest";
import { ok } from "@/lib/checks/test-support/observation-builders";
import { chgsmtpa, endtcpsvr } from "@/lib/ibmi/commands/tcp-servers";
import { assessAuthority, needsOfSteps } from "./authority-needs";
import { clStep } from "./shared/plan";
import { state } from "./test-support/plan-fixtures";

const profile = (authorities: string[]) => ok({ profile: "PORTCULLIS", direct: authorities, groups: [], effective: authorities }, ["probe-authorities"]);

describe("IBM i authority before a run", () => {
  const steps = [clStep(chgsmtpa({ alwrly: "*LIST" }), ""), clStep(endtcpsvr({ server: "*SMTP" }), ""), clStep(endtcpsvr({ server: "*FTP" }), "")];

  it("derives each need once from the commands", () => {
    expect(needsOfSteps(steps).map((need) => need.kind)).toEqual(["special", "command"]);
  });

  it("proves a missing *IOSYSCFG from USER_INFO and spells the grant that keeps the other authorities", () => {
    const [ioSysCfg] = assessAuthority(needsOfSteps(steps), state({ profile: profile(["*ALLOBJ", "*JOBCTL"]) }), "PORTCULLIS");
    expect(ioSysCfg).toMatchObject({ status: "missing", grantCl: "CHGUSRPRF USRPRF(PORTCULLIS) SPCAUT(*ALLOBJ *JOBCTL *IOSYSCFG)" });
  });

  it("*ALLOBJ gives the TCP/IP server commands; without it, *USE is confirmed from OBJECT_PRIVILEGES or left unconfirmed", () => {
    const needs = needsOfSteps(steps);
    expect(assessAuthority(needs, state({ profile: profile(["*ALLOBJ", "*IOSYSCFG"]) }), "PORTCULLIS").map((a) => a.status)).toEqual(["held", "held"]);
    const granted = state({ profile: profile(["*IOSYSCFG"]) }, { commandPrivileges: { ok: true, value: [{ command: "ENDTCPSVR", user: "PORTCULLIS", authority: "*USE" }] } });
    expect(assessAuthority(needs, granted, "PORTCULLIS")[1]).toMatchObject({ status: "held" });
    const unknown = state({ profile: profile(["*IOSYSCFG"]) }, { commandPrivileges: { ok: true, value: [] } });
    expect(assessAuthority(needs, unknown, "PORTCULLIS")[1]).toMatchObject({
      status: "unconfirmed",
      grantCl: "GRTOBJAUT OBJ(QSYS/ENDTCPSVR) OBJTYPE(*CMD) USER(PORTCULLIS) AUT(*USE)",
    });
    const excluded = state({ profile: profile(["*IOSYSCFG"]) }, { commandPrivileges: { ok: true, value: [{ command: "ENDTCPSVR", user: "PORTCULLIS", authority: "*EXCLUDE" }] } });
    expect(assessAuthority(needs, excluded, "PORTCULLIS")[1]).toMatchObject({ status: "missing" });
  });
});
