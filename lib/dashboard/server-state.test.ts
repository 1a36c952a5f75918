import { describe, expect, it } from "vitest";
import { failedRead, job, listeners, missingObject, ok } from "@/lib/checks/test-support/observation-builders";
import { autostartOf, serverState } from "@/lib/dashboard/server-state";

describe("serverState", () => {
  it("is running when either the jobs or a listener show it", () => {
    expect(serverState(ok([job("1/QTCP/QTFTP01")]), listeners(22), [21, 990], "QTFTP*")).toMatchObject({ running: true, jobs: ["1/QTCP/QTFTP01"], ports: [] });
    expect(serverState(ok([]), listeners(21, 22), [21, 990], "QTFTP*")).toMatchObject({ running: true, ports: [21], basis: "listening on TCP 21" });
  });

  it("is stopped only when both sources answered and saw nothing", () => {
    expect(serverState(ok([]), listeners(22), [21, 990], "QTFTP*")).toMatchObject({ running: false, basis: "no QTFTP* job in QSYSWRK and no listener on TCP 21 or 990" });
    expect(serverState(failedRead(missingObject("QSYS2.ACTIVE_JOB_INFO")), listeners(22), [21, 990], "QTFTP*").running).toBeNull();
    expect(serverState(undefined, undefined, [25], "QTSM*").running).toBeNull();
  });

  it("decides from the listeners alone for a server without a job read (Telnet, sshd)", () => {
    expect(serverState(null, listeners(22), [23, 992], "Telnet")).toMatchObject({ running: false, basis: "no listener on TCP 23 or 992" });
    expect(serverState(null, listeners(992), [23, 992], "Telnet")).toMatchObject({ running: true, ports: [992] });
    expect(serverState(null, failedRead(missingObject("QSYS2.NETSTAT_INFO")), [22], "sshd")).toMatchObject({ running: null, basis: "the listener list could not be read" });
  });
});

describe("autostartOf", () => {
  it("reads the server's record and says unknown without one", () => {
    const records = ok([{ server: "FTP", autostart: true, row: {} }, { server: "SMTP", autostart: false, row: {} }]);
    expect(autostartOf(records, "FTP")).toBe(true);
    expect(autostartOf(records, "SMTP")).toBe(false);
    expect(autostartOf(records, "TELNET")).toBeNull();
    expect(autostartOf(failedRead(missingObject("QUSRSYS.QATOCSTART")), "FTP")).toBeNull();
  });
});
