import { ibmFlag, ibmKeyword, intCell, specialAuthorityList, textCell } from "@/lib/checks/ibm-values";
import type {
  Connection,
  ConnectionJob,
  Incompleteness,
  ListMember,
  Observations,
  ObjectPrivilege,
  ProfileAuthorities,
  Read,
  ReadFailed,
  ReleaseInfo,
} from "@/lib/checks/observation-types";
import type { ReadStatement, StatementId } from "@/lib/checks/read-batch";
import {
  classifyFailure,
  NOT_IN_SCAN_FAILURE,
  renderGrant,
  type FailureContext,
  type ReadFailure,
} from "@/lib/checks/read-failure";
import { parseSmtpListEntry } from "@/lib/checks/smtp-list-entry";
import { parseSshdConfig } from "@/lib/checks/sshd-config";
import type { Row, StatementResult } from "@/lib/checks/statement-result";

type Outcome = { ok: true; rows: Row[] } | { ok: false; failure: ReadFailure };

const failed = (statementIds: StatementId[], failure: ReadFailure): ReadFailed => ({ ok: false, statementIds, failure });

function succeeded<T>(
  statementIds: StatementId[],
  rows: Row[],
  value: T,
  extra: { incomplete?: Incompleteness | null; notes?: string[] } = {},
): Read<T> {
  return { ok: true, value, statementIds, rows, incomplete: extra.incomplete ?? null, notes: extra.notes ?? [] };
}

const rowsOf = (result: StatementResult | undefined): Row[] => (result?.kind === "rows" ? result.rows : []);

function parseRelease(rows: Row[]): ReleaseInfo {
  const row = rows[0];
  if (row === undefined) return { release: null, profile: null };
  const version = intCell(row, "OS_VERSION");
  const release = intCell(row, "OS_RELEASE");
  return {
    release: version !== null && release !== null ? `${version}.${release}` : null,
    profile: textCell(row, "SIGNED_ON_PROFILE")?.toUpperCase() ?? null,
  };
}

/**
 * The scanning profile's rows are told apart from its groups' rows by name; when the release
 * probe could not name the profile, every row counts (the union is still what the job holds).
 */
function parseProfile(rows: Row[], profile: string | null): ProfileAuthorities {
  const entries = rows.map((row) => ({
    name: (textCell(row, "AUTHORIZATION_NAME") ?? "").toUpperCase(),
    specialAuthorities: specialAuthorityList(textCell(row, "SPECIAL_AUTHORITIES")),
  }));
  const own = entries.find((entry) => entry.name === profile);
  const groups = entries.filter((entry) => entry !== own);
  const direct = own?.specialAuthorities ?? [];
  const effective = [...new Set([...direct, ...groups.flatMap((group) => group.specialAuthorities)])].sort();
  return { profile, direct, groups: profile === null ? [] : groups, effective };
}

function parsePrivilege(row: Row): ObjectPrivilege {
  return {
    library: textCell(row, "SYSTEM_OBJECT_SCHEMA")?.toUpperCase() ?? null,
    object: textCell(row, "SYSTEM_OBJECT_NAME")?.toUpperCase() ?? null,
    user: (textCell(row, "AUTHORIZATION_NAME") ?? "").toUpperCase(),
    authority: textCell(row, "OBJECT_AUTHORITY")?.toUpperCase() ?? null,
    owner: textCell(row, "OWNER")?.toUpperCase() ?? null,
    dataRead: ibmFlag(textCell(row, "DATA_READ")),
    dataAdd: ibmFlag(textCell(row, "DATA_ADD")),
    dataDelete: ibmFlag(textCell(row, "DATA_DELETE")),
    row,
  };
}

function parseConnectionJob(row: Row): ConnectionJob | null {
  const remoteAddress = textCell(row, "REMOTE_ADDRESS");
  const remotePort = intCell(row, "REMOTE_PORT");
  const localPort = intCell(row, "LOCAL_PORT");
  if (remoteAddress === null || remotePort === null || localPort === null) return null;
  return {
    remoteAddress,
    remotePort,
    localPort,
    jobName: textCell(row, "JOB_NAME"),
    user: textCell(row, "AUTHORIZATION_NAME")?.toUpperCase() ?? null,
  };
}

const connectionKey = (remoteAddress: string, remotePort: number, localPort: number) =>
  `${remoteAddress}|${remotePort}|${localPort}`;

