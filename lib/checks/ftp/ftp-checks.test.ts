import { describe, expect, it } from "vitest";
import { ftp01ServerRunning } from "@/lib/checks/ftp/ftp-01-server-running";
import { ftp02Autostart } from "@/lib/checks/ftp/ftp-02-autostart";
import { ftp03ExposureHours } from "@/lib/checks/ftp/ftp-03-exposure-hours";
import { ftp04ExitPrograms } from "@/lib/checks/ftp/ftp-04-exit-programs";
import { ftp05Cleartext } from "@/lib/checks/ftp/ftp-05-cleartext";
import { ftp06FunctionUsage } from "@/lib/checks/ftp/ftp-06-function-usage";
import { ftp10RexecTftp } from "@/lib/checks/ftp/ftp-10-rexec-tftp";
import { ftp11SshdHardening } from "@/lib/checks/ftp/ftp-11-sshd-hardening";
import { resolvePolicy } from "@/lib/checks/policy";
import {
  context,
  failedRead,
  job,
  listener,
  listeners,
  missingObject,
  notAuthorized,
  observations,
  ok,
} from "@/lib/checks/test-support/observation-builders";

const policy = resolvePolicy({});
const ftpApproved = resolvePolicy({ approvedServers: ["ftp", "sshd"] });
const ftpRunning = observations({ ftpJobs: ok([job("123456/QTCP/QTFTP01234")], ["ftp-jobs"]), listeners: listeners(21) });

describe("FTP-01 FTP server running without approval", () => {
  it("fails when FTP listens on 21 though not approved, with the listener as evidence", () => {
    const result = ftp01ServerRunning.evaluate(observations({ listeners: listeners(21, 22) }), policy, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings).toHaveLength(1);
    expect(result.findings[0]).toMatchObject({ key: "ftp-server", severity: "high" });
    expect(result.findings[0]!.evidence).toEqual({
      statementIds: ["net-listeners"],
      rows: [{ PROTOCOL: "TCP", LOCAL_ADDRESS: "0.0.0.0", LOCAL_PORT: 21 }],
      determinedBy: "a listener on TCP port 21/990 (QSYS2.NETSTAT_INFO)",
      confidence: "high",
    });
  });

  it("passes when FTP runs and is approved, and when nothing shows it running", () => {
    expect(ftp01ServerRunning.evaluate(ftpRunning, ftpApproved, context()).outcome).toBe("pass");
    expect(ftp01ServerRunning.evaluate(observations({ listeners: listeners(22, 23) }), policy, context()).outcome).toBe("pass");
  });

  it("is partial when the jobs were read but not the listeners, and not assessed when neither was", () => {
    const listenersDenied = failedRead(notAuthorized("QSYS2.NETSTAT_INFO"), ["net-listeners"]);
    const partial = ftp01ServerRunning.evaluate(observations({ listeners: listenersDenied }), policy, context());
    expect(partial.outcome).toBe("partial");
    expect(partial.detail).toContain("CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER(PORTCUL) USAGE(*ALLOWED)");
    const none = ftp01ServerRunning.evaluate(
      observations({ listeners: listenersDenied, ftpJobs: failedRead(missingObject("QSYS2.ACTIVE_JOB_INFO"), ["ftp-jobs"]) }),
      policy,
      context(),
    );
    expect(none.outcome).toBe("not_assessed");
    expect(none.detail).toContain("QSYS2.ACTIVE_JOB_INFO does not exist");
  });

  it("still fails on job evidence when the listeners cannot be read", () => {
    const result = ftp01ServerRunning.evaluate(
      observations({ ftpJobs: ok([job("123456/QTCP/QTFTP01234")], ["ftp-jobs"]), listeners: failedRead(notAuthorized("QSYS2.NETSTAT_INFO")) }),
      policy,
      context(),
    );
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]!.evidence.determinedBy).toBe("1 FTP server (QTFTP*) job(s) active in QSYSWRK (QSYS2.ACTIVE_JOB_INFO)");
  });
});

