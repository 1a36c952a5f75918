import { describe, expect, it } from "vitest";
import { checkCatalogue, evaluateChecks } from "@/lib/checks/catalogue";
import { REMEDIATION_IDS } from "@/lib/checks/check-types";
import type { Observations } from "@/lib/checks/observation-types";
import { observe } from "@/lib/checks/observations";
import { resolvePolicy } from "@/lib/checks/policy";
import { buildReadBatch } from "@/lib/checks/read-batch";
import type { StatementResult } from "@/lib/checks/statement-result";
import { context, failedRead, notAuthorized, observations } from "@/lib/checks/test-support/observation-builders";

describe("checkCatalogue", () => {
  it("holds every check the brief asks for, once each", () => {
    const ids = checkCatalogue.map((check) => check.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual([
      "FTP-01", "FTP-02", "FTP-03", "FTP-04", "FTP-05", "FTP-06", "FTP-10", "FTP-11",
      "SMTP-01", "SMTP-02", "SMTP-03", "SMTP-04", "SMTP-06",
      "NET-01", "NET-02", "NET-04", "NET-05", "NET-06",
      "OUTQ-01", "OUTQ-02", "OUTQ-03", "OUTQ-04", "OUTQ-05", "OUTQ-06", "OUTQ-07", "OUTQ-09", "PRV-01",
      "TLN-01", "TLN-02", "EXT-01", "RMT-01", "RMT-02", "RMT-03",
    ]);
  });

  it("reads only statements that the batch of each of its scan kinds contains", () => {
    for (const check of checkCatalogue) {
      for (const kind of check.scanKinds) {
        const batch = buildReadBatch(kind).map((statement) => statement.id);
        for (const read of check.reads) expect(batch, `${check.id} in a ${kind} scan reads ${read}`).toContain(read);
      }
    }
  });

  it("names only known remediations and explains itself", () => {
    for (const check of checkCatalogue) {
      for (const id of check.remediationIds) expect(REMEDIATION_IDS).toContain(id);
      expect(check.why.length, check.id).toBeGreaterThan(60);
      expect(check.source.length, check.id).toBeGreaterThan(10);
    }
  });
});

describe("evaluateChecks", () => {
  it("runs only the checks of the scan kind", () => {
    const results = evaluateChecks(observations(), resolvePolicy({}), context(), "connections");
    expect(results.map((r) => r.checkId)).toEqual(["FTP-01", "FTP-03", "NET-01", "NET-02", "NET-04", "RMT-01", "RMT-03"]);
  });

  it("never passes silently when nothing could be read", () => {
    const denied = (object: string) => failedRead(notAuthorized(object));
    const blind = Object.fromEntries(
      Object.keys(observations()).map((key) => [key, denied(`QSYS2.${key.toUpperCase()}`)]),
    ) as unknown as Observations;
    const results = evaluateChecks(blind, resolvePolicy({ sensitiveOutputQueues: ["PAYLIB/PAYROLL"], listeningPortBaseline: [22] }), context(), "full");
    const byOutcome = new Map<string, string[]>();
    for (const result of results) byOutcome.set(result.outcome, [...(byOutcome.get(result.outcome) ?? []), result.checkId]);
    expect(byOutcome.get("pass")).toBeUndefined();
    expect(byOutcome.get("partial")).toBeUndefined();
    // NET-04 is the check about visibility itself; FTP-05, SMTP-02 and FTP-03 need knowledge no read gives.
    expect(byOutcome.get("fail")).toEqual(["NET-04"]);
    for (const result of results.filter((r) => r.outcome === "not_assessed")) expect(result.detail.length, result.checkId).toBeGreaterThan(40);
  });

  it("reports a check that throws as not assessed instead of dropping it", () => {
    const broken = { ...observations(), listeners: undefined } as unknown as Observations;
    const results = evaluateChecks(broken, resolvePolicy({}), context(), "connections");
    const ftp01 = results.find((r) => r.checkId === "FTP-01")!;
    expect(ftp01.outcome).toBe("not_assessed");
    expect(ftp01.detail).toContain("this is a Portcullis bug");
  });
});

describe("from db2 results to findings", () => {
  const rows = (...items: Array<Record<string, string | number | null>>): StatementResult => ({ kind: "rows", columns: Object.keys(items[0] ?? {}), rows: items });

  it("finds a neglected 7.5 system's FTP, Telnet and spool problems from one batch", () => {
    const statements = buildReadBatch("full");
    const answers: Record<string, StatementResult> = {
      "probe-release": rows({ OS_VERSION: "7", OS_RELEASE: "5", SIGNED_ON_PROFILE: "PORTCUL" }),
      "probe-authorities": rows({ AUTHORIZATION_NAME: "PORTCUL", SPECIAL_AUTHORITIES: "*ALLOBJ *SPLCTL" }),
      "ftp-jobs": rows({ JOB_NAME: "123456/QTCP/QTFTP01234", JOB_STATUS: "LSTW" }),
      "net-listeners": rows(
        { PROTOCOL: "TCP", LOCAL_ADDRESS: "0.0.0.0", LOCAL_PORT: 21 },
        { PROTOCOL: "TCP", LOCAL_ADDRESS: "0.0.0.0", LOCAL_PORT: 23 },
      ),
      "net-connections": rows({ REMOTE_ADDRESS: "203.0.113.7", REMOTE_PORT: 50211, LOCAL_ADDRESS: "10.1.1.5", LOCAL_PORT: 23, IDLE_TIME: 3 }),
      "telnet-attributes": rows({ AUTOSTART_SERVER: "*YES", ALLOW_TRANSPORT_LAYER_SECURITY: "*YES" }),
      "outq-info": rows({
        OUTPUT_QUEUE_LIBRARY_NAME: "QGPL",
        OUTPUT_QUEUE_NAME: "PRT01",
        NUMBER_OF_FILES: 4,
        DISPLAY_ANY_FILE: "*YES",
        OPERATOR_CONTROLLED: "*YES",
        AUTHORITY_TO_CHECK: "*OWNER",
      }),
    };
    const results = statements.map((s): StatementResult => answers[s.id] ?? (s.sql.startsWith("SELECT") ? rows() : { kind: "ok" }));
    const checks = evaluateChecks(observe(statements, results), resolvePolicy({}), context(), "full");
    const failing = checks.filter((c) => c.outcome === "fail").flatMap((c) => c.findings.map((f) => `${c.checkId} ${f.key}`));
    expect(failing).toEqual([
      "FTP-01 ftp-server",
      "FTP-04 ftp-exit-points",
      "FTP-05 ftp-cleartext",
      // An empty sshd_config answer is OpenSSH's defaults: nobody restricted.
      "FTP-11 sshd-config",
      "NET-01 203.0.113.7|23",
      "NET-06 socket-exit-points",
      "OUTQ-01 QGPL/PRT01",
      "TLN-01 telnet-cleartext",
      "EXT-01 ftp",
      "EXT-01 telnet",
      "RMT-01 telnet-cleartext-sessions",
    ]);
  });
});
