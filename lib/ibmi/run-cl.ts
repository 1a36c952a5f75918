import { notAuthorizedFromMessages } from "./authority";
import type { BuiltClCommand } from "./cl-builder";
import { parseClMessages } from "./cl-messages";
import { ClCommandError, type ClMessage } from "./errors";
import { clExecLine } from "./shell";
import type { IbmiExecutor } from "./transport/types";

export interface ClResult {
  /** Completion and informational messages, stdout's first, then stderr's. */
  messages: ClMessage[];
  /** Spooled output and anything else the command printed. */
  stdout: string;
}

/**
 * Runs one built CL command through PASE `system` in its own job. Exit status 0 is success (its
 * messages come on stdout); 255 means an escape message (on stderr); any other value is the
 * return code of a called program.
 *
 * @throws NotAuthorized when a message says the profile lacks an authority (see AUTHORITY_MESSAGES).
 * @throws ClCommandError for any other failure, with the exit code and every message.
 */
export async function runCl(conn: IbmiExecutor, command: BuiltClCommand, options: { timeoutMs?: number } = {}): Promise<ClResult> {
  const { code, stdout, stderr } = await conn.exec(clExecLine(command), options);
  const messages = [...parseClMessages(stdout), ...parseClMessages(stderr)];
  if (code === 0) return { messages, stdout };
  throw notAuthorizedFromMessages(messages, conn.userProfile) ?? new ClCommandError(command.text, code, messages);
}
