import { describe, expect, it } from "vitest";
import { observe } from "@/lib/checks/observations";
import { buildReadBatch, type ReadStatement, type StatementId } from "@/lib/checks/read-batch";
import type { Row, StatementResult } from "@/lib/checks/statement-result";

const rows = (...items: Row[]): StatementResult => ({ kind: "rows", columns: Object.keys(items[0] ?? {}), rows: items });
const error = (sqlstate: string, nativeError: number, message: string): StatementResult => ({ kind: "error", sqlstate, nativeError, message });

const release = (version: string, rel: string, profile = "PORTCUL") =>
  rows({ OS_VERSION: version, OS_RELEASE: rel, SIGNED_ON_PROFILE: profile });

/** Results aligned with the batch; statements a test does not mention answer with no rows. */
function run(answers: Partial<Record<StatementId, StatementResult | undefined>>, statements: ReadStatement[] = buildReadBatch("full")) {
  const results = statements.map((s) => (s.id in answers ? answers[s.id] : s.sql.startsWith("SELECT") ? rows() : { kind: "ok" as const }));
  return observe(statements, results);
}

const allServices = rows(
  ...["NETSTAT_INFO", "NETSTAT_JOB_INFO", "TELNET_SERVER_ATTRIBUTES", "USER_INFO", "OUTPUT_QUEUE_INFO", "OBJECT_PRIVILEGES"].map(
    (name) => ({ SERVICE_NAME: name }),
  ),
);

describe("observe: probes", () => {
  it("reads the release and the signed-on profile, and adds group special authorities to the profile's own", () => {
    const result = run({
      "probe-release": release("7", "5", "portcul"),
      "probe-authorities": rows(
        { AUTHORIZATION_NAME: "PORTCUL", SPECIAL_AUTHORITIES: "*IOSYSCFG" },
        { AUTHORIZATION_NAME: "SECGRP", SPECIAL_AUTHORITIES: "*ALLOBJ  *SPLCTL" },
      ),
    });
    expect(result.release.ok && result.release.value).toEqual({ release: "7.5", profile: "PORTCUL" });
    expect(result.profile.ok && result.profile.value).toEqual({
      profile: "PORTCUL",
      direct: ["*IOSYSCFG"],
      groups: [{ name: "SECGRP", specialAuthorities: ["*ALLOBJ", "*SPLCTL"] }],
      effective: ["*ALLOBJ", "*IOSYSCFG", "*SPLCTL"],
    });
  });

  it("says a result is missing when the batch stopped early, with the sshd cause", () => {
    const statements = buildReadBatch("full");
    const result = observe(statements, [release("7", "5")]);
    expect(result.release.ok).toBe(true);
    expect(result.listeners.ok).toBe(false);
    if (!result.listeners.ok) {
      expect(result.listeners.failure.kind).toBe("no-result");
      expect(result.listeners.failure.explanation).toContain("ENDTCPSVR SERVER(*SSHD)");
    }
  });

  it("says a statement did not run when QZDFMDB2 stopped after an earlier failure", () => {
    const result = run({ "probe-release": release("7", "5"), "sshd-config": { kind: "not-run" } });
    expect(!result.sshdConfig.ok && result.sshdConfig.failure.explanation).toContain("stopped after an earlier statement");
  });

  it("marks values a connection scan does not read as not in scan", () => {
    const result = run({ "probe-release": release("7", "4") }, buildReadBatch("connections"));
    expect(result.telnetAttributes.ok).toBe(false);
    if (!result.telnetAttributes.ok) expect(result.telnetAttributes.failure.kind).toBe("not-in-scan");
    expect(result.connections.ok).toBe(true);
  });
});

