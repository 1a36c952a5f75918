import type { ExecOptions, ExecResult, IbmiExecutor } from "../transport/types";

/**
 * A stand-in for a transport in unit tests: answers each exec from `respond` and records what was
 * sent, so a test can check both the command line and the stdin batch.
 */
export function recordingExecutor(
  respond: (command: string, stdin: string | undefined) => Partial<ExecResult>,
  userProfile = "DASHUSR",
): IbmiExecutor & { calls: Array<{ command: string } & ExecOptions> } {
  const calls: Array<{ command: string } & ExecOptions> = [];
  return {
    userProfile,
    calls,
    async exec(command, options = {}) {
      calls.push({ command, ...options });
      return { code: 0, stdout: "", stderr: "", ...respond(command, options.stdin) };
    },
  };
}
