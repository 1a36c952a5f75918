import { describe, expect, it } from "vitest";
import { net01UntrustedConnections } from "@/lib/checks/connections/net-01-untrusted-connections";
import { net02ListenerBaseline } from "@/lib/checks/connections/net-02-listener-baseline";
import { net04ConnectionVisibility } from "@/lib/checks/connections/net-04-connection-visibility";
import { net05EndTcpCnnAuthority } from "@/lib/checks/connections/net-05-endtcpcnn-authority";
import { net06SocketExitPoints } from "@/lib/checks/connections/net-06-socket-exit-points";
import { resolvePolicy } from "@/lib/checks/policy";
import {
  connection,
  context,
  failedRead,
  listeners,
  missingObject,
  notAuthorized,
  observations,
  ok,
  privilege,
} from "@/lib/checks/test-support/observation-builders";

const policy = resolvePolicy({});
const trusted = context({
  trustedNetworks: [
    { cidr: "10.0.0.0/8", label: "Head office" },
    { cidr: "198.51.100.0/24", label: "Old vendor", expiresAt: new Date("2026-01-01T00:00:00Z") },
  ],
});

describe("NET-01 untrusted connections", () => {
  const conns = ok(
    [
      connection("10.20.30.40", 23),
      connection("127.0.0.1", 446),
      connection("203.0.113.7", 23, { remotePort: 50211, user: "QSECOFR", jobName: "123/QUSER/QTVDEVICE" }),
      connection("::ffff:203.0.113.7", 23, { remotePort: 50212 }),
      connection("198.51.100.9", 8080),
    ],
    ["net-connections"],
  );

  it("reports each untrusted address and local port once, high on sign-on ports and medium elsewhere", () => {
    const result = net01UntrustedConnections.evaluate(observations({ connections: conns }), policy, trusted);
    expect(result.outcome).toBe("fail");
    expect(result.findings.map((f) => [f.key, f.severity])).toEqual([
      ["203.0.113.7|23", "high"],
      ["198.51.100.9|8080", "medium"],
    ]);
    expect(result.findings[0]!.title).toBe("Untrusted connection from 203.0.113.7 to port 23 (telnet)");
    expect(result.findings[0]!.detail).toContain("2 connections from 203.0.113.7 (a public address)");
    expect(result.findings[0]!.detail).toContain("Signed on as QSECOFR (job 123/QUSER/QTVDEVICE).");
    expect(result.findings[0]!.evidence.rows).toHaveLength(2);
    expect(result.detail).toBe(
      "5 established connections: 1 from trusted networks, 1 local or Portcullis's own, 2 untrusted address/port pairs.",
    );
  });

  it("never reports Portcullis's own scanning session", () => {
    const own = ok([connection("192.0.2.50", 22), connection("192.0.2.51", 22)]);
    const result = net01UntrustedConnections.evaluate(observations({ connections: own }), policy, context({ ownAddresses: ["::ffff:192.0.2.50"] }));
    expect(result.findings.map((f) => f.key)).toEqual(["192.0.2.51|22"]);
  });

  it("passes when every connection is trusted or local, and notes when job names are missing", () => {
    const result = net01UntrustedConnections.evaluate(
      observations({
        connections: ok([connection("10.1.1.1", 22), connection("::1", 8471)]),
        connectionJobs: failedRead(notAuthorized("QSYS2.NETSTAT_JOB_INFO")),
      }),
      policy,
      trusted,
    );
    expect(result.outcome).toBe("pass");
    expect(result.detail).toContain("Job and user names are missing: PORTCUL is not authorized to QSYS2.NETSTAT_JOB_INFO.");
  });

  it("is not assessed when connections cannot be read", () => {
    const result = net01UntrustedConnections.evaluate(observations({ connections: failedRead(notAuthorized("QSYS2.NETSTAT_INFO")) }), policy, trusted);
    expect(result.outcome).toBe("not_assessed");
    expect(result.detail).toContain("QIBM_IOSYSCFG_VIEW");
  });
});