describe("observe: failed reads keep why", () => {
  it("names the missing service, the release and the PTF group for SQLSTATE 42704", () => {
    const result = run({
      "probe-release": release("7", "4"),
      "telnet-attributes": error("42704", -204, "TELNET_SERVER_ATTRIBUTES in QSYS2 type *FILE not found."),
    });
    expect(result.telnetAttributes.ok).toBe(false);
    if (result.telnetAttributes.ok) return;
    expect(result.telnetAttributes.failure.kind).toBe("missing-object");
    expect(result.telnetAttributes.failure.explanation).toBe(
      "QSYS2.TELNET_SERVER_ATTRIBUTES does not exist on this system (IBM i 7.4). It is available on IBM i 7.5 base; 7.4 " +
        "through a Db2 PTF group (level unconfirmed); apply the current Db2 PTF group (SF99704) to get it.",
    );
    expect(result.telnetAttributes.statementIds).toEqual(["telnet-attributes"]);
  });

  it("treats a failure of a service SERVICES_INFO does not list as missing, whatever the SQLSTATE", () => {
    const result = run({
      "probe-release": release("7", "3"),
      "probe-services": allServices,
      "http-servers": error("58004", -901, "SQL system error."),
    });
    expect(!result.httpServers.ok && result.httpServers.failure.kind).toBe("missing-object");
  });

  it("reports a 7.6 authority error with the needed function usage and the CL that grants it", () => {
    const result = run({
      "probe-release": release("7", "6"),
      "probe-services": allServices,
      "probe-authorities": rows({ AUTHORIZATION_NAME: "PORTCUL", SPECIAL_AUTHORITIES: "*ALLOBJ" }),
      "net-connections": rows({ REMOTE_ADDRESS: "203.0.113.7", REMOTE_PORT: 50211, LOCAL_ADDRESS: "10.1.1.5", LOCAL_PORT: 23, IDLE_TIME: 4 }),
      "net-connection-jobs": error("42501", -551, "Not authorized to object NETSTAT_JOB_INFO in QSYS2 type *FILE."),
    });
    expect(result.connectionJobs.ok).toBe(false);
    if (result.connectionJobs.ok) return;
    const failure = result.connectionJobs.failure;
    expect(failure.kind).toBe("not-authorized");
    if (failure.kind !== "not-authorized") return;
    expect(failure.grantCl).toBe("CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER(PORTCUL) USAGE(*ALLOWED)");
    expect(failure.needs).toContain("QIBM_IOSYSCFG_VIEW");
    expect(failure.explanation).toContain("*ALLOBJ does not grant it");
    // The connections themselves were readable; they simply carry no job.
    expect(result.connections.ok && result.connections.value).toEqual([
      {
        remoteAddress: "203.0.113.7",
        remotePort: 50211,
        localAddress: "10.1.1.5",
        localPort: 23,
        idleSeconds: 4,
        jobName: null,
        user: null,
        row: { REMOTE_ADDRESS: "203.0.113.7", REMOTE_PORT: 50211, LOCAL_ADDRESS: "10.1.1.5", LOCAL_PORT: 23, IDLE_TIME: 4 },
      },
    ]);
  });

  it("spells out a CHGUSRPRF that keeps the profile's current special authorities", () => {
    const result = run({
      "probe-release": release("7", "5"),
      "probe-authorities": rows({ AUTHORIZATION_NAME: "PORTCUL", SPECIAL_AUTHORITIES: "*IOSYSCFG *JOBCTL" }),
      "probe-function-usage": error("42501", -551, "Not authorized."),
    });
    const failure = !result.functionUsage.ok ? result.functionUsage.failure : null;
    expect(failure?.kind === "not-authorized" && failure.grantCl).toBe("CHGUSRPRF USRPRF(PORTCUL) SPCAUT(*IOSYSCFG *JOBCTL *SECADM)");
  });

  it("keeps the text of any other SQL error", () => {
    const result = run({
      "probe-release": release("7", "5"),
      "probe-services": rows({ SERVICE_NAME: "IFS_READ" }),
      "sshd-config": error("57017", -332, "Character conversion not defined. "),
    });
    expect(!result.sshdConfig.ok && result.sshdConfig.failure).toMatchObject({
      kind: "sql-error",
      sqlstate: "57017",
      nativeError: -332,
      message: "Character conversion not defined.",
    });
  });
});