describe("FTP-02 FTP autostart", () => {
  const autostart = (value: boolean | null) =>
    ok([{ server: "FTP", autostart: value, row: { SERVER: "*FTP", AUTOSTART: value ? "*YES" : "*NO" } }], ["tcp-autostart"]);

  it("fails when FTP autostarts without approval, saying the source is third-party documented", () => {
    const result = ftp02Autostart.evaluate(observations({ serverAutostart: autostart(true) }), policy, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]).toMatchObject({ key: "ftp-autostart", severity: "medium" });
    expect(result.findings[0]!.evidence.confidence).toBe("medium");
    expect(result.detail).toContain("documented only by third-party code (CBX16911)");
  });

  it("passes for AUTOSTART *NO, or *YES when FTP is approved", () => {
    expect(ftp02Autostart.evaluate(observations({ serverAutostart: autostart(false) }), policy, context()).outcome).toBe("pass");
    expect(ftp02Autostart.evaluate(observations({ serverAutostart: autostart(true) }), ftpApproved, context()).outcome).toBe("pass");
  });

  it("is not assessed when the file cannot be read or has no *FTP record", () => {
    const denied = failedRead(notAuthorized("QUSRSYS.QATOCSTART", "GRTOBJAUT OBJ(QUSRSYS/QATOCSTART) OBJTYPE(*FILE) USER(PORTCUL) AUT(*USE)"));
    const result = ftp02Autostart.evaluate(observations({ serverAutostart: denied }), policy, context());
    expect(result.outcome).toBe("not_assessed");
    expect(result.detail).toContain("GRTOBJAUT OBJ(QUSRSYS/QATOCSTART)");
    expect(ftp02Autostart.evaluate(observations(), policy, context()).outcome).toBe("not_assessed");
  });
});

describe("FTP-03 exposure hours", () => {
  const weekendOnly = [
    { at: new Date("2026-03-14T10:00:00Z"), listening: true },
    { at: new Date("2026-03-14T10:30:00Z"), listening: true },
    { at: new Date("2026-03-14T11:00:00Z"), listening: false },
  ];

  it("fails with the hours FTP listened outside its window", () => {
    const result = ftp03ExposureHours.evaluate(observations(), ftpApproved, context({ ftpListeningHistory: weekendOnly }));
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]).toMatchObject({ key: "ftp-exposure", severity: "medium", title: "FTP listened 1 h outside its window this week" });
    expect(result.detail).toContain("Samples cover 2 h of the last 168 h.");
  });

  it("counts every listening hour when FTP is not approved", () => {
    const weekday = [
      { at: new Date("2026-03-11T10:00:00Z"), listening: true },
      { at: new Date("2026-03-11T10:30:00Z"), listening: false },
    ];
    expect(ftp03ExposureHours.evaluate(observations(), ftpApproved, context({ ftpListeningHistory: weekday })).outcome).toBe("pass");
    const notApproved = ftp03ExposureHours.evaluate(observations(), policy, context({ ftpListeningHistory: weekday }));
    expect(notApproved.outcome).toBe("fail");
    expect(notApproved.findings[0]!.title).toBe("FTP listened 0.5 h outside its window this week");
  });

  it("passes when FTP is approved with no window, and is not assessed without samples", () => {
    const anyTime = resolvePolicy({ approvedServers: ["ftp"], ftpWindow: null });
    expect(ftp03ExposureHours.evaluate(observations(), anyTime, context({ ftpListeningHistory: weekendOnly })).outcome).toBe("pass");
    const none = ftp03ExposureHours.evaluate(observations(), ftpApproved, context());
    expect(none.outcome).toBe("not_assessed");
    expect(none.detail).toContain("No FTP listening samples");
  });

  it("judges gaps between samples by the system's own schedule", () => {
    // Samples two hours apart: a hole for a system scanned every 30 minutes, the normal pace for one scanned every 90.
    const everyTwoHours = [
      { at: new Date("2026-03-14T10:00:00Z"), listening: true },
      { at: new Date("2026-03-14T12:00:00Z"), listening: true },
      { at: new Date("2026-03-14T14:00:00Z"), listening: false },
    ];
    const tight = ftp03ExposureHours.evaluate(observations(), ftpApproved, context({ ftpListeningHistory: everyTwoHours, ftpSampleGapMinutes: 60 }));
    const loose = ftp03ExposureHours.evaluate(observations(), ftpApproved, context({ ftpListeningHistory: everyTwoHours, ftpSampleGapMinutes: 180 }));
    expect(loose.findings[0]!.title).toBe("FTP listened 4 h outside its window this week");
    expect(tight.findings[0]!.title).toBe("FTP listened 2 h outside its window this week");
  });

  it("tolerates exposure up to the policy threshold", () => {
    const lenient = resolvePolicy({ approvedServers: ["ftp"], maxFtpExposureHoursPerWeek: 2 });
    expect(ftp03ExposureHours.evaluate(observations(), lenient, context({ ftpListeningHistory: weekendOnly })).outcome).toBe("pass");
  });
});

