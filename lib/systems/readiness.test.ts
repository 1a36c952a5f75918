import { describe, expect, test } from "vitest";
import type { ProbeResult } from "@/lib/ibmi/probe-system";
import { assessReadiness, PANEL_REQUIREMENTS, type PanelReadiness } from "./readiness";

const ALL_SERVICES = [...new Set(PANEL_REQUIREMENTS.flatMap((panel) => panel.services))];

function probe(overrides: Partial<ProbeResult> = {}): ProbeResult {
  return {
    userProfile: "DASHUSR",
    release: { version: 7, release: 5, text: "7.5" },
    services: ALL_SERVICES,
    specialAuthorities: { own: [], groups: {}, effective: [] },
    groupProfiles: [],
    functionUsage: { QIBM_IOSYSCFG_VIEW: "NOT_DEFINED", QIBM_DB_SECADM: "DENIED", QIBM_DB_SQLADM: "DENIED" },
    ccsid: { user: 37, system: 37, effective: 37, problem: null },
    unreadable: [],
    ...overrides,
  };
}

const panel = (readiness: ReturnType<typeof assessReadiness>, name: PanelReadiness["panel"]) => readiness.panels.find((p) => p.panel === name)!;
const need = (readiness: ReturnType<typeof assessReadiness>, id: string) => readiness.panels.flatMap((p) => p.needs).find((n) => n.id === id)!;

describe("assessReadiness", () => {
  test("a profile with every authority on 7.5 has no problems and network reads need nothing there", () => {
    const readiness = assessReadiness(
      probe({ specialAuthorities: { own: ["*ALLOBJ", "*IOSYSCFG", "*JOBCTL", "*SECADM", "*SPLCTL"], groups: {}, effective: ["*ALLOBJ", "*IOSYSCFG", "*JOBCTL", "*SECADM", "*SPLCTL"] } }),
    );
    expect(readiness.hasProblems).toBe(false);
    expect(readiness.release).toBe("7.5");
    expect(need(readiness, "net-jobs")).toMatchObject({ state: "not-needed", note: "Needed from IBM i 7.6; this system runs 7.5." });
    expect(need(readiness, "spool-queues")).toMatchObject({ state: "held", heldThrough: "*SPLCTL", grantCl: null });
  });

  test("a missing special authority comes with a CHGUSRPRF that keeps the ones the profile has", () => {
    const readiness = assessReadiness(probe({ specialAuthorities: { own: ["*JOBCTL"], groups: { OPS: ["*ALLOBJ"] }, effective: ["*ALLOBJ", "*JOBCTL"] } }));
    expect(need(readiness, "spool-queues")).toMatchObject({
      state: "lacking",
      options: ["*SPLCTL"],
      grantCl: "CHGUSRPRF USRPRF(DASHUSR) SPCAUT(*JOBCTL *SPLCTL)",
    });
    // Held through a group profile counts, as IBM i checks it.
    expect(need(readiness, "spool-profiles")).toMatchObject({ state: "held", heldThrough: "*ALLOBJ" });
    expect(readiness.hasProblems).toBe(true);
  });

  test("on 7.6 the read-only function usage is offered before *IOSYSCFG, and *ALLOBJ does not stand in for it", () => {
    const readiness = assessReadiness(
      probe({
        release: { version: 7, release: 6, text: "7.6" },
        specialAuthorities: { own: ["*ALLOBJ"], groups: {}, effective: ["*ALLOBJ"] },
        functionUsage: { QIBM_IOSYSCFG_VIEW: "DENIED", QIBM_DB_SECADM: "DENIED", QIBM_DB_SQLADM: "DENIED" },
      }),
    );
    expect(need(readiness, "net-jobs")).toMatchObject({
      state: "lacking",
      options: ["QIBM_IOSYSCFG_VIEW", "*IOSYSCFG"],
      grantCl: "CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER(DASHUSR) USAGE(*ALLOWED)",
    });
    // OBJECT_PRIVILEGES: *ALLOBJ is one of the alternatives.
    expect(need(readiness, "spool-privileges")).toMatchObject({ state: "held", heldThrough: "*ALLOBJ" });
  });

  test("the function usage counts when allowed", () => {
    const readiness = assessReadiness(
      probe({ release: { version: 7, release: 6, text: "7.6" }, functionUsage: { QIBM_IOSYSCFG_VIEW: "ALLOWED", QIBM_DB_SECADM: "ALLOWED", QIBM_DB_SQLADM: "DENIED" } }),
    );
    expect(need(readiness, "net-jobs")).toMatchObject({ state: "held", heldThrough: "QIBM_IOSYSCFG_VIEW" });
    expect(need(readiness, "telnet-read")).toMatchObject({ state: "held", heldThrough: "QIBM_IOSYSCFG_VIEW" });
    expect(need(readiness, "spool-privileges")).toMatchObject({ state: "held", heldThrough: "QIBM_DB_SECADM" });
  });

  test("unreadable authorities make needs unknown, and the grant keeps a placeholder instead of wiping the list", () => {
    const readiness = assessReadiness(
      probe({ unreadable: [{ item: "special authorities of DASHUSR (QSYS2.USER_INFO)", sqlstate: "42501", message: "not authorized" }] }),
    );
    expect(need(readiness, "spool-queues")).toMatchObject({
      state: "unknown",
      grantCl: "CHGUSRPRF USRPRF(DASHUSR) SPCAUT(<current special authorities> *SPLCTL)",
    });
  });

  test("an unknown release keeps the 7.6 needs, saying why", () => {
    const readiness = assessReadiness(probe({ release: null }));
    expect(readiness.release).toBeNull();
    expect(need(readiness, "net-jobs")).toMatchObject({ state: "lacking", note: "The release could not be read; IBM i 7.6 and later need this." });
    // QIBM_IOSYSCFG_VIEW is not defined on this system, so *IOSYSCFG is what to grant.
    expect(need(readiness, "net-jobs").grantCl).toBe("CHGUSRPRF USRPRF(DASHUSR) SPCAUT(*IOSYSCFG)");
  });

  test("missing services are listed per panel; an unreadable inventory is not reported as all missing", () => {
    const missing = assessReadiness(probe({ services: ALL_SERVICES.filter((service) => service !== "QSYS2.NETSTAT_JOB_INFO") }));
    expect(panel(missing, "connections")).toMatchObject({ servicesPresent: ["QSYS2.NETSTAT_INFO"], servicesMissing: ["QSYS2.NETSTAT_JOB_INFO"], servicesUnknown: false });
    expect(panel(missing, "spool").servicesMissing).toEqual([]);
    const unknown = assessReadiness(probe({ services: [] }));
    expect(panel(unknown, "connections")).toMatchObject({ servicesMissing: [], servicesUnknown: true });
    expect(unknown.hasProblems).toBe(true);
  });

  test("a CCSID 65535 profile is a problem with its cure", () => {
    const problem = { message: "CCSID 65535", cure: "CHGUSRPRF USRPRF(DASHUSR) CCSID(37)" };
    const readiness = assessReadiness(probe({ ccsid: { user: 65535, system: 37, effective: 65535, problem } }));
    expect(readiness.ccsidProblem).toEqual(problem);
    expect(readiness.hasProblems).toBe(true);
  });
});
