/**
 * The SSH daemon of one simulated system: a real ssh2 server on loopback. It signs users on with
 * their IBM i password or an authorized public key, runs each exec line through the simulated
 * PASE shell, and applies the system's faults (latency, dropped or hung commands, wrong password,
 * changed host key, a noisy login profile). While the system's sshd is ended (ENDTCPSVR
 * SERVER(*SSHD)) the port stops accepting connections, exactly as a real one would.
 */
import { createServer, type Server as NetServer, type Socket } from "node:net";
import { setTimeout as delay } from "node:timers/promises";
// Default import: Node's ESM loader cannot see ssh2's `utils` as a named export (tsx, the CLI).
import ssh2, { type AuthContext, type Connection, type ServerChannel } from "ssh2";
import type { HostKey } from "@/simulator/runtime/host-keys";
import { runExecLine } from "@/simulator/runtime/exec-line";
import type { SystemRuntime } from "@/simulator/runtime/system-runtime";

export interface SshServerOptions {
  host: string;
  /** 0 asks the OS for a free port; after the first listen the port stays fixed. */
  port: number;
  /** Latency added to every reply on top of the latency fault. */
  baseLatencyMs: number;
}

const { Server: SshServer, utils } = ssh2;
type SshServer = InstanceType<typeof SshServer>;

const AUTH_METHODS: AuthContext["method"][] = ["password", "publickey"];

export class SystemSshServer {
  private readonly net: NetServer;
  private readonly primary: SshServer;
  private alternate: SshServer | null = null;
  private readonly connections = new Set<Connection>();
  private readonly sockets = new Set<Socket>();
  private listening = false;
  private transition: Promise<void> = Promise.resolve();
  private unsubscribe: () => void = () => {};
  port: number;

  constructor(
    private readonly runtime: SystemRuntime,
    private readonly hostKey: HostKey,
    private readonly alternateHostKey: () => HostKey,
    private readonly options: SshServerOptions,
  ) {
    this.port = options.port;
    this.primary = this.createSshServer(hostKey);
    this.net = createServer((socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
      socket.on("error", () => socket.destroy());
      const ssh = this.runtime.faults.hostKeyChanged ? (this.alternate ??= this.createSshServer(this.alternateHostKey())) : this.primary;
      ssh.injectSocket(socket);
    });
  }

  get fingerprint(): string {
    return this.runtime.faults.hostKeyChanged ? this.alternateHostKey().fingerprint : this.hostKey.fingerprint;
  }

  async start(): Promise<void> {
    this.unsubscribe = this.runtime.onChange(() => void this.followSshd());
    await this.followSshd();
    // A system whose sshd is down at start still needs its port reserved for later.
    if (!this.listening && this.port === 0) {
      await this.listen();
      await this.stopListening();
    }
  }

  /** Listens while the system's sshd runs, and stops accepting while it is ended. */
  private followSshd(): Promise<void> {
    this.transition = this.transition.then(async () => {
      const running = this.runtime.state.servers.sshd.running;
      if (running && !this.listening) await this.listen();
      if (!running && this.listening) await this.stopListening();
    });
    return this.transition;
  }

  private listen(): Promise<void> {
    return new Promise((resolve, reject) => {
      this.net.once("error", reject);
      this.net.listen(this.port, this.options.host, () => {
        this.net.off("error", reject);
        const address = this.net.address();
        if (address && typeof address === "object") this.port = address.port;
        this.listening = true;
        resolve();
      });
    });
  }

  /**
   * Stops accepting at once. Established sessions go on (net.Server's close callback would wait
   * for them, so it is not awaited), and listening again works before they end.
   */
  private stopListening(): Promise<void> {
    this.listening = false;
    this.net.close();
    return Promise.resolve();
  }

  async stop(): Promise<void> {
    this.unsubscribe();
    await this.transition;
    for (const connection of this.connections) connection.end();
    for (const socket of this.sockets) socket.destroy();
    if (this.listening) await this.stopListening();
  }

