import { AppError } from "@/lib/errors";
import { AuthError, ConnectError, HostKeyMismatch, IbmiError, Timeout } from "@/lib/ibmi/errors";
import { credentialField, type TAuthMethod } from "./system-input";

/**
 * Turns a failed connection test into an AppError whose message sits at the form field the
 * administrator has to change: the host for an unreachable or unknown host, the port for a
 * refused connection, the credential for a refused login, the fingerprint for a changed key.
 * Failures after the login (a noisy shell profile, SQL answering only "DB2>") concern the system
 * itself and are reported for the whole form.
 */
export function connectionProblem(error: unknown, context: { authMethod: TAuthMethod; outcome: string }): AppError {
  if (!(error instanceof IbmiError)) throw error;
  const field = fieldOf(error, context.authMethod);
  const explanation =
    error instanceof HostKeyMismatch
      ? `The system now presents the host key ${error.presented}, not the one you confirmed (${error.expected}). ` +
        "Test the connection again and compare the new fingerprint before saving."
      : error.userMessage;
  return new AppError("unavailable", `${context.outcome} ${explanation}`, field ? { [field]: [explanation] } : undefined);
}

function fieldOf(error: IbmiError, authMethod: TAuthMethod): string | null {
  if (error instanceof HostKeyMismatch) return "confirmedFingerprint";
  if (error instanceof AuthError) return credentialField(authMethod);
  if (error instanceof Timeout) return error.operation === "connect" ? "host" : null;
  if (error instanceof ConnectError) {
    switch (error.reason) {
      case "refused":
        return "port";
      case "unreachable":
      case "dns":
      case "handshake":
      case "other":
        return "host";
      case "dropped":
      case "closed":
        return null;
    }
  }
  return null;
}

/** The stored credential stays with the key it was pinned with; another key needs it typed again. */
export function storedCredentialRefused(authMethod: TAuthMethod, presented: string, pinned: string): AppError {
  const field = credentialField(authMethod);
  const what = field === "password" ? "password" : "private key";
  const message =
    `This address presents the host key ${presented}, not the pinned ${pinned}. The stored ${what} is only sent to the pinned key: ` +
    `enter the ${what} again to use it here.`;
  return new AppError("refused", message, { [field]: [message] });
}
