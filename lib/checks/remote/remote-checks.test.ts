import { describe, expect, it } from "vitest";
import { resolvePolicy } from "@/lib/checks/policy";
import { ext01ExitPointCoverage } from "@/lib/checks/remote/ext-01-exit-point-coverage";
import { rmt01TelnetCleartextSessions } from "@/lib/checks/remote/rmt-01-telnet-cleartext-sessions";
import { rmt02HttpCleartext } from "@/lib/checks/remote/rmt-02-http-cleartext";
import { rmt03SftpInsteadOfFtp } from "@/lib/checks/remote/rmt-03-sftp-instead-of-ftp";
import { tln01TelnetCleartext } from "@/lib/checks/remote/tln-01-telnet-cleartext";
import { tln02AutoVirtualDevices } from "@/lib/checks/remote/tln-02-auto-virtual-devices";
import {
  connection,
  context,
  failedRead,
  listener,
  listeners,
  missingObject,
  notAuthorized,
  observations,
  ok,
} from "@/lib/checks/test-support/observation-builders";

const policy = resolvePolicy({});
const telnet = (allowTls: string, autostart: boolean) =>
  ok({ autostart, allowTls, row: { AUTOSTART_SERVER: autostart ? "*YES" : "*NO", ALLOW_TRANSPORT_LAYER_SECURITY: `*${allowTls}` } }, ["telnet-attributes"]);

describe("TLN-01 Telnet clear text", () => {
  it("fails for ALWSSL *YES with a listener on 23, from the attribute itself", () => {
    const result = tln01TelnetCleartext.evaluate(observations({ telnetAttributes: telnet("YES", true), listeners: listeners(23, 992) }), policy, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]).toMatchObject({ key: "telnet-cleartext", severity: "high" });
    expect(result.findings[0]!.evidence.confidence).toBe("high");
    expect(result.detail).toContain("ALWSSL *YES, listening on port 23, starts with TCP/IP");
  });

  it("passes for *ONLY, and for a stopped, non-autostarting server", () => {
    expect(tln01TelnetCleartext.evaluate(observations({ telnetAttributes: telnet("ONLY", true), listeners: listeners(992) }), policy, context()).outcome).toBe(
      "pass",
    );
    expect(tln01TelnetCleartext.evaluate(observations({ telnetAttributes: telnet("NO", false), listeners: listeners(22) }), policy, context()).outcome).toBe(
      "pass",
    );
  });

  it("falls back to the port-23 listener with medium confidence when 7.6 refuses the attributes", () => {
    const denied = failedRead(notAuthorized("QSYS2.TELNET_SERVER_ATTRIBUTES"));
    const result = tln01TelnetCleartext.evaluate(observations({ telnetAttributes: denied, listeners: listeners(23) }), policy, context());
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]!.evidence.confidence).toBe("medium");
    expect(result.detail).toContain("CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW)");
  });

  it("is partial with no port 23 listener and unreadable attributes, not assessed with neither", () => {
    const missing = failedRead(missingObject("QSYS2.TELNET_SERVER_ATTRIBUTES"));
    expect(tln01TelnetCleartext.evaluate(observations({ telnetAttributes: missing, listeners: listeners(992) }), policy, context()).outcome).toBe("partial");
    const none = tln01TelnetCleartext.evaluate(
      observations({ telnetAttributes: missing, listeners: failedRead(notAuthorized("QSYS2.NETSTAT_INFO")) }),
      policy,
      context(),
    );
    expect(none.outcome).toBe("not_assessed");
    expect(none.detail).toContain("QSYS2.TELNET_SERVER_ATTRIBUTES does not exist");
  });
});

describe("TLN-02 QAUTOVRT", () => {
  const qautovrt = (numeric: number | null, character: string | null = null) =>
    ok([{ name: "QAUTOVRT", numeric, character, row: { SYSTEM_VALUE_NAME: "QAUTOVRT", CURRENT_NUMERIC_VALUE: numeric } }], ["system-values"]);

  it("fails above the policy maximum and for *NOMAX", () => {
    expect(tln02AutoVirtualDevices.evaluate(observations({ systemValues: qautovrt(20) }), policy, context()).findings[0]!.title).toBe(
      "QAUTOVRT allows 20 automatic virtual devices",
    );
    expect(tln02AutoVirtualDevices.evaluate(observations({ systemValues: qautovrt(null, "*NOMAX") }), policy, context()).outcome).toBe("fail");
  });

  it("passes at or under the maximum; not assessed without the value", () => {
    expect(tln02AutoVirtualDevices.evaluate(observations({ systemValues: qautovrt(0) }), policy, context()).outcome).toBe("pass");
    expect(tln02AutoVirtualDevices.evaluate(observations({ systemValues: qautovrt(5) }), resolvePolicy({ maxAutoVirtualDevices: 5 }), context()).outcome).toBe(
      "pass",
    );
    expect(tln02AutoVirtualDevices.evaluate(observations(), policy, context()).outcome).toBe("not_assessed");
  });
});

