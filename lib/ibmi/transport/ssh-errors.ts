import { AuthError, ConnectError, HostKeyMismatch, Timeout, type IbmiError } from "../errors";

/** What ssh2 attaches to its errors: `level` from ssh2, `code` from Node's socket and DNS layers. */
type Ssh2Error = Error & { level?: string; code?: string };

export interface ConnectAttempt {
  host: string;
  port: number;
  username: string;
  connectTimeoutMs: number;
  /** The pinned fingerprint and the one the server presented, when the handshake got that far. */
  expectedFingerprint?: string;
  presentedFingerprint?: string;
}

/** Maps a failure before the connection was ready to the layer's typed errors. */
export function connectFailure(error: Ssh2Error, attempt: ConnectAttempt): IbmiError {
  const { host, port } = attempt;
  if (
    attempt.expectedFingerprint !== undefined &&
    attempt.presentedFingerprint !== undefined &&
    attempt.presentedFingerprint !== attempt.expectedFingerprint
  ) {
    return new HostKeyMismatch(host, attempt.expectedFingerprint, attempt.presentedFingerprint);
  }
  if (error.level === "client-authentication") return new AuthError(host, attempt.username, error.message, { cause: error });
  if (error.level === "client-timeout" || error.code === "ETIMEDOUT") return new Timeout(host, "connect", attempt.connectTimeoutMs);
  switch (error.code) {
    case "ECONNREFUSED":
      return new ConnectError(host, port, "refused", error.message, { cause: error });
    case "EHOSTUNREACH":
    case "ENETUNREACH":
    case "EHOSTDOWN":
    case "EADDRNOTAVAIL":
      return new ConnectError(host, port, "unreachable", error.message, { cause: error });
    case "ENOTFOUND":
    case "EAI_AGAIN":
    case "EAI_FAIL":
      return new ConnectError(host, port, "dns", error.message, { cause: error });
    case "ECONNRESET":
    case "EPIPE":
      return new ConnectError(host, port, "dropped", error.message, { cause: error });
  }
  if (error.level === "client-dns") return new ConnectError(host, port, "dns", error.message, { cause: error });
  if (error.level === "handshake" || error.level === "protocol") {
    return new ConnectError(host, port, "handshake", error.message, { cause: error });
  }
  return new ConnectError(host, port, "other", error.message, { cause: error });
}
