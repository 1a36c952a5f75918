/**
 * Every failure of the IBM i access layer is one of these classes. Each has a stable `code` (for
 * programs and stored records) and a `userMessage` in plain language (for the screen); `message`
 * is the technical detail for logs. `toErrorInfo` turns any thrown value into JSON that can be
 * stored with a scan or a remediation.
 */

export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };

export abstract class IbmiError extends Error {
  abstract readonly code: string;
  readonly userMessage: string;

  protected constructor(message: string, userMessage: string, options?: { cause?: unknown }) {
    super(message, options);
    this.userMessage = userMessage;
  }

  /** Error-specific fields for `toErrorInfo`; JSON-safe by construction. */
  details(): Record<string, JsonValue> {
    return {};
  }
}

/** Where a connection attempt failed, for `ConnectError`. */
export type ConnectFailure = "refused" | "unreachable" | "dns" | "dropped" | "closed" | "handshake" | "other";

/** The TCP/SSH connection could not be made, or it dropped while a command was running. */
export class ConnectError extends IbmiError {
  readonly code = "IBMI_CONNECT";
  override readonly name = "ConnectError";
  readonly host: string;
  readonly port: number;
  readonly reason: ConnectFailure;

  constructor(host: string, port: number, reason: ConnectFailure, detail: string, options?: { cause?: unknown }) {
    super(`SSH connection to ${host}:${port} failed (${reason}): ${detail}`, connectUserMessage(host, port, reason), options);
    this.host = host;
    this.port = port;
    this.reason = reason;
  }

  override details() {
    return { host: this.host, port: this.port, reason: this.reason };
  }
}

function connectUserMessage(host: string, port: number, reason: ConnectFailure): string {
  switch (reason) {
    case "refused":
      return `${host} refused the connection on port ${port}. Check that the SSH server is running (STRTCPSVR SERVER(*SSHD)) and the port is right.`;
    case "unreachable":
      return `${host} could not be reached on port ${port}. Check the address and any firewall between the dashboard and the system.`;
    case "dns":
      return `The host name ${host} could not be resolved. Check the name or use the IP address.`;
    case "dropped":
      return `The connection to ${host} dropped while a command was running. The next attempt reconnects.`;
    case "closed":
      return `The connection to ${host} was closed by the dashboard before the command could run.`;
    case "handshake":
      return `The SSH handshake with ${host} failed. The SSH server may not support the dashboard's algorithms.`;
    case "other":
      return `The SSH connection to ${host} on port ${port} failed.`;
  }
}

/** The system refused the user name and password or key. */
export class AuthError extends IbmiError {
  readonly code = "IBMI_AUTH";
  override readonly name = "AuthError";
  readonly username: string;

  constructor(host: string, username: string, detail: string, options?: { cause?: unknown }) {
    super(
      `SSH authentication as ${username} on ${host} failed: ${detail}`,
      `${host} did not accept the credentials for ${username}. Check the password or key, and that the profile is enabled.`,
      options,
    );
    this.username = username;
  }

  override details() {
    return { username: this.username };
  }
}

/**
 * The system presented a different host key from the one pinned at registration. The connection
 * is refused and the pin is never updated silently: a changed key is either a reinstall or a
 * man-in-the-middle, and only a person can tell which.
 */
export class HostKeyMismatch extends IbmiError {
  readonly code = "IBMI_HOST_KEY_MISMATCH";
  override readonly name = "HostKeyMismatch";
  readonly expected: string;
  readonly presented: string;

  constructor(host: string, expected: string, presented: string) {
    super(
      `Host key of ${host} is ${presented}, expected ${expected}`,
      `${host} presented a different SSH host key (${presented}) from the one recorded (${expected}). ` +
        "The connection was refused. If the system was reinstalled or its key regenerated, an administrator " +
        "must confirm the new fingerprint; otherwise someone may be intercepting the connection.",
    );
    this.expected = expected;
    this.presented = presented;
  }

  override details() {
    return { expected: this.expected, presented: this.presented };
  }
}

/** A connection or a command took longer than allowed. A timed-out command's channel is closed. */
export class Timeout extends IbmiError {
  readonly code = "IBMI_TIMEOUT";
  override readonly name = "Timeout";
  readonly operation: "connect" | "command";
  readonly timeoutMs: number;