describe("EXT-01 exit-point coverage", () => {
  const program = (exitPoint: string) => ({ exitPoint, format: "X", number: 1, library: "SECLIB", program: "EXITPGM", row: { EXIT_POINT_NAME: exitPoint } });

  it("fails for each running server without a program, and passes covered ones", () => {
    const result = ext01ExitPointCoverage.evaluate(
      observations({
        listeners: ok([listener(21), listener(23), listener(8471), listener(9476), listener(69, "UDP")]),
        exitPrograms: ok([program("QIBM_QZDA_INIT"), program("QIBM_QTMF_SVR_LOGON")]),
      }),
      policy,
      context(),
    );
    expect(result.outcome).toBe("fail");
    expect(result.findings.map((f) => [f.key, f.severity])).toEqual([
      ["tftp", "high"],
      ["telnet", "high"],
      ["as-signon", "high"],
    ]);
    expect(result.detail).toContain("Covered: FTP server (SECLIB/EXITPGM); Database host server (SECLIB/EXITPGM).");
  });

  it("lowers the severity when a socket accept exit program sees the connections", () => {
    const result = ext01ExitPointCoverage.evaluate(
      observations({ listeners: listeners(23), exitPrograms: ok([program("QIBM_QSO_ACCEPT")]) }),
      policy,
      context(),
    );
    expect(result.findings[0]!.severity).toBe("medium");
  });

  it("passes when nothing runs uncovered; not assessed without registrations", () => {
    expect(ext01ExitPointCoverage.evaluate(observations({ listeners: listeners(22) }), policy, context()).outcome).toBe("pass");
    expect(ext01ExitPointCoverage.evaluate(observations({ exitPrograms: failedRead(missingObject("QSYS2.EXIT_PROGRAM_INFO")) }), policy, context()).outcome).toBe(
      "not_assessed",
    );
  });
});

describe("RMT-01 clear-text Telnet sessions", () => {
  it("fails for sessions on 23 and counts TLS sessions on 992 separately", () => {
    const result = rmt01TelnetCleartextSessions.evaluate(
      observations({
        connections: ok([connection("203.0.113.7", 23, { user: "JSMITH" }), connection("10.1.1.8", 992), connection("127.0.0.1", 23)]),
      }),
      policy,
      context(),
    );
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]!.title).toBe("1 clear-text 5250 session on port 23");
    expect(result.detail).toBe(
      "1 session on port 23 (clear text), 1 on 992 (TLS). Clear-text sessions from: 203.0.113.7 (JSMITH). Move these users to TLS (port 992) and set CHGTELNA ALWSSL(*ONLY).",
    );
  });

  it("passes with TLS sessions only; not assessed without connections", () => {
    expect(rmt01TelnetCleartextSessions.evaluate(observations({ connections: ok([connection("10.1.1.8", 992)]) }), policy, context()).outcome).toBe("pass");
    expect(rmt01TelnetCleartextSessions.evaluate(observations({ connections: failedRead(notAuthorized("QSYS2.NETSTAT_INFO")) }), policy, context()).outcome).toBe(
      "not_assessed",
    );
  });
});

describe("RMT-02 HTTP clear text", () => {
  const instance = (server: string, httpFunction: string, normal: number, ssl: number) => ({
    server,
    httpFunction,
    normalConnections: normal,
    sslConnections: ssl,
    row: { SERVER_NAME: server, HTTP_FUNCTION: httpFunction, SERVER_NORMAL_CONNECTIONS: normal, SERVER_SSL_CONNECTIONS: ssl },
  });

  it("fails per instance that served clear-text connections, high for remote users", () => {
    const servers = ok([instance("APPSRV", "PROXY", 12, 0), instance("APPSRV", "SSL", 0, 40), instance("SECURE", "SSL", 0, 80)]);
    const result = rmt02HttpCleartext.evaluate(observations({ httpServers: servers }), resolvePolicy({ remoteUsers: true }), context());
    expect(result.findings.map((f) => [f.key, f.severity])).toEqual([["APPSRV", "high"]]);
    expect(result.findings[0]!.evidence.rows).toHaveLength(2);
  });

  it("passes with TLS only or no instance; not assessed when the service is missing", () => {
    expect(rmt02HttpCleartext.evaluate(observations({ httpServers: ok([instance("SECURE", "SSL", 0, 5)]) }), policy, context()).outcome).toBe("pass");
    expect(rmt02HttpCleartext.evaluate(observations(), policy, context()).outcome).toBe("pass");
    expect(rmt02HttpCleartext.evaluate(observations({ httpServers: failedRead(missingObject("QSYS2.HTTP_SERVER_INFO")) }), policy, context()).outcome).toBe(
      "not_assessed",
    );
  });
});

describe("RMT-03 SFTP instead of FTP", () => {
  const ftpSession = ok([connection("10.9.9.9", 21, { user: "EDIUSER" })]);

  it("fails when FTP is in use although sshd offers SFTP", () => {
    const result = rmt03SftpInsteadOfFtp.evaluate(observations({ connections: ftpSession, listeners: listeners(21, 22) }), policy, context());
    expect(result.findings[0]!.title).toBe("FTP still used although SFTP is available");
    expect(result.detail).toContain("1 FTP session open (10.9.9.9 (EDIUSER)) although the SSH server offers SFTP on port 22.");
  });

  it("fails differently when no SSH server runs", () => {
    const result = rmt03SftpInsteadOfFtp.evaluate(observations({ connections: ftpSession, listeners: listeners(21) }), policy, context());
    expect(result.findings[0]!.title).toBe("FTP used and no SFTP alternative running");
  });

  it("passes with no FTP session", () => {
    expect(rmt03SftpInsteadOfFtp.evaluate(observations({ connections: ok([connection("10.9.9.9", 22)]) }), policy, context()).outcome).toBe("pass");
  });
});
