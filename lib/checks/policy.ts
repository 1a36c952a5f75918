import { z } from "zod";
import { SPECIAL_AUTHORITIES } from "@/lib/checks/read-batch";

/**
 * Per-system security policy: what the officer approved, which queues are sensitive, and the
 * settings IBM gives no way to read that an officer attests to. Stored as overrides in
 * `system.policy` (JSON); `resolvePolicy` lays them over the defaults below. Trusted networks
 * are kept in their own table and reach the checks through the evaluation context.
 */

export const TCP_SERVERS = ["ftp", "smtp", "telnet", "rexec", "tftp", "http", "sshd"] as const;
export const ZTcpServer = z.enum(TCP_SERVERS);
export type TTcpServer = z.infer<typeof ZTcpServer>;

export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export const ZWeekday = z.enum(WEEKDAYS);
export type TWeekday = z.infer<typeof ZWeekday>;

const ZClockTime = z.string().regex(/^([01][0-9]|2[0-3]):[0-5][0-9]$/, "A time of day as HH:MM (24-hour)");

const isTimeZone = (zone: string) => {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
};

/**
 * When a server may listen: on `days`, from `from` until `to` in `timeZone` (IANA name). A
 * window with `to` before `from` runs overnight into the next day.
 */
export const ZServiceWindow = z
  .object({
    days: z.array(ZWeekday).min(1),
    from: ZClockTime,
    to: ZClockTime,
    timeZone: z.string().refine(isTimeZone, "Unknown time zone (use an IANA name such as Europe/Berlin)"),
  })
  .refine((window) => window.from !== window.to, "The window must not start and end at the same time");
export type TServiceWindow = z.infer<typeof ZServiceWindow>;