function parseConnections(rows: Row[], jobs: readonly ConnectionJob[]): Connection[] {
  const jobByKey = new Map(jobs.map((job) => [connectionKey(job.remoteAddress, job.remotePort, job.localPort), job]));
  return rows.flatMap((row): Connection[] => {
    const remoteAddress = textCell(row, "REMOTE_ADDRESS");
    const remotePort = intCell(row, "REMOTE_PORT");
    const localPort = intCell(row, "LOCAL_PORT");
    if (remoteAddress === null || remotePort === null || localPort === null) return [];
    const job = jobByKey.get(connectionKey(remoteAddress, remotePort, localPort));
    return [
      {
        remoteAddress,
        remotePort,
        localAddress: textCell(row, "LOCAL_ADDRESS"),
        localPort,
        idleSeconds: intCell(row, "IDLE_TIME"),
        jobName: job?.jobName ?? null,
        user: job?.user ?? null,
        row,
      },
    ];
  });
}

/**
 * Turns the per-statement results of one batch (index-aligned with `statements`; a missing
 * entry means the output stopped early) into typed observations. Pure.
 */
export function observe(statements: readonly ReadStatement[], results: readonly (StatementResult | undefined)[]): Observations {
  const byId = new Map(statements.map((statement, index) => [statement.id, { statement, result: results[index] }]));

  const emptyContext: FailureContext = { release: null, profile: null, directSpecialAuthorities: null, servicesPresent: null };
  const outcome = (id: StatementId, context: FailureContext): Outcome => {
    const entry = byId.get(id);
    if (entry === undefined) return { ok: false, failure: NOT_IN_SCAN_FAILURE };
    const failure = classifyFailure(entry.statement, entry.result, context);
    return failure === null ? { ok: true, rows: rowsOf(entry.result) } : { ok: false, failure };
  };

  // Probes first: they name the release, the profile and the services used to explain failures.
  const releaseOutcome = outcome("probe-release", emptyContext);
  const release: Read<ReleaseInfo> = releaseOutcome.ok
    ? succeeded(["probe-release"], releaseOutcome.rows, parseRelease(releaseOutcome.rows))
    : failed(["probe-release"], releaseOutcome.failure);
  const releaseInfo = release.ok ? release.value : { release: null, profile: null };

  const servicesOutcome = outcome("probe-services", { ...emptyContext, release: releaseInfo.release });
  const services: Read<string[]> = servicesOutcome.ok
    ? succeeded(
        ["probe-services"],
        servicesOutcome.rows,
        servicesOutcome.rows.flatMap((row) => textCell(row, "SERVICE_NAME")?.toUpperCase() ?? []).sort(),
      )
    : failed(["probe-services"], servicesOutcome.failure);

  const partialContext: FailureContext = {
    release: releaseInfo.release,
    profile: releaseInfo.profile,
    directSpecialAuthorities: null,
    servicesPresent: services.ok ? services.value : null,
  };
  const profileOutcome = outcome("probe-authorities", partialContext);
  const profile: Read<ProfileAuthorities> = profileOutcome.ok
    ? succeeded(["probe-authorities"], profileOutcome.rows, parseProfile(profileOutcome.rows, releaseInfo.profile))
    : failed(["probe-authorities"], profileOutcome.failure);

  const context: FailureContext = { ...partialContext, directSpecialAuthorities: profile.ok ? profile.value.direct : null };
  const effective = profile.ok ? profile.value.effective : null;
  const groupNames = profile.ok ? profile.value.groups.map((group) => group.name) : [];

  /** Incompleteness when the profile lacks all of `authorities`, judged from the probe. */
  const lacking = (id: StatementId, authorities: readonly string[], alsoAllowedBy?: () => boolean): Incompleteness | null => {
    const statement = byId.get(id)?.statement;
    if (statement?.authority === undefined) return null;
    if (effective !== null && authorities.some((authority) => effective.includes(authority))) return null;
    if (alsoAllowedBy?.()) return null;
    const reason =
      effective === null
        ? `The scanning profile's special authorities could not be read, so this list may be incomplete: it needs ${statement.authority.needs}.`
        : `${context.profile ?? "The scanning profile"} lacks ${authorities.join(" or ")}, so this list shows only what it may see: it needs ${statement.authority.needs}.`;
    return { reason, grantCl: renderGrant(statement.authority.grant, context) };
  };

  function simple<T>(id: StatementId, parse: (rows: Row[]) => T, incomplete: () => Incompleteness | null = () => null): Read<T> {
    const result = outcome(id, context);
    return result.ok ? succeeded([id], result.rows, parse(result.rows), { incomplete: incomplete() }) : failed([id], result.failure);
  }

  const functionUsage = simple(
    "probe-function-usage",
    (rows) =>
      rows.map((row) => ({
        functionId: (textCell(row, "FUNCTION_ID") ?? "").toUpperCase(),
        userName: (textCell(row, "USER_NAME") ?? "").toUpperCase(),
        usage: ibmKeyword(textCell(row, "USAGE")),
        userType: ibmKeyword(textCell(row, "USER_TYPE")),
      })),
    () => lacking("probe-function-usage", ["*SECADM"]),
  );

  // Function usage as IBM resolves it: the profile's own entry, else any of its groups' entries.
  const profileHasFunction = (functionId: string): boolean => {
    if (!functionUsage.ok || context.profile === null) return false;
    const entries = functionUsage.value.filter((entry) => entry.functionId === functionId);
    const own = entries.find((entry) => entry.userName === context.profile);
    if (own !== undefined) return own.usage === "ALLOWED";
    return entries.some((entry) => groupNames.includes(entry.userName) && entry.usage === "ALLOWED");
  };

  const serverJobs = (id: StatementId) =>
    simple(id, (rows) =>
      rows.flatMap((row) => {
        const jobName = textCell(row, "JOB_NAME");
        return jobName === null ? [] : [{ jobName, status: textCell(row, "JOB_STATUS"), row }];
      }),
    );

  const connectionJobs = simple("net-connection-jobs", (rows) => rows.flatMap((row) => parseConnectionJob(row) ?? []));

  const smtpListMembers = simple("smtp-list-members", (rows): ListMember[] =>
    rows.flatMap((row) => {
      const member = textCell(row, "SYSTEM_TABLE_MEMBER")?.toUpperCase();
      return member === undefined ? [] : [{ member, entries: intCell(row, "NUMBER_ROWS") }];
    }),
  );

  return {
    release,
    services,
    profile,
    functionUsage,
    ftpJobs: serverJobs("ftp-jobs"),
    smtpJobs: serverJobs("smtp-jobs"),
    listeners: simple("net-listeners", (rows) =>
      rows.flatMap((row) => {
        const protocol = textCell(row, "PROTOCOL")?.toUpperCase();
        const localPort = intCell(row, "LOCAL_PORT");
        if ((protocol !== "TCP" && protocol !== "UDP") || localPort === null) return [];
        return [{ protocol, localAddress: textCell(row, "LOCAL_ADDRESS"), localPort, row }];
      }),
    ),
    connections: simple("net-connections", (rows) => parseConnections(rows, connectionJobs.ok ? connectionJobs.value : [])),
    connectionJobs,
    serverAutostart: simple("tcp-autostart", (rows) =>
      rows.flatMap((row) => {
        const server = ibmKeyword(textCell(row, "SERVER"));
        return server === null ? [] : [{ server, autostart: ibmFlag(textCell(row, "AUTOSTART")), row }];
      }),
    ),
    ftpFunctionDefaults: simple("ftp-function-defaults", (rows) =>
      rows.map((row) => ({
        functionId: (textCell(row, "FUNCTION_ID") ?? "").toUpperCase(),
        defaultUsage: ibmKeyword(textCell(row, "DEFAULT_USAGE")),
        row,
      })),
    ),
    smtpListMembers,
    smtpAcceptList: readSmtpAcceptList(outcome, context, smtpListMembers),
    telnetAttributes: simple("telnet-attributes", (rows) => {
      const row = rows[0] ?? {};
      return {
        autostart: ibmFlag(textCell(row, "AUTOSTART_SERVER")),
        allowTls: ibmKeyword(textCell(row, "ALLOW_TRANSPORT_LAYER_SECURITY")),
        row,
      };
    }),
    systemValues: simple("system-values", (rows) =>
      rows.flatMap((row) => {
        const name = textCell(row, "SYSTEM_VALUE_NAME")?.toUpperCase();
        if (name === undefined) return [];
        return [{ name, numeric: intCell(row, "CURRENT_NUMERIC_VALUE"), character: textCell(row, "CURRENT_CHARACTER_VALUE"), row }];
      }),
    ),
    exitPrograms: simple("exit-programs", (rows) =>
      rows.flatMap((row) => {
        const exitPoint = textCell(row, "EXIT_POINT_NAME")?.toUpperCase();
        if (exitPoint === undefined) return [];
        return [
          {
            exitPoint,
            format: textCell(row, "EXIT_POINT_FORMAT"),
            number: intCell(row, "EXIT_PROGRAM_NUMBER"),
            library: textCell(row, "EXIT_PROGRAM_LIBRARY"),
            program: textCell(row, "EXIT_PROGRAM"),
            row,
          },
        ];
      }),
    ),
    specialAuthorityHolders: simple(
      "users-special-authorities",
      (rows) =>
        rows.flatMap((row) => {
          const name = textCell(row, "AUTHORIZATION_NAME")?.toUpperCase();
          if (name === undefined) return [];
          return [
            {
              name,
              status: ibmKeyword(textCell(row, "STATUS")),
              specialAuthorities: specialAuthorityList(textCell(row, "SPECIAL_AUTHORITIES")),
              row,
            },
          ];
        }),
      () => lacking("users-special-authorities", ["*ALLOBJ"]),
    ),
    groupMemberships: simple(
      "users-groups",
      (rows) =>
        rows.flatMap((row) => {
          const group = textCell(row, "GROUP_PROFILE_NAME")?.toUpperCase();
          const user = textCell(row, "USER_PROFILE_NAME")?.toUpperCase();
          return group === undefined || user === undefined ? [] : [{ group, user }];
        }),
      () => lacking("users-groups", ["*ALLOBJ"]),
    ),
    outputQueues: simple(
      "outq-info",
      (rows) =>
        rows.flatMap((row) => {
          const library = textCell(row, "OUTPUT_QUEUE_LIBRARY_NAME")?.toUpperCase();
          const name = textCell(row, "OUTPUT_QUEUE_NAME")?.toUpperCase();
          if (library === undefined || name === undefined) return [];
          return [
            {
              library,
              name,
              files: intCell(row, "NUMBER_OF_FILES"),
              displayAnyFile: ibmKeyword(textCell(row, "DISPLAY_ANY_FILE")),
              operatorControlled: ibmKeyword(textCell(row, "OPERATOR_CONTROLLED")),
              authorityToCheck: ibmKeyword(textCell(row, "AUTHORITY_TO_CHECK")),
              row,
            },
          ];
        }),
      () => lacking("outq-info", ["*SPLCTL"]),
    ),
    outputQueuePrivileges: simple(
      "outq-privileges",
      (rows) => rows.map(parsePrivilege),
      () => lacking("outq-privileges", ["*ALLOBJ"], () => profileHasFunction("QIBM_DB_SECADM")),
    ),
    libraryPublicAuthorities: simple("outq-library-privileges", (rows) =>
      rows.flatMap((row) => {
        const library = textCell(row, "SYSTEM_OBJECT_NAME")?.toUpperCase();
        return library === undefined ? [] : [{ library, authority: textCell(row, "OBJECT_AUTHORITY")?.toUpperCase() ?? null, row }];
      }),
    ),
    httpServers: simple("http-servers", (rows) =>
      rows.flatMap((row) => {
        const server = textCell(row, "SERVER_NAME")?.toUpperCase();
        if (server === undefined) return [];
        return [
          {
            server,
            httpFunction: textCell(row, "HTTP_FUNCTION"),
            normalConnections: intCell(row, "SERVER_NORMAL_CONNECTIONS"),
            sslConnections: intCell(row, "SERVER_SSL_CONNECTIONS"),
            row,
          },
        ];
      }),
    ),
    sshdConfig: simple("sshd-config", parseSshdConfig),
    endTcpCnnPrivileges: simple(
      "endtcpcnn-privileges",
      (rows) => rows.map(parsePrivilege),
      () => lacking("endtcpcnn-privileges", ["*ALLOBJ"], () => profileHasFunction("QIBM_DB_SECADM")),
    ),
  };
}