describe("FTP-04 exit programs", () => {
  const program = (exitPoint: string) => ({ exitPoint, format: "VLRQ0100", number: 1, library: "SECLIB", program: "FTPEXIT", row: { EXIT_POINT_NAME: exitPoint } });

  it("fails high when FTP runs with no program on either exit point, critical when internet-facing", () => {
    const result = ftp04ExitPrograms.evaluate(ftpRunning, policy, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]).toMatchObject({ key: "ftp-exit-points", severity: "high", title: "FTP runs with no exit program at all" });
    const exposed = ftp04ExitPrograms.evaluate(ftpRunning, resolvePolicy({ internetFacing: true }), context());
    expect(exposed.findings[0]!.severity).toBe("critical");
  });

  it("fails medium when only the logon exit point has a program", () => {
    const result = ftp04ExitPrograms.evaluate(
      { ...ftpRunning, exitPrograms: ok([program("QIBM_QTMF_SVR_LOGON")], ["exit-programs"]) },
      policy,
      context(),
    );
    expect(result.findings[0]).toMatchObject({ severity: "medium", title: "FTP runs without an exit program on QIBM_QTMF_SERVER_REQ" });
  });

  it("passes with both programs, or when FTP is not running", () => {
    const covered = { ...ftpRunning, exitPrograms: ok([program("QIBM_QTMF_SVR_LOGON"), program("QIBM_QTMF_SERVER_REQ")]) };
    expect(ftp04ExitPrograms.evaluate(covered, policy, context()).outcome).toBe("pass");
    expect(ftp04ExitPrograms.evaluate(observations(), policy, context()).outcome).toBe("pass");
  });

  it("is not assessed on a release without EXIT_PROGRAM_INFO", () => {
    const result = ftp04ExitPrograms.evaluate(
      { ...ftpRunning, exitPrograms: failedRead(missingObject("QSYS2.EXIT_PROGRAM_INFO")) },
      policy,
      context(),
    );
    expect(result.outcome).toBe("not_assessed");
    expect(result.detail).toContain("QSYS2.EXIT_PROGRAM_INFO does not exist");
  });
});

describe("FTP-05 clear-text FTP", () => {
  it("fails from an attestation of ALWSSL *YES, saying it is not a reading of the system", () => {
    const attested = resolvePolicy({ attested: { ftpAllowSsl: { value: "*YES", by: "A. Officer", at: "2026-03-01T00:00:00Z" } } });
    const result = ftp05Cleartext.evaluate(ftpRunning, attested, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]!.evidence.determinedBy).toBe("ALWSSL attested by A. Officer on 2026-03-01");
    expect(result.findings[0]!.evidence.confidence).toBe("medium");
    expect(result.detail).toContain("IBM offers no way to read it");
  });

  it("trusts the newer of attestation and what Portcullis applied", () => {
    const attested = resolvePolicy({ attested: { ftpAllowSsl: { value: "*YES", by: "A. Officer", at: "2026-03-01T00:00:00Z" } } });
    const applied = context({ applied: { ftpAllowSsl: { value: "*ONLY", at: new Date("2026-03-10T08:00:00Z") } } });
    const result = ftp05Cleartext.evaluate(ftpRunning, attested, applied);
    expect(result.outcome).toBe("pass");
    expect(result.detail).toContain("applied by Portcullis on 2026-03-10 08:00 UTC");
  });

  it("infers clear text with low confidence from a listener on 21 and none on 990, high severity for remote users", () => {
    const result = ftp05Cleartext.evaluate(ftpRunning, resolvePolicy({ remoteUsers: true }), context());
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]).toMatchObject({ severity: "high" });
    expect(result.findings[0]!.evidence.confidence).toBe("low");
  });

  it("is not assessed when FTP also listens on 990 and nobody recorded ALWSSL, and says how to fix that", () => {
    const result = ftp05Cleartext.evaluate({ ...ftpRunning, listeners: listeners(21, 990) }, policy, context());
    expect(result.outcome).toBe("not_assessed");
    expect(result.detail).toContain("attested.ftpAllowSsl");
    expect(result.detail).toContain("offers TLS on port 990");
  });

  it("passes when FTP is not running", () => {
    expect(ftp05Cleartext.evaluate(observations(), policy, context()).outcome).toBe("pass");
  });
});

