import { ibmKeyword, intCell, textCell } from "@/lib/checks/ibm-values";
import type { Observations } from "@/lib/checks/observation-types";
import { parseSmtpListEntry } from "@/lib/checks/smtp-list-entry";
import type { Row, StatementResult } from "@/lib/checks/statement-result";
import type { SmtpListEntry } from "@/lib/checks/observation-types";
import { isDomainName } from "@/lib/ibmi/commands/smtp-near-domains";

/**
 * Reads a remediation needs that a scan does not make: the job schedule entries Portcullis
 * manages, the system's UTC offset, authority to the TCP/IP server commands, *PUBLIC authority
 * of output queues in full detail, and the *REJECT and *NEAR SMTP lists. Each is one or a few
 * one-line SELECTs that go into the same QZDFMDB2 batch as the scan reads (one exec).
 */

/** Job schedule entry names Portcullis owns for the FTP window (prefixed so no site entry is touched). */
export const FTP_OFF_JOB = "PCFTPOFF";
export const FTP_ON_JOB = "PCFTPON";

/**
 * Members of QUSRSYS/QATMADRLST per SMTP list. ACCEPTRLY is [3P] (easy400, Kisco); REJECTCNN is
 * the pre-V5R1 member name third parties mention, assumed to hold *REJECT entries today [U];
 * NEARDMN for *NEAR entries is [U] (the simulator's choice). Kept here, in one place, so a name
 * seen on a real system is changed once.
 */
export const SMTP_LIST_MEMBERS = { reject: "REJECTCNN", near: "NEARDMN" } as const;

export const EXTRA_READ_IDS = ["utc-offset", "ftp-schedule", "tcp-command-privileges", "outq-public", "smtp-reject-list", "smtp-near-list"] as const;
export type ExtraReadId = (typeof EXTRA_READ_IDS)[number];

export type ExtraRead<T> = { ok: true; value: T } | { ok: false; reason: string };

export interface ScheduleEntry {
  name: string;
  entryNumber: number;
  /** `HHMMSS`, or null when the time could not be read. */
  time: string | null;
  /** `*MON`, `*TUE`, ... as SCDDAY lists them. */
  days: string[];
  frequency: string | null;
  status: string | null;
  /** Null unless the reading profile has *JOBCTL or added the entry. */
  command: string | null;
}

export interface CommandPrivilege {
  command: string;
  user: string;
  authority: string | null;
}

/** *PUBLIC authority on one output queue: the name IBM gives it, and the individual rights. */
export interface QueuePublicAuthority {
  queue: string;
  authority: string | null;
  /** `*OBJOPR`, `*READ`, ... for each YES column. */
  rights: string[];
}

export interface ExtraState {
  utcOffset: ExtraRead<{ text: string; minutes: number }>;
  ftpSchedule: ExtraRead<ScheduleEntry[]>;
  commandPrivileges: ExtraRead<CommandPrivilege[]>;
  outqPublic: ExtraRead<QueuePublicAuthority[]>;
  smtpRejectList: ExtraRead<SmtpListEntry[]>;
  smtpNearList: ExtraRead<string[]>;
}

export interface ExtraStatement {
  id: string;
  sql: string;
}

const RIGHT_COLUMNS: ReadonlyArray<readonly [string, string]> = [
  ["OBJECT_OPERATIONAL", "*OBJOPR"],
  ["OBJECT_MANAGEMENT", "*OBJMGT"],
  ["OBJECT_EXISTENCE", "*OBJEXIST"],
  ["OBJECT_ALTER", "*OBJALTER"],
  ["OBJECT_REFERENCE", "*OBJREF"],
  ["DATA_READ", "*READ"],
  ["DATA_ADD", "*ADD"],
  ["DATA_UPDATE", "*UPD"],
  ["DATA_DELETE", "*DLT"],
  ["DATA_EXECUTE", "*EXECUTE"],
];

/** QTEMP is per job, so alias, select and drop travel in the same batch (one exec, one job). */
function memberStatements(prefix: string, member: string): ExtraStatement[] {
  const alias = `QTEMP.PORTCULLIS_${member}`;
  return [
    { id: `${prefix}-alias`, sql: `CREATE OR REPLACE ALIAS ${alias} FOR QUSRSYS.QATMADRLST (${member})` },
    { id: `${prefix}-entries`, sql: `SELECT * FROM ${alias}` },
    { id: `${prefix}-alias-drop`, sql: `DROP ALIAS ${alias}` },
  ];
}

