/**
 * Ports an IBM i typically listens on, named as IBM's service table names them (`as-signon`,
 * `as-database`, ...). Host servers (IBM i Access) listen on 8470–8476 in clear text and on
 * 9470–9476 with TLS; the dashboard uses the pairing to say "this has an encrypted twin".
 */
export interface PortService {
  port: number;
  protocol: "tcp" | "udp";
  name: string;
  description: string;
  /** Credentials or data cross the wire unencrypted on this port. */
  cleartext: boolean;
  /** The TLS port of the same service, where IBM i has one. */
  tlsPort?: number;
}

const service = (
  port: number,
  name: string,
  description: string,
  cleartext: boolean,
  extra: { protocol?: "tcp" | "udp"; tlsPort?: number } = {},
): PortService => ({ port, protocol: extra.protocol ?? "tcp", name, description, cleartext, tlsPort: extra.tlsPort });

const hostServers: ReadonlyArray<[string, string]> = [
  ["as-central", "Central server (licences, conversion tables)"],
  ["as-database", "Database server (ODBC, JDBC, SQL)"],
  ["as-dtaq", "Data queue server"],
  ["as-file", "File server (IFS)"],
  ["as-netprt", "Network print server"],
  ["as-rmtcmd", "Remote command and program call server"],
  ["as-signon", "Sign-on server"],
];

export const wellKnownPorts: readonly PortService[] = [
  service(20, "ftp-data", "FTP data", true),
  service(21, "ftp", "FTP server", true, { tlsPort: 990 }),
  service(22, "ssh", "SSH server (SFTP, SCP, shell)", false),
  service(23, "telnet", "Telnet (5250) server", true, { tlsPort: 992 }),
  service(25, "smtp", "SMTP mail server", true),
  service(69, "tftp", "Trivial FTP server", true, { protocol: "udp" }),
  service(80, "http", "HTTP server", true, { tlsPort: 443 }),
  service(110, "pop3", "POP3 mail server", true),
  service(389, "ldap", "LDAP directory server", true, { tlsPort: 636 }),
  service(443, "https", "HTTP server over TLS", false),
  service(445, "netserver", "IBM i NetServer (SMB file sharing)", false),
  service(446, "drda", "DRDA / DDM database access", true, { tlsPort: 448 }),
  service(448, "ddm-ssl", "DRDA / DDM over TLS", false),
  service(449, "as-svrmap", "Server mapper (tells clients the host-server ports)", false),
  service(512, "rexec", "Remote execution (REXEC) server", true),
  service(515, "lpd", "Line printer daemon", true),
  service(636, "ldaps", "LDAP over TLS", false),
  service(990, "ftps", "FTP over TLS (implicit)", false),
  service(992, "telnet-ssl", "Telnet (5250) over TLS", false),
  service(2001, "navigator", "IBM Navigator for i / HTTP admin server", true, { tlsPort: 2005 }),
  service(2005, "navigator-ssl", "IBM Navigator for i / HTTP admin server over TLS", false),
  service(2010, "navigator-new", "IBM Navigator for i (new Navigator)", false),
  ...hostServers.map(([name, description], offset) =>
    service(8470 + offset, name, description, true, { tlsPort: 9470 + offset }),
  ),
  ...hostServers.map(([name, description], offset) => service(9470 + offset, `${name}-s`, `${description} over TLS`, false)),
];

const byKey = new Map(wellKnownPorts.map((entry) => [`${entry.protocol}/${entry.port}`, entry]));

export function serviceForPort(port: number, protocol: "tcp" | "udp" = "tcp"): PortService | null {
  return byKey.get(`${protocol}/${port}`) ?? null;
}

/** "23 (telnet)" or just "5050" for ports without a known name. */
export function describePort(port: number, protocol: "tcp" | "udp" = "tcp"): string {
  const known = serviceForPort(port, protocol);
  return known === null ? String(port) : `${port} (${known.name})`;
}
