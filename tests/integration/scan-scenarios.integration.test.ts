import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { startScannedFleet, type ScannedFleet } from "./support/scanned-fleet";

/**
 * Each shipped scenario scanned through the real path. The expected findings are written by hand
 * from simulator/scenarios/*.json (plus IBM's shipped profiles and objects, and the demo's day-one
 * policy: PAY* and HR* queues sensitive, the service profile an approved holder, 10.20.0.0/16
 * trusted), not copied from a run. Keys: NET-01 "address|local port", spool checks "LIB/QUEUE",
 * authority checks the profile name.
 */

let fleet: ScannedFleet;

beforeAll(async () => {
  fleet = await startScannedFleet(["neglected-production", "hardened", "v76-no-iosyscfg-view", "old-73"]);
});

afterAll(async () => {
  await fleet.close();
  await prisma.$disconnect();
});

const NEGLECTED_PRODUCTION = [
  // FTP running, autostarting, no exit program, only port 21 (ALWSSL *NO), REXEC up, sshd_config as shipped
  "FTP-01 ftp-server",
  "FTP-02 ftp-autostart",
  "FTP-04 ftp-exit-points",
  "FTP-05 ftp-cleartext",
  "FTP-06 ftp-function-usage",
  "FTP-10 rexec-server",
  "FTP-11 sshd-config",
  // SMTP running without approval, accept-all entry, no reject entries
  "SMTP-01 smtp-autostart",
  "SMTP-01 smtp-server",
  "SMTP-03 0.0.0.0/0.0.0.0",
  "SMTP-04 smtp-no-reject",
  // sessions from outside 10.20.0.0/16 (10.20.30.41 on 8471 is trusted)
  "NET-01 192.0.2.77|21",
  "NET-01 198.51.100.23|23",
  "NET-01 203.0.113.45|23",
  "NET-01 45.33.12.9|25",
  "NET-05 endtcpcnn-public",
  "NET-06 socket-exit-points",
  // PAYLIB/PAYROLL: DSPDTA *YES, OPRCTL *YES, *PUBLIC *USE; QGPL/HRREPORTS: *PUBLIC *CHANGE with AUTCHK *DTAAUT
  "OUTQ-01 PAYLIB/PAYROLL",
  "OUTQ-01 QGPL/HRREPORTS",
  "OUTQ-02 PAYLIB/PAYROLL",
  "OUTQ-02 QGPL/HRREPORTS",
  "OUTQ-03 PAYLIB/PAYROLL",
  "OUTQ-03 QGPL/HRREPORTS",
  "OUTQ-04 QGPL/HRREPORTS",
  "OUTQ-07 PAYLIB",
  "OUTQ-07 QGPL",
  "OUTQ-09 PAYLIB/PAYROLL",
  "OUTQ-09 QGPL/HRREPORTS",
  // *SPLCTL through SPOOLGRP (group or supplemental), *JOBCTL through OPSGRP and JSMITH directly
  "OUTQ-05 HELPDESK",
  "OUTQ-05 PAYCLERK",
  "OUTQ-05 SPOOLGRP",
  "OUTQ-05 TEMPUSER",
  "OUTQ-06 HELPDESK",
  "OUTQ-06 JSMITH",
  "OUTQ-06 OPERATOR",
  "OUTQ-06 OPSGRP",
  "OUTQ-06 TEMPUSER",
  // 8 *SPLCTL holders (limit 5), 11 *JOBCTL holders (limit 10)
  "PRV-01 *JOBCTL",
  "PRV-01 *SPLCTL",
  // Telnet on 23 only with two clear-text sessions, QAUTOVRT 500, both HTTP instances serve clear text, FTP used
  "TLN-01 telnet-cleartext",
  "TLN-02 QAUTOVRT",
  "RMT-01 telnet-cleartext-sessions",
  "RMT-02 ADMIN",
  "RMT-02 WEBAPP",
  "RMT-03 ftp-in-use",
  // nothing guards FTP, REXEC, Telnet or the seven host servers
  "EXT-01 as-central",
  "EXT-01 as-database",
  "EXT-01 as-dtaq",
  "EXT-01 as-file",
  "EXT-01 as-netprt",
  "EXT-01 as-rmtcmd",
  "EXT-01 as-signon",
  "EXT-01 ftp",
  "EXT-01 rexec",
  "EXT-01 telnet",
].sort();

// SMTP runs (not in the default approved servers) and OPERATOR holds *JOBCTL without approval;
// everything else is done right.
const HARDENED = ["OUTQ-06 OPERATOR", "SMTP-01 smtp-autostart", "SMTP-01 smtp-server"].sort();

