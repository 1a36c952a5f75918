import type { Connection } from "@/lib/checks/observation-types";
import { remoteSessionsOn } from "@/lib/checks/remote-sessions";
import { sshdSetting } from "@/lib/checks/sshd-config";
import type { SshdDirective } from "@/lib/checks/observation-types";

/** Telnet (5250) sessions from other machines, by port (as RMT-01 counts them): 23 is clear text, 992 is Telnet over TLS. */
export function telnetSessions(connections: readonly Connection[]): { cleartext: Connection[]; tls: Connection[] } {
  return { cleartext: remoteSessionsOn(connections, [23]), tls: remoteSessionsOn(connections, [992]) };
}

/** CHGTELNA ALWSSL in plain words (the value as TELNET_SERVER_ATTRIBUTES returns it, without the `*`). */
export const TELNET_ALWSSL: Record<string, { meaning: string; tone: "good" | "warn" | "critical" }> = {
  ONLY: { meaning: "TLS only: sign-ons never cross the network in clear text (port 992).", tone: "good" },
  YES: { meaning: "TLS offered on 992, clear text still accepted on 23 (IBM's default).", tone: "warn" },
  NO: { meaning: "No TLS: every sign-on crosses the network readable (port 23 only).", tone: "critical" },
};

/** The sshd_config settings the remote-access panel shows, with the value sshd uses (first occurrence wins). */
export const SSHD_SHOWN = ["Port", "PermitRootLogin", "PasswordAuthentication", "AllowGroups", "AllowUsers", "DenyUsers", "Subsystem"] as const;

export function sshdSettings(directives: readonly SshdDirective[]): Array<{ keyword: string; value: string | null; line: number | null }> {
  return SSHD_SHOWN.map((keyword) => {
    const directive = sshdSetting(directives, keyword);
    return { keyword, value: directive?.value ?? null, line: directive?.line ?? null };
  });
}