describe("observe: values", () => {
  it("joins connections with the job and user that own them", () => {
    const result = run({
      "net-connections": rows(
        { REMOTE_ADDRESS: "10.2.3.4", REMOTE_PORT: 50001, LOCAL_ADDRESS: "10.1.1.5", LOCAL_PORT: 8471, IDLE_TIME: 0 },
        { REMOTE_ADDRESS: "10.2.3.5", REMOTE_PORT: 50002, LOCAL_ADDRESS: "10.1.1.5", LOCAL_PORT: 22, IDLE_TIME: 9 },
      ),
      "net-connection-jobs": rows({ REMOTE_ADDRESS: "10.2.3.4", REMOTE_PORT: 50001, LOCAL_PORT: 8471, JOB_NAME: "123456/QUSER/QZDASOINIT", AUTHORIZATION_NAME: "jsmith" }),
    });
    const connections = result.connections.ok ? result.connections.value : [];
    expect(connections.map((c) => [c.remoteAddress, c.jobName, c.user])).toEqual([
      ["10.2.3.4", "123456/QUSER/QZDASOINIT", "JSMITH"],
      ["10.2.3.5", null, null],
    ]);
  });

  it("normalises IBM spellings: *YES, YES, blank-padded CHAR fields and a leading *", () => {
    const result = run({
      "tcp-autostart": rows(
        { SERVER: "*FTP      ", AUTOSTART: "*YES" },
        { SERVER: "*SMTP     ", AUTOSTART: "*NO " },
        { SERVER: "*TELNET   ", AUTOSTART: "    " },
      ),
      "telnet-attributes": rows({ AUTOSTART_SERVER: "*YES", ALLOW_TRANSPORT_LAYER_SECURITY: "*ONLY" }),
      "outq-info": rows({
        OUTPUT_QUEUE_LIBRARY_NAME: "PAYLIB",
        OUTPUT_QUEUE_NAME: "PAYROLL",
        NUMBER_OF_FILES: 12,
        DISPLAY_ANY_FILE: "*OWNER",
        OPERATOR_CONTROLLED: "NO",
        AUTHORITY_TO_CHECK: "*DTAAUT",
      }),
    });
    expect(result.serverAutostart.ok && result.serverAutostart.value.map((s) => [s.server, s.autostart])).toEqual([
      ["FTP", true],
      ["SMTP", false],
      ["TELNET", null],
    ]);
    expect(result.telnetAttributes.ok && [result.telnetAttributes.value.autostart, result.telnetAttributes.value.allowTls]).toEqual([true, "ONLY"]);
    const [queue] = result.outputQueues.ok ? result.outputQueues.value : [];
    expect([queue?.displayAnyFile, queue?.operatorControlled, queue?.authorityToCheck, queue?.files]).toEqual(["OWNER", "NO", "DTAAUT", 12]);
  });

  it("reads sshd_config directives up to the first Match block", () => {
    const result = run({
      "sshd-config": rows(
        { LINE_NUMBER: 14, LINE: "PermitRootLogin no" },
        { LINE_NUMBER: 3, LINE: "Port=2222" },
        { LINE_NUMBER: 20, LINE: "Match Group admins" },
        { LINE_NUMBER: 21, LINE: "  AllowTcpForwarding yes" },
      ),
    });
    expect(result.sshdConfig.ok && result.sshdConfig.value.map((d) => [d.keyword, d.value, d.line])).toEqual([
      ["port", "2222", 3],
      ["permitrootlogin", "no", 14],
    ]);
  });
});