const V76_NO_IOSYSCFG_VIEW = [
  "FTP-01 ftp-server",
  "FTP-02 ftp-autostart",
  "FTP-04 ftp-exit-points",
  "FTP-06 ftp-function-usage",
  "FTP-11 sshd-config",
  "SMTP-01 smtp-server",
  "SMTP-03 10.1.0.0/255.255.0.0",
  "SMTP-04 smtp-no-reject",
  // NETADMIN holds *IOSYSCFG, not approved
  "SMTP-06 NETADMIN",
  // NETSTAT_JOB_INFO refuses a profile without *IOSYSCFG or QIBM_IOSYSCFG_VIEW on 7.6
  "NET-04 connection-visibility",
  "NET-06 socket-exit-points",
  // PAYROLL: DSPDTA *NO (not *OWNER) on a sensitive queue, OPRCTL *YES; PAYLIB *PUBLIC *USE
  "OUTQ-01 PAYLIB/PAYROLL",
  "OUTQ-03 PAYLIB/PAYROLL",
  "OUTQ-07 PAYLIB",
  // Telnet attributes unreadable: the port-23 listener and its session are clear text
  "TLN-01 telnet-cleartext",
  "TLN-02 QAUTOVRT",
  "RMT-01 telnet-cleartext-sessions",
  "RMT-02 WEBAPP",
  "EXT-01 as-central",
  "EXT-01 as-database",
  "EXT-01 as-dtaq",
  "EXT-01 as-file",
  "EXT-01 as-netprt",
  "EXT-01 as-rmtcmd",
  "EXT-01 as-signon",
  "EXT-01 ftp",
  "EXT-01 telnet",
].sort();

const OLD_73 = [
  "FTP-01 ftp-server",
  "FTP-02 ftp-autostart",
  "FTP-05 ftp-cleartext",
  "FTP-06 ftp-function-usage",
  // PAYROLL: DSPDTA *YES, OPRCTL *YES, *PUBLIC *USE, in a *PUBLIC *USE library
  "OUTQ-01 PAYLIB/PAYROLL",
  "OUTQ-02 PAYLIB/PAYROLL",
  "OUTQ-03 PAYLIB/PAYROLL",
  "OUTQ-07 PAYLIB",
  "OUTQ-09 PAYLIB/PAYROLL",
  // *SPLCTL through group PRTGRP: 6 holders
  "OUTQ-05 PAYCLERK",
  "OUTQ-05 PRTGRP",
  "PRV-01 *SPLCTL",
  "TLN-01 telnet-cleartext",
  "TLN-02 QAUTOVRT",
  "RMT-01 telnet-cleartext-sessions",
].sort();

describe("scanning each scenario", () => {
  test("neglected production: every exposure the scenario plants is found, in one exec", async () => {
    const scan = await fleet.scan("NP0001");
    expect(scan).toMatchObject({ status: "succeeded", errorType: null });
    expect(scan.execRoundTrips).toBeLessThanOrEqual(2);
    expect(await fleet.openFindings("NP0001")).toEqual(NEGLECTED_PRODUCTION);
  });

  test("hardened: only what its policy has not approved yet", async () => {
    expect((await fleet.scan("HD0002")).status).toBe("succeeded");
    expect(await fleet.openFindings("HD0002")).toEqual(HARDENED);
  });

  test("7.6 without QIBM_IOSYSCFG_VIEW: what it cannot read is not assessed, never passed", async () => {
    expect((await fleet.scan("V60003")).status).toBe("succeeded");
    expect(await fleet.openFindings("V60003")).toEqual(V76_NO_IOSYSCFG_VIEW);
    const telnetAttributes = await prisma.checkResult.findFirst({ where: { systemId: fleet.systemId("V60003"), checkId: "TLN-01" }, orderBy: { id: "desc" } });
    expect(telnetAttributes?.outcome).toBe("fail");
  });

  test("old 7.3: checks whose services are missing say so and grant nothing", async () => {
    expect((await fleet.scan("OL0004")).status).toBe("succeeded");
    expect(await fleet.openFindings("OL0004")).toEqual(OLD_73);
    const notAssessed = await prisma.checkResult.findMany({ where: { systemId: fleet.systemId("OL0004"), outcome: "not_assessed" }, select: { checkId: true, detail: true } });
    const byCheck = new Map(notAssessed.map((result) => [result.checkId, JSON.stringify(result.detail)]));
    expect(byCheck.get("EXT-01")).toMatch(/EXIT_PROGRAM_INFO/);
    expect(byCheck.get("FTP-04")).toMatch(/EXIT_PROGRAM_INFO/);
    expect(byCheck.get("RMT-02")).toMatch(/HTTP_SERVER_INFO/);
    expect(byCheck.get("FTP-11")).toMatch(/IFS_READ/);
  });
});