const STATEMENTS: Record<ExtraReadId, ExtraStatement[]> = {
  "utc-offset": [
    {
      id: "utc-offset",
      sql: "SELECT CAST(CURRENT_CHARACTER_VALUE AS VARCHAR(10)) AS UTC_OFFSET FROM QSYS2.SYSTEM_VALUE_INFO WHERE SYSTEM_VALUE_NAME = 'QUTCOFFSET'",
    },
  ],
  "ftp-schedule": [
    {
      id: "ftp-schedule",
      // Times and days are cast to text: how QZDFMDB2 prints a TIME depends on the job's time format [U].
      sql:
        "SELECT SCHEDULED_JOB_ENTRY_NUMBER, SCHEDULED_JOB_NAME, CAST(SCHEDULED_TIME AS VARCHAR(8)) AS SCHEDULED_TIME, " +
        "CAST(SCHEDULED_DAYS AS VARCHAR(34)) AS SCHEDULED_DAYS, FREQUENCY, STATUS, CAST(COMMAND_STRING AS VARCHAR(60)) AS COMMAND_STRING " +
        `FROM QSYS2.SCHEDULED_JOB_INFO WHERE SCHEDULED_JOB_NAME IN ('${FTP_OFF_JOB}', '${FTP_ON_JOB}')`,
    },
  ],
  "tcp-command-privileges": [
    {
      id: "tcp-command-privileges",
      sql:
        "SELECT SYSTEM_OBJECT_NAME, AUTHORIZATION_NAME, OBJECT_AUTHORITY FROM QSYS2.OBJECT_PRIVILEGES " +
        "WHERE SYSTEM_OBJECT_SCHEMA = 'QSYS' AND OBJECT_TYPE = '*CMD' AND SYSTEM_OBJECT_NAME IN ('STRTCPSVR', 'ENDTCPSVR', 'ENDTCPCNN')",
    },
  ],
  "outq-public": [
    {
      id: "outq-public",
      sql:
        `SELECT SYSTEM_OBJECT_SCHEMA, SYSTEM_OBJECT_NAME, OBJECT_AUTHORITY, ${RIGHT_COLUMNS.map(([column]) => column).join(", ")} ` +
        "FROM QSYS2.OBJECT_PRIVILEGES WHERE OBJECT_TYPE = '*OUTQ' AND AUTHORIZATION_NAME = '*PUBLIC'",
    },
  ],
  "smtp-reject-list": memberStatements("smtp-reject", SMTP_LIST_MEMBERS.reject),
  "smtp-near-list": memberStatements("smtp-near", SMTP_LIST_MEMBERS.near),
};

export function extraStatements(ids: readonly ExtraReadId[]): ExtraStatement[] {
  return EXTRA_READ_IDS.filter((id) => ids.includes(id)).flatMap((id) => STATEMENTS[id]);
}

type Results = ReadonlyMap<string, StatementResult | undefined>;

function rowsOf(results: Results, statementId: string): ExtraRead<Row[]> {
  if (!results.has(statementId)) return { ok: false, reason: "not read for this remediation" };
  const result = results.get(statementId);
  if (result === undefined || result.kind === "not-run") return { ok: false, reason: "no answer: the batch ended before this statement" };
  if (result.kind === "error") return { ok: false, reason: `SQLSTATE ${result.sqlstate}: ${result.message}` };
  if (result.kind === "ok") return { ok: false, reason: "the statement returned no result table" };
  return { ok: true, value: result.rows };
}

function map<T, U>(read: ExtraRead<T>, parse: (value: T) => U): ExtraRead<U> {
  return read.ok ? { ok: true, value: parse(read.value) } : read;
}

