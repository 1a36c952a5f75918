import { describe, expect, it } from "vitest";
import { connection } from "@/lib/checks/test-support/observation-builders";
import { sshdSettings, telnetSessions } from "@/lib/dashboard/remote-view";

describe("telnetSessions", () => {
  it("splits 5250 sessions into clear text (23) and TLS (992), ignoring other ports", () => {
    const sessions = telnetSessions([connection("203.0.113.45", 23), connection("10.1.1.9", 992), connection("10.1.1.10", 992), connection("10.1.1.11", 8471)]);
    expect(sessions.cleartext.map((c) => c.remoteAddress)).toEqual(["203.0.113.45"]);
    expect(sessions.tls).toHaveLength(2);
  });

  it("leaves out the system's own loopback sessions, as RMT-01 does", () => {
    const sessions = telnetSessions([connection("127.0.0.1", 23), connection("::1", 992), connection("203.0.113.45", 23)]);
    expect(sessions.cleartext.map((c) => c.remoteAddress)).toEqual(["203.0.113.45"]);
    expect(sessions.tls).toEqual([]);
  });
});

describe("sshdSettings", () => {
  it("shows the value sshd uses (the first occurrence) and null for settings left at their default", () => {
    const directive = (keyword: string, value: string, line: number) => ({ keyword, value, line, row: {} });
    const settings = sshdSettings([directive("permitrootlogin", "no", 3), directive("permitrootlogin", "yes", 9), directive("allowgroups", "sshusers", 4)]);
    expect(settings.find((s) => s.keyword === "PermitRootLogin")).toEqual({ keyword: "PermitRootLogin", value: "no", line: 3 });
    expect(settings.find((s) => s.keyword === "AllowGroups")?.value).toBe("sshusers");
    expect(settings.find((s) => s.keyword === "PasswordAuthentication")?.value).toBeNull();
  });
});