/** LIB/NAME of an output queue; NAME may be generic (`PAY*`), LIB may be `*ALL`. */
const ZQueuePattern = z
  .string()
  .trim()
  .transform((text) => text.toUpperCase())
  .pipe(z.string().regex(/^(\*ALL|[A-Z$#@][A-Z0-9$#@_.]{0,9})\/([A-Z$#@][A-Z0-9$#@_.]{0,9}\*?|\*)$/, "LIB/NAME, e.g. PAYLIB/PAYROLL or *ALL/PAY*"));

export const ZSensitiveQueue = z.object({
  queue: ZQueuePattern,
  /** Who should be able to read its spool (users or groups); OUTQ-09 reports anyone else. */
  intendedReaders: z.array(z.string().trim().toUpperCase()).default([]),
});
export type TSensitiveQueue = z.infer<typeof ZSensitiveQueue>;

const ZProfileList = z.array(z.string().trim().toUpperCase());

/** A setting an officer read on the system (5250 prompt, Navigator) and vouches for. */
const ZAttestation = <T extends z.ZodType>(value: T) =>
  z.object({
    value,
    by: z.string().trim().min(1),
    at: z.coerce.date(),
  });

export const ZPolicy = z.object({
  /** TCP servers this system is allowed to run. */
  approvedServers: z.array(ZTcpServer),
  /** When FTP may listen; null = any time (only meaningful when FTP is approved). */
  ftpWindow: ZServiceWindow.nullable(),
  /** FTP-03 fails above this many hours per week outside the window. */
  maxFtpExposureHoursPerWeek: z.number().min(0),
  /** Users reach the system from outside the company network (raises FTP-05/RMT severities). */
  remoteUsers: z.boolean(),
  /** The system is reachable from the internet (raises FTP-04 to critical). */
  internetFacing: z.boolean(),
  sensitiveOutputQueues: z.array(ZSensitiveQueue),
  /** Profiles approved to hold each special authority (directly or through a group). */
  approvedHolders: z.object({
    "*SPLCTL": ZProfileList,
    "*ALLOBJ": ZProfileList,
    "*IOSYSCFG": ZProfileList,
    "*JOBCTL": ZProfileList,
  }),
  /** PRV-01: most holders (direct or through a group) tolerated per special authority. */
  maxHolders: z.object(Object.fromEntries(SPECIAL_AUTHORITIES.map((a) => [a, z.number().int().min(0)])) as Record<
    (typeof SPECIAL_AUTHORITIES)[number],
    z.ZodNumber
  >),
  /** NET-02: TCP ports expected to listen; null = no baseline recorded yet. */
  listeningPortBaseline: z.array(z.number().int().min(1).max(65535)).nullable(),
  /** SMTP-03: *ACCEPT entries for private networks wider than this prefix are reported. */
  smtpAcceptMinPrefix: z.number().int().min(0).max(32),
  /** TLN-02: most virtual devices QAUTOVRT may create. */
  maxAutoVirtualDevices: z.number().int().min(0),
  /** NET-06: the officer decided to run without socket exit programs. */
  socketExitPointsWaived: z.boolean(),
  /** Settings IBM offers no SQL to read, vouched for by an officer. */
  attested: z.object({
    smtpAllowRelay: ZAttestation(z.enum(["*ALL", "*NONE", "*LIST", "*NEAR", "*BOTH"])).nullable(),
    ftpAllowSsl: ZAttestation(z.enum(["*YES", "*NO", "*ONLY"])).nullable(),
  }),
});
export type TPolicy = z.infer<typeof ZPolicy>;

/**
 * Defaults follow peers-and-checks §3: FTP, SMTP, REXEC and TFTP off unless approved; FTP, if
 * approved, Mon–Fri 07:00–19:00 (the window Loeber describes, 16 of 24 hours closed). The IBM
 * profiles approved by default are the shipped ones that hold these authorities on a new
 * system [U: verify per release]; each site names its own officers and operators.
 */
export const DEFAULT_POLICY: TPolicy = {
  approvedServers: ["telnet", "http", "sshd"],
  ftpWindow: { days: ["mon", "tue", "wed", "thu", "fri"], from: "07:00", to: "19:00", timeZone: "UTC" },
  maxFtpExposureHoursPerWeek: 0,
  remoteUsers: false,
  internetFacing: false,
  sensitiveOutputQueues: [],
  // IBM's own profiles ship with these authorities: QTCP runs the TCP/IP servers (*IOSYSCFG,
  // *JOBCTL), QPGMR and QSYSOPR are shipped with *JOBCTL (Security Reference, IBM-supplied profiles).
  approvedHolders: {
    "*SPLCTL": ["QSECOFR", "QSYS", "QSPL", "QSPLJOB"],
    "*ALLOBJ": ["QSECOFR", "QSYS"],
    "*IOSYSCFG": ["QSECOFR", "QSYS", "QSRV", "QTCP"],
    "*JOBCTL": ["QSECOFR", "QSYS", "QSYSOPR", "QSRV", "QPGMR", "QTCP"],
  },
  maxHolders: {
    "*ALLOBJ": 5,
    "*SECADM": 5,
    "*IOSYSCFG": 5,
    "*JOBCTL": 10,
    "*SPLCTL": 5,
    "*SERVICE": 3,
    "*AUDIT": 3,
    "*SAVSYS": 5,
  },
  listeningPortBaseline: null,
  smtpAcceptMinPrefix: 24,
  maxAutoVirtualDevices: 0,
  socketExitPointsWaived: false,
  attested: { smtpAllowRelay: null, ftpAllowSsl: null },
};

/** Overrides as stored: any top-level field, and any single entry of the nested maps. */
export const ZPolicyOverrides = ZPolicy.extend({
  approvedHolders: ZPolicy.shape.approvedHolders.partial(),
  maxHolders: ZPolicy.shape.maxHolders.partial(),
  attested: ZPolicy.shape.attested.partial(),
  sensitiveOutputQueues: z.array(z.union([ZQueuePattern, ZSensitiveQueue])),
})
  .partial()
  .strict();
export type TPolicyOverrides = z.input<typeof ZPolicyOverrides>;

/**
 * The effective policy of one system. Throws a ZodError when the overrides are invalid: a
 * policy nobody can read must not silently fall back to defaults.
 */
export function resolvePolicy(overrides: unknown = {}): TPolicy {
  const parsed = ZPolicyOverrides.parse(overrides ?? {});
  return ZPolicy.parse({
    ...DEFAULT_POLICY,
    ...parsed,
    approvedHolders: { ...DEFAULT_POLICY.approvedHolders, ...parsed.approvedHolders },
    maxHolders: { ...DEFAULT_POLICY.maxHolders, ...parsed.maxHolders },
    attested: { ...DEFAULT_POLICY.attested, ...parsed.attested },
    sensitiveOutputQueues: (parsed.sensitiveOutputQueues ?? DEFAULT_POLICY.sensitiveOutputQueues).map((entry) =>
      typeof entry === "string" ? { queue: entry, intendedReaders: [] } : entry,
    ),
  });
}