  constructor(host: string, operation: "connect" | "command", timeoutMs: number) {
    super(
      `${operation === "connect" ? "Connecting to" : "Command on"} ${host} timed out after ${timeoutMs} ms`,
      operation === "connect"
        ? `${host} did not complete the SSH connection within ${Math.round(timeoutMs / 1000)} s.`
        : `A command on ${host} did not finish within ${Math.round(timeoutMs / 1000)} s and was stopped.`,
    );
    this.operation = operation;
    this.timeoutMs = timeoutMs;
  }

  override details() {
    return { operation: this.operation, timeoutMs: this.timeoutMs };
  }
}

export interface ClMessage {
  id: string;
  text: string;
}

/** A CL command ended with an escape message or a non-zero return code. */
export class ClCommandError extends IbmiError {
  readonly code = "IBMI_CL_FAILED";
  override readonly name = "ClCommandError";
  readonly command: string;
  readonly exitCode: number | null;
  readonly messages: ClMessage[];

  constructor(command: string, exitCode: number | null, messages: ClMessage[]) {
    const escape = messages.at(-1);
    super(
      `${command} failed with exit code ${exitCode}${escape ? `: ${escape.id} ${escape.text}` : ""}`,
      escape
        ? `The IBM i command failed: ${escape.text} (${escape.id}).`
        : `The IBM i command failed (exit code ${exitCode}) without a message.`,
    );
    this.command = command;
    this.exitCode = exitCode;
    this.messages = messages;
  }

  get messageIds(): string[] {
    return this.messages.map((message) => message.id);
  }

  override details() {
    return { command: this.command, exitCode: this.exitCode, messages: this.messages.map((m) => ({ ...m })) };
  }
}

/** A Db2 for i statement failed (a CLI ERROR block whose SQLSTATE is not a warning). */
export class SqlError extends IbmiError {
  readonly code = "IBMI_SQL_FAILED";
  override readonly name = "SqlError";
  readonly sqlstate: string;
  readonly nativeError: number;
  readonly statement: string;

  constructor(statement: string, sqlstate: string, nativeError: number, message: string) {
    super(
      `SQL failed with SQLSTATE ${sqlstate} (${nativeError}): ${message} — statement: ${statement}`,
      `An SQL query on the system failed: ${message} (SQLSTATE ${sqlstate}).`,
    );
    this.statement = statement;
    this.sqlstate = sqlstate;
    this.nativeError = nativeError;
  }

  override details() {
    return { sqlstate: this.sqlstate, nativeError: this.nativeError, statement: this.statement };
  }
}

/** What the dashboard's IBM i profile lacks. */
export type AuthorityRequirement =
  | { kind: "special-authority"; authority: string }
  | { kind: "function-usage"; functionId: string }
  | { kind: "object-authority"; object?: { library: string; name: string; type: string } };

/**
 * The dashboard's IBM i profile lacks an authority. Names what is missing and the CL a security
 * officer runs to grant it.
 */
export class NotAuthorized extends IbmiError {
  readonly code = "IBMI_NOT_AUTHORIZED";
  override readonly name = "NotAuthorized";
  readonly userProfile: string;
  readonly requirement: AuthorityRequirement;
  readonly grantCl: string;
  readonly messageId: string | null;

  constructor(
    userProfile: string,
    requirement: AuthorityRequirement,
    grantCl: string,
    evidence: { messageId?: string; detail: string },
  ) {
    super(
      `${userProfile} is not authorized (${describeRequirement(requirement)}): ${evidence.detail}`,
      `The IBM i profile ${userProfile} lacks ${describeRequirement(requirement)}. A security officer can grant it with: ${grantCl}` +
        (requirement.kind === "special-authority"
          ? " (SPCAUT replaces the whole list, so keep the special authorities the profile already has)."
          : ""),
    );
    this.userProfile = userProfile;
    this.requirement = requirement;
    this.grantCl = grantCl;
    this.messageId = evidence.messageId ?? null;
  }

  override details() {
    return {
      userProfile: this.userProfile,
      requirement: { ...this.requirement },
      grantCl: this.grantCl,
      messageId: this.messageId,
    };
  }
}

