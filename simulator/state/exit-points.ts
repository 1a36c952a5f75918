/**
 * The exit points IBM registers at install time that the dashboard cares about (facts §2.3):
 * name, formats and how many programs each format takes (null = *NOMAX). The one-program limits
 * of the FTP/REXEC/TFTP points follow IBM's "one program per format" wording; the rest are [U].
 */
export interface ExitPointDef {
  readonly name: string;
  readonly format: string;
  readonly maxPrograms: number | null;
  readonly text: string;
}

const point = (name: string, format: string, maxPrograms: number | null, text: string): ExitPointDef => ({
  name,
  format,
  maxPrograms,
  text,
});

export const EXIT_POINTS: readonly ExitPointDef[] = [
  point("QIBM_QTMF_CLIENT_REQ", "VLRQ0100", 1, "FTP Client Request Validation"),
  point("QIBM_QTMF_SERVER_REQ", "VLRQ0100", 1, "FTP Server Request Validation"),
  point("QIBM_QTMF_SVR_LOGON", "TCPL0100", 1, "FTP Server Logon"),
  point("QIBM_QTMF_SVR_LOGON", "TCPL0200", 1, "FTP Server Logon"),
  point("QIBM_QTMF_SVR_LOGON", "TCPL0300", 1, "FTP Server Logon"),
  point("QIBM_QTMX_SERVER_REQ", "VLRQ0100", 1, "REXEC Server Request Validation"),
  point("QIBM_QTMX_SVR_LOGON", "TCPL0100", 1, "REXEC Server Logon"),
  point("QIBM_QTMX_SVR_LOGON", "TCPL0200", 1, "REXEC Server Logon"),
  point("QIBM_QTMX_SVR_SELECT", "RXCS0100", 1, "REXEC Select Command Processor"),
  point("QIBM_QTOD_SERVER_REQ", "VLRQ0100", 1, "TFTP Server Request Validation"),
  point("QIBM_QTG_DEVINIT", "INIT0100", null, "Telnet Device Initialization"),
  point("QIBM_QTG_DEVTERM", "TERM0100", null, "Telnet Device Termination"),
  point("QIBM_QSP_SECURITY", "SPSY0100", 10, "Spooled File Security"),
  point("QIBM_QSP_SECURITY", "SPSY0200", 10, "Spooled File Security"),
  point("QIBM_QZDA_INIT", "ZDAI0100", null, "Database Server - entry"),
  point("QIBM_QZSO_SIGNONSRV", "ZSOY0100", null, "Signon Server"),
  // The other host servers' entry points (IBM i Access host servers, rzaii) [U: names from memory
  // of IBM's table, formats as documented there].
  point("QIBM_QZRC_RMT", "CZRC0100", null, "Remote Command and Distributed Program Call"),
  point("QIBM_QPWFS_FILE_SERV", "PWFS0100", null, "File Server"),
  point("QIBM_QZHQ_DATA_QUEUE", "ZHQ00100", null, "Data Queue Server"),
  point("QIBM_QNPS_ENTRY", "ENTR0100", null, "Network Print Server - entry"),
  point("QIBM_QZSC_LM", "ZSCL0100", null, "Central Server - license management"),
  point("QIBM_QSO_ACCEPT", "ACPT0100", null, "Socket accept()"),
  point("QIBM_QSO_CONNECT", "CONN0100", null, "Socket connect()"),
  point("QIBM_QSO_LISTEN", "LSTN0100", null, "Socket listen()"),
];

export function findExitPoint(name: string, format: string): ExitPointDef | undefined {
  return EXIT_POINTS.find((entry) => entry.name === name && entry.format === format);
}
