import type { ExitProgram } from "@/lib/checks/observation-types";

/**
 * The exit points the FTP panel lists by name, with what they guard (ibmi-facts §2.3, IBM's
 * FTP, REXEC, TFTP and Telnet exit-point pages). An exit point with no program lets every
 * request through.
 */
export const FTP_PANEL_EXIT_POINTS: ReadonlyArray<{ name: string; guards: string; server: "ftp" | "rexec" | "tftp" | "telnet" }> = [
  { name: "QIBM_QTMF_SERVER_REQ", guards: "FTP server: every request (GET, PUT, commands)", server: "ftp" },
  { name: "QIBM_QTMF_SVR_LOGON", guards: "FTP server: sign-on", server: "ftp" },
  { name: "QIBM_QTMF_CLIENT_REQ", guards: "FTP client on this system", server: "ftp" },
  { name: "QIBM_QTMX_SERVER_REQ", guards: "REXEC server: requests", server: "rexec" },
  { name: "QIBM_QTMX_SVR_LOGON", guards: "REXEC server: sign-on", server: "rexec" },
  { name: "QIBM_QTOD_SERVER_REQ", guards: "TFTP server: requests", server: "tftp" },
  { name: "QIBM_QTG_DEVINIT", guards: "Telnet: session start (accept, reject, device)", server: "telnet" },
  { name: "QIBM_QTG_DEVTERM", guards: "Telnet: session end", server: "telnet" },
];

export const FTP_PANEL_EXIT_POINT_PREFIXES = ["QIBM_QTMF_", "QIBM_QTMX_", "QIBM_QTOD_", "QIBM_QTG_"] as const;

export interface ExitPointRow {
  name: string;
  guards: string;
  server: string;
  programs: Array<{ number: number | null; program: string; format: string | null }>;
}

/** The FTP panel's exit points, the named ones first (programs or none), then any other registered under the same families. */
export function ftpExitPointRows(exitPrograms: readonly ExitProgram[]): ExitPointRow[] {
  const programsOf = (name: string) =>
    exitPrograms
      .filter((program) => program.exitPoint === name)
      .sort((a, b) => (a.number ?? 0) - (b.number ?? 0))
      .map((program) => ({ number: program.number, program: `${program.library ?? "?"}/${program.program ?? "?"}`, format: program.format }));
  const named = FTP_PANEL_EXIT_POINTS.map((point) => ({ ...point, programs: programsOf(point.name) }));
  const others = [...new Set(exitPrograms.map((program) => program.exitPoint))]
    .filter((name) => FTP_PANEL_EXIT_POINT_PREFIXES.some((prefix) => name.startsWith(prefix)) && !FTP_PANEL_EXIT_POINTS.some((point) => point.name === name))
    .sort()
    .map((name) => ({ name, guards: "Other exit point of the same servers", server: "", programs: programsOf(name) }));
  return [...named, ...others];
}
