import type { BuiltClCommand } from "./cl-builder";

/**
 * The exec lines sent over SSH. Each exec runs in PASE (a Korn shell, or bash if the profile says
 * so); both are POSIX shells. Absolute paths avoid depending on the profile's PATH, and
 * `LC_ALL=EN_US.UTF-8` makes `system` convert job-CCSID output to UTF-8 (vscode-ibmi does the same).
 */

export const PASE_SYSTEM = "/QOpenSys/usr/bin/system";

/** POSIX single-quoting: everything is literal, and `'` becomes `'\''`. `$`, backticks and `;` stay inert. */
export function shellQuote(text: string): string {
  if (/[\0\n\r]/.test(text)) throw new TypeError("a shell argument must not contain NUL or line breaks");
  return `'${text.replace(/'/g, "'\\''")}'`;
}

/** `LC_ALL=EN_US.UTF-8 /QOpenSys/usr/bin/system '<CL>'`. */
export function clExecLine(command: BuiltClCommand): string {
  return `LC_ALL=EN_US.UTF-8 ${PASE_SYSTEM} ${shellQuote(command.text)}`;
}

/**
 * Runs the QShell db2 program on the statements given on stdin (double quotes: nothing inside
 * them expands). `-t`: `;` ends a statement;
 * `-d` and `-i` as vscode-ibmi used them for years (their exact meaning inside QZDFMDB2 is [U]).
 */
export const QZDFMDB2_EXEC_LINE = `LC_ALL=EN_US.UTF-8 ${PASE_SYSTEM} "call QSYS/QZDFMDB2 PARM('-d' '-i' '-t')"`;