  private latency(): Promise<void> {
    const ms = this.options.baseLatencyMs + (this.runtime.faults.latencyMs ?? 0);
    return ms > 0 ? delay(ms) : Promise.resolve();
  }

  private createSshServer(key: HostKey): SshServer {
    return new SshServer({ hostKeys: [key.privateKey], ident: "OpenSSH_9.6" }, (connection, info) => {
      this.connections.add(connection);
      let user = "";
      connection.on("error", () => undefined);
      connection.on("authentication", (context) => void this.authenticate(context).then((name) => name && (user = name)));
      // ssh2 does not expose the socket; find it by the client's address and port.
      const socket = [...this.sockets].find((candidate) => candidate.remotePort === info.port && candidate.remoteAddress === info.ip);
      connection.on("ready", () => {
        const session = this.runtime.openSession(user, info.ip, info.port, () => connection.end());
        const startedAt = new Date();
        connection.on("close", () => session.close());
        connection.on("session", (accept) => {
          const channel = accept();
          channel.on("env", (acceptEnv) => acceptEnv?.());
          channel.on("pty", (acceptPty) => acceptPty?.());
          channel.on("shell", (_accept, reject) => reject?.());
          channel.on("subsystem", (_accept, reject) => reject?.());
          channel.on("exec", (acceptExec, _reject, request) => {
            void this.exec(acceptExec(), request.command, { user, pid: session.pid, startedAt }, socket);
          });
        });
      });
      connection.on("close", () => this.connections.delete(connection));
    });
  }

  /** Resolves to the profile name on success, null otherwise (after answering the client). */
  private async authenticate(context: AuthContext): Promise<string | null> {
    await this.latency();
    const name = context.username.toUpperCase();
    if (context.method === "password") {
      const ok = this.runtime.checkPassword(name, context.password);
      this.runtime.recordSignOn(name, ok);
      if (ok) {
        context.accept();
        return name;
      }
    } else if (context.method === "publickey") {
      const offered = context.key;
      const match = this.runtime
        .authorizedKeys(name)
        .map((line) => utils.parseKey(line))
        .flatMap((parsed) => (parsed instanceof Error ? [] : Array.isArray(parsed) ? parsed : [parsed]))
        .find((key) => key.type === offered.algo && offered.data.equals(key.getPublicSSH()));
      // Without a signature the client only asks whether this key would be accepted.
      if (match && !context.signature) {
        context.accept();
        return null;
      }
      if (match && context.signature && context.blob && match.verify(context.blob, context.signature, context.hashAlgo) === true) {
        this.runtime.recordSignOn(name, true);
        context.accept();
        return name;
      }
    }
    context.reject(AUTH_METHODS);
    return null;
  }

  private async exec(channel: ServerChannel, line: string, session: { user: string; pid: number; startedAt: Date }, socket: Socket | undefined): Promise<void> {
    const faults = this.runtime.faults;
    channel.on("error", () => undefined);
    // A hung command keeps its channel open and never answers; the client has to give up.
    if (faults.hangCommand) return;
    let input = "";
    const stdinDone = new Promise<string>((resolve) => {
      channel.on("data", (chunk: Buffer) => (input += chunk.toString("utf8")));
      channel.on("end", () => resolve(input));
      channel.on("close", () => resolve(input));
    });
    await this.latency();
    const output = await runExecLine(this.runtime, line, session, () => stdinDone);
    const stdout = (faults.loginBanner ?? "") + output.stdout;
    if (faults.disconnectMidCommand) {
      // The command has run; the client loses the connection part-way through its output.
      channel.write(stdout.slice(0, Math.floor(stdout.length / 2)));
      setImmediate(() => socket?.destroy());
      return;
    }
    if (stdout) channel.write(stdout);
    if (output.stderr) channel.stderr.write(output.stderr);
    channel.exit(output.exitCode);
    channel.end();
  }
}