describe("observe: completeness of inventories", () => {
  it("marks the output-queue inventory partial when the profile lacks *SPLCTL, naming the grant", () => {
    const result = run({
      "probe-release": release("7", "5"),
      "probe-authorities": rows({ AUTHORIZATION_NAME: "PORTCUL", SPECIAL_AUTHORITIES: "*IOSYSCFG" }),
    });
    expect(result.outputQueues.ok && result.outputQueues.incomplete).toEqual({
      reason:
        "PORTCUL lacks *SPLCTL, so this list shows only what it may see: it needs *SPLCTL (OUTPUT_QUEUE_INFO lists only the queues the caller may read).",
      grantCl: "CHGUSRPRF USRPRF(PORTCUL) SPCAUT(*IOSYSCFG *SPLCTL)",
    });
    expect(result.specialAuthorityHolders.ok && result.specialAuthorityHolders.incomplete?.grantCl).toBe(
      "CHGUSRPRF USRPRF(PORTCUL) SPCAUT(*IOSYSCFG *ALLOBJ)",
    );
  });

  it("counts special authorities from a group and function usage granted to a group", () => {
    const result = run({
      "probe-release": release("7", "5"),
      "probe-authorities": rows(
        { AUTHORIZATION_NAME: "PORTCUL", SPECIAL_AUTHORITIES: "*NONE" },
        { AUTHORIZATION_NAME: "AUDITORS", SPECIAL_AUTHORITIES: "*SPLCTL" },
      ),
      "probe-function-usage": rows({ FUNCTION_ID: "QIBM_DB_SECADM", USER_NAME: "AUDITORS", USAGE: "ALLOWED", USER_TYPE: "GROUP" }),
    });
    expect(result.outputQueues.ok && result.outputQueues.incomplete).toBeNull();
    expect(result.outputQueuePrivileges.ok && result.outputQueuePrivileges.incomplete).toBeNull();
    // USER_INFO still needs *ALLOBJ, which neither the profile nor its group has.
    expect(result.specialAuthorityHolders.ok && result.specialAuthorityHolders.incomplete).not.toBeNull();
  });

  it("lets the profile's own DENIED function usage win over its group's ALLOWED", () => {
    const result = run({
      "probe-release": release("7", "5"),
      "probe-authorities": rows({ AUTHORIZATION_NAME: "PORTCUL", SPECIAL_AUTHORITIES: "" }, { AUTHORIZATION_NAME: "AUDITORS", SPECIAL_AUTHORITIES: "" }),
      "probe-function-usage": rows(
        { FUNCTION_ID: "QIBM_DB_SECADM", USER_NAME: "AUDITORS", USAGE: "ALLOWED", USER_TYPE: "GROUP" },
        { FUNCTION_ID: "QIBM_DB_SECADM", USER_NAME: "PORTCUL", USAGE: "DENIED", USER_TYPE: "USER" },
      ),
    });
    expect(result.outputQueuePrivileges.ok && result.outputQueuePrivileges.incomplete).not.toBeNull();
  });
});

describe("observe: SMTP accept list through the QTEMP alias", () => {
  it("recognises address and mask in the member's fields", () => {
    const result = run({
      "smtp-accept-entries": rows(
        { INTNETADR: "10.1.1.0       ", SUBNETMASK: "255.255.255.0  ", HOSTNAME: "" },
        { INTNETADR: "127.0.0.1", SUBNETMASK: "255.255.255.255", HOSTNAME: "" },
      ),
    });
    expect(result.smtpAcceptList.ok && result.smtpAcceptList.value.map((e) => [e.address, e.mask, e.prefix])).toEqual([
      ["10.1.1.0", "255.255.255.0", 24],
      ["127.0.0.1", "255.255.255.255", 32],
    ]);
    expect(result.smtpAcceptList.statementIds).toEqual(["smtp-accept-alias", "smtp-accept-entries", "smtp-accept-alias-drop"]);
  });

  it("reads an empty list when the ACCEPTRLY member does not exist", () => {
    const result = run({
      "smtp-list-members": rows({ SYSTEM_TABLE_MEMBER: "NEARDMN", NUMBER_ROWS: 2 }),
      "smtp-accept-entries": error("42704", -204, "Member ACCEPTRLY not found."),
    });
    expect(result.smtpAcceptList.ok).toBe(true);
    if (!result.smtpAcceptList.ok) return;
    expect(result.smtpAcceptList.value).toEqual([]);
    expect(result.smtpAcceptList.notes[0]).toContain("no member ACCEPTRLY");
  });

  it("fails when the alias cannot be created, naming CRTDDMF", () => {
    const result = run({
      "probe-release": release("7", "5"),
      "smtp-accept-alias": error("42501", -551, "Not authorized to CRTDDMF."),
      "smtp-accept-entries": error("42704", -204, "Alias not found."),
    });
    expect(!result.smtpAcceptList.ok && result.smtpAcceptList.failure.explanation).toContain(
      "GRTOBJAUT OBJ(QSYS/CRTDDMF) OBJTYPE(*CMD) USER(PORTCUL) AUT(*USE)",
    );
  });
});
