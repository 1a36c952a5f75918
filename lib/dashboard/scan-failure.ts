/**
 * A failed scan in plain words: a headline naming the system and what it means for the
 * officer, and the stored message (the IBM i layer's own user message) as detail. Error types
 * are the class names the scan runner stores (lib/ibmi/errors.ts, WorkerLost from the sweeper).
 */
export interface ScanFailureText {
  headline: string;
  detail: string | null;
}

const HEADLINES: Record<string, (system: string) => string> = {
  HostKeyMismatch: (system) =>
    `The host key of ${system} changed. If you did not expect this, someone may be intercepting the connection. ` +
    "An administrator must check the new fingerprint and accept it under Systems before scans run again.",
  AuthError: (system) => `${system} refused the scanning profile's sign-on. Check its password or key, and that the profile is enabled.`,
  ConnectError: (system) => `${system} could not be reached over SSH.`,
  Timeout: (system) => `${system} did not answer in time.`,
  Db2PromptOnly: (system) =>
    `${system}'s SSH daemon cannot run SQL (it was started from the wrong path). Restart it with ENDTCPSVR SERVER(*SSHD) then STRTCPSVR SERVER(*SSHD).`,
  ShellStartupOutput: (system) => `A login script on ${system} prints text before every command, so its answers could not be read.`,
  Db2OutputError: (system) => `${system}'s SQL answer could not be read.`,
  WorkerLost: (system) => `The scan of ${system} stopped because the process running it died.`,
  AppError: (system) => `The scan of ${system} was refused.`,
};

export function explainScanFailure(systemName: string, errorType: string | null, errorMessage: string | null): ScanFailureText {
  const headline = (errorType !== null ? HEADLINES[errorType] : undefined)?.(systemName) ?? `The scan of ${systemName} failed.`;
  const detail = errorMessage?.trim() ? `${errorMessage.trim()} Earlier findings are unchanged.` : "Earlier findings are unchanged.";
  return { headline, detail };
}