describe("NET-02 listener baseline", () => {
  it("fails for each TCP port outside the baseline and mentions baseline ports gone quiet", () => {
    const result = net02ListenerBaseline.evaluate(observations({ listeners: listeners(22, 23, 4444) }), resolvePolicy({ listeningPortBaseline: [22, 23, 992] }), context());
    expect(result.outcome).toBe("fail");
    expect(result.findings.map((f) => f.key)).toEqual(["tcp/4444"]);
    expect(result.detail).toContain("Baseline ports not listening now: 992.");
  });

  it("passes when the listeners match", () => {
    expect(net02ListenerBaseline.evaluate(observations({ listeners: listeners(22) }), resolvePolicy({ listeningPortBaseline: [22] }), context()).outcome).toBe(
      "pass",
    );
  });

  it("is not assessed without a baseline, listing what listens now", () => {
    const result = net02ListenerBaseline.evaluate(observations({ listeners: listeners(23, 22) }), policy, context());
    expect(result.outcome).toBe("not_assessed");
    expect(result.detail).toContain("It listens now on TCP 22, 23");
  });
});

describe("NET-04 connection visibility", () => {
  it("fails with the grant when the 7.6 network views refuse the profile", () => {
    const result = net04ConnectionVisibility.evaluate(
      observations({ connectionJobs: failedRead(notAuthorized("QSYS2.NETSTAT_JOB_INFO"), ["net-connection-jobs"]) }),
      policy,
      context(),
    );
    expect(result.outcome).toBe("fail");
    expect(result.findings[0]).toMatchObject({ key: "connection-visibility", severity: "info" });
    expect(result.detail).toContain("CHGFCNUSG FCNID(QIBM_IOSYSCFG_VIEW) USER(PORTCUL) USAGE(*ALLOWED)");
    expect(result.findings[0]!.evidence.statementIds).toEqual(["net-connection-jobs"]);
  });

  it("passes when everything could be read", () => {
    expect(net04ConnectionVisibility.evaluate(observations(), policy, context()).outcome).toBe("pass");
  });
});

describe("NET-05 ENDTCPCNN authority", () => {
  it("fails when *PUBLIC may use ENDTCPCNN", () => {
    const result = net05EndTcpCnnAuthority.evaluate(
      observations({ endTcpCnnPrivileges: ok([privilege("QSYS", "ENDTCPCNN", "*PUBLIC", "*USE"), privilege("QSYS", "ENDTCPCNN", "NETOPS", "*USE")]) }),
      policy,
      context(),
    );
    expect(result.outcome).toBe("fail");
    expect(result.detail).toContain("Private authority: NETOPS *USE.");
  });

  it("passes for *PUBLIC *EXCLUDE, partial when private authorities may be hidden", () => {
    const excluded = ok([privilege("QSYS", "ENDTCPCNN", "*PUBLIC", "*EXCLUDE")]);
    expect(net05EndTcpCnnAuthority.evaluate(observations({ endTcpCnnPrivileges: excluded }), policy, context()).outcome).toBe("pass");
    const hidden = { ...excluded, incomplete: { reason: "PORTCUL lacks *ALLOBJ.", grantCl: "CHGFCNUSG FCNID(QIBM_DB_SECADM) USER(PORTCUL) USAGE(*ALLOWED)" } };
    const result = net05EndTcpCnnAuthority.evaluate(observations({ endTcpCnnPrivileges: hidden }), policy, context());
    expect(result.outcome).toBe("partial");
    expect(result.detail).toContain("Grant it with CHGFCNUSG FCNID(QIBM_DB_SECADM)");
  });

  it("is not assessed when no *PUBLIC row came back", () => {
    expect(net05EndTcpCnnAuthority.evaluate(observations(), policy, context()).outcome).toBe("not_assessed");
  });
});

describe("NET-06 socket exit points", () => {
  it("fails info without a socket exit program, medium when SSH listens", () => {
    expect(net06SocketExitPoints.evaluate(observations(), policy, context()).findings[0]!.severity).toBe("info");
    const ssh = net06SocketExitPoints.evaluate(observations({ listeners: listeners(22) }), policy, context());
    expect(ssh.outcome).toBe("fail");
    expect(ssh.findings[0]!.severity).toBe("medium");
  });

  it("passes with a registered program or a recorded waiver; not assessed without the view", () => {
    const registered = ok([{ exitPoint: "QIBM_QSO_ACCEPT", format: "ACPT0100", number: 1, library: "SECLIB", program: "SOCKX", row: {} }]);
    expect(net06SocketExitPoints.evaluate(observations({ exitPrograms: registered }), policy, context()).outcome).toBe("pass");
    expect(net06SocketExitPoints.evaluate(observations(), resolvePolicy({ socketExitPointsWaived: true }), context()).outcome).toBe("pass");
    expect(net06SocketExitPoints.evaluate(observations({ exitPrograms: failedRead(missingObject("QSYS2.EXIT_PROGRAM_INFO")) }), policy, context()).outcome).toBe(
      "not_assessed",
    );
  });
});