describe("FTP-06 FTP function usage", () => {
  const defaults = (...entries: Array<[string, string]>) =>
    ok(entries.map(([functionId, defaultUsage]) => ({ functionId, defaultUsage, row: { FUNCTION_ID: functionId, DEFAULT_USAGE: defaultUsage } })), [
      "ftp-function-defaults",
    ]);

  it("fails listing the IDs that default to allowed", () => {
    const result = ftp06FunctionUsage.evaluate(
      observations({ ftpFunctionDefaults: defaults(["QIBM_QTMF_SERVER_REQ_0", "ALLOWED"], ["QIBM_QTMF_SERVER_REQ_9", "DENIED"]) }),
      policy,
      context(),
    );
    expect(result.outcome).toBe("fail");
    expect(result.detail).toContain("1 FTP server function usage ID(s) default to *ALLOWED: QIBM_QTMF_SERVER_REQ_0.");
    expect(result.findings[0]!.evidence.rows).toEqual([{ FUNCTION_ID: "QIBM_QTMF_SERVER_REQ_0", DEFAULT_USAGE: "ALLOWED" }]);
  });

  it("passes when every ID defaults to denied; not assessed when none is registered", () => {
    expect(ftp06FunctionUsage.evaluate(observations({ ftpFunctionDefaults: defaults(["QIBM_QTMF_SERVER_REQ_0", "DENIED"]) }), policy, context()).outcome).toBe(
      "pass",
    );
    expect(ftp06FunctionUsage.evaluate(observations(), policy, context()).outcome).toBe("not_assessed");
  });
});

describe("FTP-10 REXEC and TFTP", () => {
  it("fails for each unapproved server listening, REXEC on TCP 512 and TFTP on UDP 69", () => {
    const result = ftp10RexecTftp.evaluate(observations({ listeners: ok([listener(512), listener(69, "UDP"), listener(69)]) }), policy, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings.map((f) => f.key)).toEqual(["rexec-server", "tftp-server"]);
  });

  it("ignores TCP 69 and passes approved servers", () => {
    expect(ftp10RexecTftp.evaluate(observations({ listeners: listeners(69) }), policy, context()).outcome).toBe("pass");
    const approved = resolvePolicy({ approvedServers: ["rexec"] });
    expect(ftp10RexecTftp.evaluate(observations({ listeners: listeners(512) }), approved, context()).outcome).toBe("pass");
  });

  it("is not assessed without listeners", () => {
    const result = ftp10RexecTftp.evaluate(observations({ listeners: failedRead(notAuthorized("QSYS2.NETSTAT_INFO")) }), policy, context());
    expect(result.outcome).toBe("not_assessed");
  });
});

describe("FTP-11 sshd hardening", () => {
  const config = (...lines: Array<[string, string]>) =>
    ok(lines.map(([keyword, value], index) => ({ keyword, value, line: index + 1, row: { LINE_NUMBER: index + 1, LINE: `${keyword} ${value}` } })), [
      "sshd-config",
    ]);

  it("passes with AllowGroups and PermitRootLogin no", () => {
    const result = ftp11SshdHardening.evaluate(observations({ sshdConfig: config(["allowgroups", "SSHUSERS"], ["permitrootlogin", "no"]) }), policy, context());
    expect(result.outcome).toBe("pass");
  });

  it("fails naming each missing restriction; the first PermitRootLogin wins", () => {
    const result = ftp11SshdHardening.evaluate(
      observations({ sshdConfig: config(["permitrootlogin", "yes"], ["permitrootlogin", "no"]) }),
      policy,
      context(),
    );
    expect(result.outcome).toBe("fail");
    expect(result.detail).toContain('neither AllowGroups nor AllowUsers limits who may sign on; PermitRootLogin is "yes"');
  });

  it("is not assessed when IFS_READ is missing, naming it", () => {
    const result = ftp11SshdHardening.evaluate(observations({ sshdConfig: failedRead(missingObject("QSYS2.IFS_READ")) }), policy, context());
    expect(result.outcome).toBe("not_assessed");
    expect(result.detail).toContain("QSYS2.IFS_READ does not exist");
  });
});
