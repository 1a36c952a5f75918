import { Client, type ClientChannel, type ConnectConfig } from "ssh2";
import { AuthError, ConnectError, Timeout } from "../errors";
import { hostKeyFingerprint } from "./host-key";
import { Semaphore } from "./semaphore";
import { DEFAULT_TRANSPORT_OPTIONS, ZSshConnectionSettings, type SshConnectionSettings, type SshTransportOptions } from "./settings";
import { connectFailure, type ConnectAttempt } from "./ssh-errors";
import type { ExecOptions, ExecResult, IbmiExecutor } from "./types";

/**
 * One SSH connection to one IBM i system, shared by every command for it. Each `exec` opens its
 * own channel (a fresh IBM i job); at most `maxChannels` are open at once and the rest wait. The
 * connection is opened on first use, re-opened after a drop, and closed when idle.
 *
 * Every connection verifies the server's host key against the pinned SHA-256 fingerprint; a
 * different key fails with HostKeyMismatch and is never accepted silently.
 */
export class SshTransport implements IbmiExecutor {
  readonly userProfile: string;
  readonly #settings: SshConnectionSettings;
  readonly #options: Required<SshTransportOptions>;
  readonly #channels: Semaphore;
  #client: Client | null = null;
  #connecting: Promise<Client> | null = null;
  #roundTrips = 0;
  #active = 0;
  #closed = false;
  #idleTimer: NodeJS.Timeout | null = null;
  readonly #drained: Array<() => void> = [];

  constructor(settings: SshConnectionSettings, options: SshTransportOptions = {}) {
    this.#settings = ZSshConnectionSettings.parse(settings);
    this.#options = { ...DEFAULT_TRANSPORT_OPTIONS, ...options };
    this.#channels = new Semaphore(this.#options.maxChannels);
    this.userProfile = this.#settings.username.toUpperCase();
  }

  /** Exec round trips started since the transport was created (scans and the benchmark report it). */
  get roundTrips(): number {
    return this.#roundTrips;
  }

