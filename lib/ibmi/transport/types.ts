/**
 * The seam between the IBM i layer and whatever carries commands: an SSH connection to a real
 * system or the simulator. Runners (`runCl`, `runSql`, `probeSystem`) only need this.
 */

export interface ExecOptions {
  /** Sent on the command's stdin, followed by end-of-file. Without it, end-of-file is sent at once. */
  stdin?: string;
  /** Overrides the transport's per-command timeout. */
  timeoutMs?: number;
}

export interface ExecResult {
  /** Exit status; `null` when the command ended by a signal or the server sent no status. */
  code: number | null;
  /** The signal name when the command was killed by one. */
  signal?: string;
  stdout: string;
  stderr: string;
}

export interface IbmiExecutor {
  /** The IBM i user profile commands run as, in uppercase. */
  readonly userProfile: string;
  /**
   * Runs one command line in a fresh IBM i job (PASE shell) and resolves with its output. Never
   * rejects because of a non-zero exit; rejects with the layer's typed errors (ConnectError,
   * AuthError, HostKeyMismatch, Timeout) when the command could not run to its end.
   */
  exec(command: string, options?: ExecOptions): Promise<ExecResult>;
}