/**
 * The *ACCEPT relay list is read through a QTEMP alias over member ACCEPTRLY. A missing member
 * is an answer, not a failure: ADDSMTPLE creates it with the first *ACCEPT entry, so a file
 * without it has no accept entries. That is only concluded when the member list could be read.
 */
function readSmtpAcceptList(
  outcome: (id: StatementId, context: FailureContext) => Outcome,
  context: FailureContext,
  members: Read<ListMember[]>,
): Observations["smtpAcceptList"] {
  const ids: StatementId[] = ["smtp-accept-alias", "smtp-accept-entries", "smtp-accept-alias-drop"];
  const alias = outcome("smtp-accept-alias", context);
  if (!alias.ok) return failed(ids, alias.failure);
  const entries = outcome("smtp-accept-entries", context);
  if (!entries.ok) {
    const memberMissing =
      entries.failure.kind === "missing-object" && members.ok && !members.value.some((m) => m.member === "ACCEPTRLY");
    if (memberMissing) {
      return succeeded([...ids, "smtp-list-members"], [], [], {
        notes: ["QUSRSYS/QATMADRLST has no member ACCEPTRLY, so no *ACCEPT relay entry was ever added."],
      });
    }
    return failed(ids, entries.failure);
  }
  const parsed = entries.rows.map((row) => parseSmtpListEntry(row));
  const skipped = parsed.filter((entry) => entry === null).length;
  return succeeded(
    ids,
    entries.rows,
    parsed.filter((entry) => entry !== null),
    { notes: skipped > 0 ? [`${skipped} row(s) of ACCEPTRLY held no IPv4 address and were left out.`] : [] },
  );
}