  /**
   * Our end of the SSH connection as the IBM i sees it (its NETSTAT_INFO lists this session as a
   * remote address on port 22), or null when not connected. ssh2 keeps the socket in an internal
   * field; if a future version moves it, this degrades to null.
   */
  get localAddress(): string | null {
    const socket = (this.#client as unknown as { _sock?: { localAddress?: string } } | null)?._sock;
    return socket?.localAddress ?? null;
  }

  /** Whether an SSH connection is currently open. */
  get isConnected(): boolean {
    return this.#client !== null;
  }

  async exec(command: string, options: ExecOptions = {}): Promise<ExecResult> {
    this.#assertOpen();
    const release = await this.#channels.acquire();
    this.#active += 1;
    this.#cancelIdleTimer();
    try {
      this.#assertOpen();
      const client = await this.#connect();
      this.#assertOpen();
      return await this.#run(client, command, options);
    } finally {
      this.#active -= 1;
      release();
      if (this.#active === 0) this.#becameIdle();
    }
  }

  /**
   * Refuses new commands and closes the connection. By default running commands finish first
   * (each is bounded by its timeout); with `force` they fail at once with ConnectError.
   */
  async close(options: { force?: boolean } = {}): Promise<void> {
    this.#closed = true;
    this.#cancelIdleTimer();
    if (!options.force && this.#active > 0) await new Promise<void>((resolve) => this.#drained.push(resolve));
    this.#disconnect();
    const connecting = this.#connecting;
    if (connecting) await connecting.then((client) => client.end(), () => undefined);
  }

  #assertOpen(): void {
    if (this.#closed) throw new ConnectError(this.#settings.host, this.#settings.port, "closed", "the transport was closed");
  }

  #becameIdle(): void {
    for (const resolve of this.#drained.splice(0)) resolve();
    if (this.#closed || this.#options.idleDisconnectMs <= 0) return;
    this.#idleTimer = setTimeout(() => this.#disconnect(), this.#options.idleDisconnectMs);
    this.#idleTimer.unref();
  }

  #cancelIdleTimer(): void {
    if (this.#idleTimer) clearTimeout(this.#idleTimer);
    this.#idleTimer = null;
  }

  #disconnect(): void {
    const client = this.#client;
    this.#client = null;
    client?.end();
  }

  #connect(): Promise<Client> {
    if (this.#client) return Promise.resolve(this.#client);
    this.#connecting ??= this.#openConnection().finally(() => {
      this.#connecting = null;
    });
    return this.#connecting;
  }

  #openConnection(): Promise<Client> {
    const { host, port, username, credential, hostKeyFingerprint: pinned } = this.#settings;
    const attempt: ConnectAttempt = { host, port, username, connectTimeoutMs: this.#options.connectTimeoutMs, expectedFingerprint: pinned };
    return new Promise<Client>((resolve, reject) => {
      const client = new Client();
      client.setMaxListeners(this.#options.maxChannels + 10);
      // Errors and closes after the connection was handed out are handled per command in #run.
      let settled = false;
      const fail = (error: Error) => {
        if (settled) return;
        settled = true;
        client.end();
        reject(error);
      };
      client.once("ready", () => {
        if (settled) return;
        settled = true;
        if (this.#closed) {
          client.end();
          reject(new ConnectError(host, port, "closed", "the transport was closed while connecting"));
          return;
        }
        this.#client = client;
        resolve(client);
      });
      client.on("error", (error) => fail(connectFailure(error, attempt)));
      client.on("close", () => {
        if (this.#client === client) this.#client = null;
        fail(new ConnectError(host, port, "dropped", "the connection closed during the handshake"));
      });

      const config: ConnectConfig = {
        host,
        port,
        username,
        readyTimeout: this.#options.connectTimeoutMs,
        keepaliveInterval: this.#options.keepaliveIntervalMs,
        keepaliveCountMax: this.#options.keepaliveCountMax,
        hostVerifier: (key: Buffer) => {
          attempt.presentedFingerprint = hostKeyFingerprint(key);
          return attempt.presentedFingerprint === pinned;
        },
        ...(credential.kind === "password"
          ? { password: credential.password }
          : { privateKey: credential.privateKey, passphrase: credential.passphrase }),
      };
      try {
        client.connect(config);
      } catch (error) {
        // ssh2 throws synchronously for a private key it cannot read or decrypt.
        fail(new AuthError(host, username, `the private key could not be used: ${(error as Error).message}`, { cause: error }));
      }
    });
  }

  #run(client: Client, command: string, options: ExecOptions): Promise<ExecResult> {
    const { host, port } = this.#settings;
    const timeoutMs = options.timeoutMs ?? this.#options.commandTimeoutMs;
    this.#roundTrips += 1;
    return new Promise<ExecResult>((resolve, reject) => {
      let channel: ClientChannel | null = null;
      let settled = false;
      const settle = (outcome: { error: Error } | { result: ExecResult }) => {
        if (settled) return;
        settled = true;
        clearTimeout(timer);
        client.removeListener("close", onConnectionClose);
        if ("error" in outcome) reject(outcome.error);
        else resolve(outcome.result);
      };
      const onConnectionClose = () => {
        settle({
          error: this.#closed
            ? new ConnectError(host, port, "closed", "the transport was closed while the command was running")
            : new ConnectError(host, port, "dropped", "the connection closed while the command was running"),
        });
      };
      const timer = setTimeout(() => {
        settle({ error: new Timeout(host, "command", timeoutMs) });
        channel?.close();
      }, timeoutMs);
      client.once("close", onConnectionClose);

      try {
        client.exec(command, (error, opened) => {
          if (error) {
            settle({ error: new ConnectError(host, port, "other", `the server refused a command channel: ${error.message}`, { cause: error }) });
            return;
          }
          if (settled) {
            opened.close(); // timed out or dropped before the channel opened
            return;
          }
          channel = opened;
          const stdout: Buffer[] = [];
          const stderr: Buffer[] = [];
          let code: number | null = null;
          let signal: string | undefined;
          opened.on("data", (chunk: Buffer) => stdout.push(chunk));
          opened.stderr.on("data", (chunk: Buffer) => stderr.push(chunk));
          opened.on("exit", (exitCode: number | null, signalName?: string) => {
            if (typeof exitCode === "number") code = exitCode;
            else signal = signalName;
          });
          opened.on("close", () => {
            settle({
              result: {
                code,
                ...(signal ? { signal } : {}),
                stdout: Buffer.concat(stdout).toString("utf8"),
                stderr: Buffer.concat(stderr).toString("utf8"),
              },
            });
          });
          opened.end(options.stdin);
        });
      } catch (error) {
        // client.exec throws when the connection is already gone.
        settle({ error: new ConnectError(host, port, this.#closed ? "closed" : "dropped", (error as Error).message, { cause: error }) });
      }
    });
  }
}