function describeRequirement(requirement: AuthorityRequirement): string {
  switch (requirement.kind) {
    case "special-authority":
      return `${requirement.authority} special authority`;
    case "function-usage":
      return `the function usage ${requirement.functionId}`;
    case "object-authority":
      return "authority to an object the command uses";
  }
}

/** An IBM i service (SQL view, table function or procedure) is missing on this release/PTF level. */
export class ServiceUnavailable extends IbmiError {
  readonly code = "IBMI_SERVICE_UNAVAILABLE";
  override readonly name = "ServiceUnavailable";
  readonly service: string;

  constructor(service: string, detail: string) {
    super(
      `${service} is not available: ${detail}`,
      `This system does not have ${service}. Install the current Db2 PTF group, or the check cannot run on this release.`,
    );
    this.service = service;
  }

  override details() {
    return { service: this.service };
  }
}

/**
 * QZDFMDB2 printed its `DB2>` prompt and nothing else. Seen when the SSH daemon was started from
 * /QOpenSys/usr/sbin/sshd instead of IBM's own path; restarting it through TCP/IP fixes it.
 */
export class Db2PromptOnly extends IbmiError {
  readonly code = "IBMI_DB2_PROMPT_ONLY";
  override readonly name = "Db2PromptOnly";

  constructor() {
    super(
      "QZDFMDB2 answered with only the DB2> prompt and no results: restart the SSH daemon with " +
        "ENDTCPSVR SERVER(*SSHD) then STRTCPSVR SERVER(*SSHD) so that it runs from " +
        "/QOpenSys/QIBM/ProdData/SC1/OpenSSH/sbin/sshd",
      "SQL on this system returns no results over SSH. This happens when the SSH daemon was started from " +
        "the wrong path. Restart it with ENDTCPSVR SERVER(*SSHD) then STRTCPSVR SERVER(*SSHD), so that it runs " +
        "from /QOpenSys/QIBM/ProdData/SC1/OpenSSH/sbin/sshd.",
    );
  }
}

/** Text arrived on stdout before QZDFMDB2's first prompt: a shell start-up file prints something. */
export class ShellStartupOutput extends IbmiError {
  readonly code = "IBMI_SHELL_STARTUP_OUTPUT";
  override readonly name = "ShellStartupOutput";
  readonly sample: string;

  constructor(sample: string) {
    super(
      `Unexpected output before the first DB2> prompt: ${JSON.stringify(sample)}`,
      "A shell start-up file of the dashboard's IBM i profile (for example ~/.profile or ~/.bashrc) writes to " +
        "standard output, which corrupts every answer. Keep shell start-up files silent for this profile.",
    );
    this.sample = sample;
  }

  override details() {
    return { sample: this.sample };
  }
}

/** QZDFMDB2 output that does not follow the known grammar; parsing stops rather than guessing. */
export class Db2OutputError extends IbmiError {
  readonly code = "IBMI_DB2_OUTPUT_UNPARSEABLE";
  override readonly name = "Db2OutputError";

  constructor(detail: string) {
    super(
      `Unexpected QZDFMDB2 output: ${detail}`,
      "The system's answer to an SQL query was not in the expected format, so it was not used.",
    );
  }
}

/** A value meant for a CL command or SQL statement failed validation; nothing was sent. */
export class InvalidValueError extends IbmiError {
  readonly code = "IBMI_INVALID_VALUE";
  override readonly name = "InvalidValueError";
  readonly field: string;

  constructor(field: string, problem: string, value: unknown) {
    super(`${field}: ${problem} (got ${preview(value)})`, `${field}: ${problem}.`);
    this.field = field;
  }

  override details() {
    return { field: this.field };
  }
}

function preview(value: unknown): string {
  const text = typeof value === "string" ? JSON.stringify(value) : String(value);
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

export interface ErrorInfo {
  type: string;
  code: string;
  message: string;
  userMessage: string;
  [key: string]: JsonValue;
}

/** Any thrown value as JSON for storage. Unknown errors keep their message but get a generic userMessage. */
export function toErrorInfo(error: unknown): ErrorInfo {
  if (error instanceof IbmiError) {
    return { ...error.details(), type: error.name, code: error.code, message: error.message, userMessage: error.userMessage };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    type: error instanceof Error ? error.name : typeof error,
    code: "UNEXPECTED",
    message,
    userMessage: "An unexpected error occurred while talking to the system.",
  };
}