/** QUTCOFFSET is `+hhmm` or `-hhmm` (some releases show a colon). */
export function parseUtcOffset(text: string): number | null {
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

function parseSchedule(rows: Row[]): ScheduleEntry[] {
  return rows.flatMap((row) => {
    const name = textCell(row, "SCHEDULED_JOB_NAME")?.toUpperCase();
    const entryNumber = intCell(row, "SCHEDULED_JOB_ENTRY_NUMBER");
    if (name === undefined || entryNumber === null) return [];
    const time = /^(\d{2})[.:](\d{2})[.:](\d{2})/.exec(textCell(row, "SCHEDULED_TIME") ?? "");
    return [
      {
        name,
        entryNumber,
        time: time ? `${time[1]}${time[2]}${time[3]}` : null,
        days: (textCell(row, "SCHEDULED_DAYS") ?? "").split(/\s+/).filter((day) => day.startsWith("*")),
        frequency: textCell(row, "FREQUENCY"),
        status: textCell(row, "STATUS"),
        command: textCell(row, "COMMAND_STRING"),
      },
    ];
  });
}

function parseQueuePublic(rows: Row[]): QueuePublicAuthority[] {
  return rows.flatMap((row) => {
    const library = textCell(row, "SYSTEM_OBJECT_SCHEMA")?.toUpperCase();
    const name = textCell(row, "SYSTEM_OBJECT_NAME")?.toUpperCase();
    if (library === undefined || name === undefined) return [];
    return [
      {
        queue: `${library}/${name}`,
        authority: textCell(row, "OBJECT_AUTHORITY")?.toUpperCase() ?? null,
        rights: RIGHT_COLUMNS.filter(([column]) => ibmKeyword(textCell(row, column)) === "YES").map(([, right]) => right),
      },
    ];
  });
}

/** The near-domain rows hold a host or domain name in a field whose name is [U]: the first word shaped like one. */
function parseNearDomains(rows: Row[]): string[] {
  return rows.flatMap((row) => {
    const words = Object.values(row)
      .filter((value): value is string => typeof value === "string")
      .flatMap((value) => value.trim().split(/\s+/));
    const domain = words.find((word) => isDomainName(word) && !/^[0-9.]+$/.test(word));
    return domain === undefined ? [] : [domain.toLowerCase()];
  });
}

/**
 * A list member read through its alias. A missing member is an empty list, not a failure, but
 * only when the member list (SYSPARTITIONSTAT) proves it is missing: the member is created with
 * the list's first entry.
 */
function memberList<T>(results: Results, prefix: string, member: string, observations: Observations, parse: (rows: Row[]) => T[]): ExtraRead<T[]> {
  const entries = rowsOf(results, `${prefix}-entries`);
  if (entries.ok) return map(entries, parse);
  const members = observations.smtpListMembers;
  if (results.has(`${prefix}-entries`) && members.ok && !members.value.some((m) => m.member === member)) return { ok: true, value: [] };
  return entries;
}

/** The extra state out of the batch results, keyed by statement id; reads not in the batch are `ok: false`. */
export function parseExtraState(results: Results, observations: Observations): ExtraState {
  return {
    utcOffset: (() => {
      const rows = rowsOf(results, "utc-offset");
      if (!rows.ok) return rows;
      const text = rows.value[0] ? textCell(rows.value[0], "UTC_OFFSET") : null;
      const minutes = text === null ? null : parseUtcOffset(text);
      return text === null || minutes === null ? { ok: false, reason: `QUTCOFFSET is not readable (${text ?? "no row"})` } : { ok: true, value: { text, minutes } };
    })(),
    ftpSchedule: map(rowsOf(results, "ftp-schedule"), parseSchedule),
    commandPrivileges: map(rowsOf(results, "tcp-command-privileges"), (rows) =>
      rows.flatMap((row) => {
        const command = textCell(row, "SYSTEM_OBJECT_NAME")?.toUpperCase();
        const user = textCell(row, "AUTHORIZATION_NAME")?.toUpperCase();
        return command === undefined || user === undefined ? [] : [{ command, user, authority: textCell(row, "OBJECT_AUTHORITY")?.toUpperCase() ?? null }];
      }),
    ),
    outqPublic: map(rowsOf(results, "outq-public"), parseQueuePublic),
    smtpRejectList: memberList(results, "smtp-reject", SMTP_LIST_MEMBERS.reject, observations, (rows) =>
      rows.flatMap((row) => parseSmtpListEntry(row) ?? []),
    ),
    smtpNearList: memberList(results, "smtp-near", SMTP_LIST_MEMBERS.near, observations, parseNearDomains),
  };
}
