import type { AddressInfo } from "node:net";
import ssh2, { type Connection, type ServerChannel } from "ssh2";
import { generateEd25519KeyPair } from "./ed25519-key-pair";

// ssh2 is CommonJS: under Node's own ESM loader only some of its exports are named ones.
const { Server, utils } = ssh2;

import { hostKeyFingerprint } from "./host-key";

/**
 * A real ssh2 server on 127.0.0.1 for the transport's integration tests. It authenticates one
 * user by password and/or public key and hands every exec to the test, while counting
 * connections and open channels as the server sees them.
 */

export interface ExecRequest {
  command: string;
  /** Everything the client sent on stdin, once it sent end-of-file. */
  stdin: Promise<string>;
  channel: ServerChannel;
  connection: Connection;
}

export interface TestSshServer {
  port: number;
  hostKeyFingerprint: string;
  stats: {
    connections: number;
    /** Channels opened since the server started. */
    channelsOpened: number;
    openChannels: number;
    maxOpenChannels: number;
    closedChannels: number;
    /** Authentication methods clients tried, in order (`none`, `password`, `publickey`). */
    authMethods: string[];
  };
  /** Resolves when the server has seen `count` channels close. */
  channelsClosed(count: number): Promise<void>;
  close(): Promise<void>;
}

/** Writes output and an exit status, then closes the channel. */
export function reply(channel: ServerChannel, result: { stdout?: string; stderr?: string; code: number }): void {
  if (result.stdout) channel.write(result.stdout);
  if (result.stderr) channel.stderr.write(result.stderr);
  channel.exit(result.code);
  channel.end();
}

export async function startTestSshServer(options: {
  username: string;
  password?: string;
  /** OpenSSH public key lines of the keys allowed to log in. */
  publicKeys?: string[];
  exec: (request: ExecRequest) => void;
}): Promise<TestSshServer> {
  const hostKey = generateEd25519KeyPair();
  const parsedHostKey = utils.parseKey(hostKey.public);
  if (parsedHostKey instanceof Error) throw parsedHostKey;
  const allowedKeys = (options.publicKeys ?? []).map((line) => {
    const key = utils.parseKey(line);
    if (key instanceof Error) throw key;
    return key;
  });

  const stats: TestSshServer["stats"] = { connections: 0, channelsOpened: 0, openChannels: 0, maxOpenChannels: 0, closedChannels: 0, authMethods: [] };
  const closeWaiters: Array<{ count: number; resolve: () => void }> = [];
  const connections = new Set<Connection>();

  const server = new Server({ hostKeys: [hostKey.private] }, (connection) => {
    stats.connections += 1;
    connections.add(connection);
    connection.on("close", () => connections.delete(connection));
    connection.on("error", () => undefined);
    connection.on("authentication", (context) => {
      stats.authMethods.push(context.method);
      const userOk = context.username === options.username;
      if (context.method === "password" && userOk && options.password !== undefined && context.password === options.password) {
        return context.accept();
      }
      if (context.method === "publickey" && userOk) {
        const key = context.key;
        const allowed = allowedKeys.find((candidate) => candidate.type === key.algo && key.data.equals(candidate.getPublicSSH()));
        if (allowed && !context.signature) return context.accept(); // the client asks whether the key would do
        if (allowed && context.signature && context.blob && allowed.verify(context.blob, context.signature, context.hashAlgo) === true) {
          return context.accept();
        }
      }
      context.reject(["password", "publickey"]);
    });
    connection.on("ready", () => {
      connection.on("session", (acceptSession) => {
        const session = acceptSession();
        session.on("exec", (acceptExec, _reject, info) => {
          const channel = acceptExec();
          stats.channelsOpened += 1;
          stats.openChannels += 1;
          stats.maxOpenChannels = Math.max(stats.maxOpenChannels, stats.openChannels);
          channel.on("close", () => {
            stats.openChannels -= 1;
            stats.closedChannels += 1;
            for (const waiter of closeWaiters.filter((w) => stats.closedChannels >= w.count)) {
              closeWaiters.splice(closeWaiters.indexOf(waiter), 1);
              waiter.resolve();
            }
          });
          const stdin = new Promise<string>((resolve) => {
            const chunks: Buffer[] = [];
            channel.on("data", (chunk: Buffer) => chunks.push(chunk));
            channel.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
          });
          options.exec({ command: info.command, stdin, channel, connection });
        });
      });
    });
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    port: (server.address() as AddressInfo).port,
    hostKeyFingerprint: hostKeyFingerprint(parsedHostKey.getPublicSSH()),
    stats,
    channelsClosed: (count) =>
      stats.closedChannels >= count ? Promise.resolve() : new Promise((resolve) => closeWaiters.push({ count, resolve })),
    close: async () => {
      for (const connection of connections) connection.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
