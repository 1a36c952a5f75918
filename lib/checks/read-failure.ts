import type { ReadStatement } from "@/lib/checks/read-batch";
import type { StatementResult } from "@/lib/checks/statement-result";
import { isMissingObjectState } from "@/lib/ibmi/run-sql";

/**
 * Why a read gave no usable answer, kept with enough detail for a check to say exactly what is
 * missing and how to fix it. `explanation` is the plain-language sentence the UI shows.
 */
export type ReadFailure =
  | { kind: "missing-object"; object: string; sqlstate: string | null; explanation: string }
  | { kind: "not-authorized"; object: string; needs: string; grantCl: string | null; sqlstate: string; explanation: string }
  | { kind: "sql-error"; object: string; sqlstate: string; nativeError: number; message: string; explanation: string }
  | { kind: "no-result"; explanation: string }
  | { kind: "not-in-scan"; explanation: string };

/** What the scan already knows about the system when it classifies a failed statement. */
export interface FailureContext {
  release: string | null;
  profile: string | null;
  /** The profile's own special authorities, used to spell out a CHGUSRPRF that keeps them. */
  directSpecialAuthorities: readonly string[] | null;
  /** QSYS2 service names listed by SERVICES_INFO, or null when that probe failed. */
  servicesPresent: readonly string[] | null;
}

// SQL0551 / SQL0552: not authorized to the object or to the operation.
const NOT_AUTHORIZED_SQLSTATES = new Set(["42501", "42502"]);
const NOT_AUTHORIZED_NATIVE_ERRORS = new Set([-551, -552]);

const DB2_PTF_GROUPS: Record<string, string> = { "7.3": "SF99703", "7.4": "SF99704", "7.5": "SF99950", "7.6": "SF99960" };

export function renderGrant(template: string, context: FailureContext): string {
  const profile = context.profile ?? "<scanning profile>";
  const current = (context.directSpecialAuthorities ?? []).join(" ");
  return template
    .replaceAll("{profile}", profile)
    .replaceAll("{currentSpecialAuthorities} ", current === "" ? "" : `${current} `);
}

function missingExplanation(statement: ReadStatement, context: FailureContext): string {
  const release = context.release === null ? "release unknown" : `IBM i ${context.release}`;
  const group = context.release === null ? undefined : DB2_PTF_GROUPS[context.release];
  const remedy = group
    ? `apply the current Db2 PTF group (${group}) to get it`
    : "apply the current Db2 PTF group of this release to get it";
  return `${statement.object} does not exist on this system (${release}). It is available on ${statement.availability}; ${remedy}.`;
}

function notAuthorizedFailure(statement: ReadStatement, context: FailureContext, sqlstate: string): ReadFailure {
  const profile = context.profile ?? "The scanning profile";
  if (statement.authority === undefined) {
    return {
      kind: "not-authorized",
      object: statement.object,
      needs: "authority to the object",
      grantCl: null,
      sqlstate,
      explanation: `${profile} is not authorized to ${statement.object}.`,
    };
  }
  const grantCl = renderGrant(statement.authority.grant, context);
  return {
    kind: "not-authorized",
    object: statement.object,
    needs: statement.authority.needs,
    grantCl,
    sqlstate,
    explanation: `${profile} is not authorized to ${statement.object}: it needs ${statement.authority.needs}. Grant it with ${grantCl}`,
  };
}

export const NO_RESULT_FAILURE: ReadFailure = {
  kind: "no-result",
  explanation:
    'No answer came back for this statement: the batch ended early. If the whole batch answered only "DB2>", the SSH ' +
    "daemon was started from /QOpenSys/usr/sbin/sshd; restart it with ENDTCPSVR SERVER(*SSHD) then STRTCPSVR SERVER(*SSHD).",
};

export const NOT_RUN_FAILURE: ReadFailure = {
  kind: "no-result",
  explanation:
    "This statement did not run: QZDFMDB2 stopped after an earlier statement of the batch failed (see the failures above).",
};

export const NOT_IN_SCAN_FAILURE: ReadFailure = {
  kind: "not-in-scan",
  explanation: "This value is read only by full scans, not by the frequent connection scans.",
};

/**
 * The failure behind a statement's result, or null when it answered. A statement that ran but
 * whose service SERVICES_INFO does not list is still trusted: the answer beats the inventory.
 */
export function classifyFailure(
  statement: ReadStatement,
  result: StatementResult | undefined,
  context: FailureContext,
): ReadFailure | null {
  if (result === undefined) return NO_RESULT_FAILURE;
  if (result.kind === "not-run") return NOT_RUN_FAILURE;
  if (result.kind !== "error") return null;
  // An authority error is unambiguous, so it is read first; a service SERVICES_INFO does not list
  // is missing whatever else went wrong.
  if (NOT_AUTHORIZED_SQLSTATES.has(result.sqlstate) || NOT_AUTHORIZED_NATIVE_ERRORS.has(result.nativeError)) {
    return notAuthorizedFailure(statement, context, result.sqlstate);
  }
  const serviceName = statement.object.split(".")[1] ?? statement.object;
  const listedAsMissing =
    statement.isService && context.servicesPresent !== null && !context.servicesPresent.includes(serviceName);
  if (isMissingObjectState(result.sqlstate) || listedAsMissing) {
    return {
      kind: "missing-object",
      object: statement.object,
      sqlstate: result.sqlstate,
      explanation: missingExplanation(statement, context),
    };
  }
  return {
    kind: "sql-error",
    object: statement.object,
    sqlstate: result.sqlstate,
    nativeError: result.nativeError,
    message: result.message.trim(),
    explanation: `${statement.object} could not be read: SQLSTATE ${result.sqlstate} (native error ${result.nativeError}) ${result.message.trim()}`,
  };
}
