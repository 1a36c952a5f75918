import { createServer, type AddressInfo } from "node:net";
import { generateEd25519KeyPair } from "./ed25519-key-pair";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { AuthError, ConnectError, HostKeyMismatch, Timeout } from "../errors";
import { fetchHostKeyFingerprint } from "./fetch-host-key";
import { ConnectionPool } from "./pool";
import type { SshConnectionSettings } from "./settings";
import { reply, startTestSshServer, type ExecRequest, type TestSshServer } from "./ssh-test-server";
import { SshTransport } from "./ssh-transport";

const USER = "dashusr";
const PASSWORD = "pa$$ 'word'";
const clientKey = generateEd25519KeyPair();
const lockedKey = generateEd25519KeyPair({ passphrase: "open sesame" });

/** The test's tiny command language, answered by the server. */
function answer({ command, stdin, channel, connection }: ExecRequest): void {
  const [verb, argument] = command.split(" ");
  switch (verb) {
    case "exit":
      return reply(channel, { stdout: "out\n", stderr: "CPF2111: Library X already exists.\n", code: Number(argument) });
    case "echo-stdin":
      void stdin.then((text) => reply(channel, { stdout: text, code: 0 }));
      return;
    case "sleep":
      setTimeout(() => reply(channel, { stdout: "slept", code: 0 }), Number(argument));
      return;
    case "split-utf8": {
      // "é" is two bytes in UTF-8: the first packet ends in the middle of it.
      const bytes = Buffer.from("café ✓", "utf8");
      channel.write(bytes.subarray(0, 4));
      setTimeout(() => {
        channel.write(bytes.subarray(4));
        reply(channel, { code: 0 });
      }, 20);
      return;
    }
    case "hang":
      return;
    case "drop":
      connection.end();
      return;
    default:
      reply(channel, { stderr: `unknown test command ${command}`, code: 127 });
  }
}

let server: TestSshServer;

beforeAll(async () => {
  server = await startTestSshServer({ username: USER, password: PASSWORD, publicKeys: [clientKey.public, lockedKey.public], exec: answer });
});

afterAll(async () => {
  await server.close();
});

function settings(overrides: Partial<SshConnectionSettings> = {}): SshConnectionSettings {
  return {
    host: "127.0.0.1",
    port: server.port,
    username: USER,
    credential: { kind: "password", password: PASSWORD },
    hostKeyFingerprint: server.hostKeyFingerprint,
    ...overrides,
  };
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("expected the promise to reject");
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 10));
}

describe("SshTransport against a real SSH server", () => {
  test("password login; exit codes, stdout and stderr come back without throwing", async () => {
    const transport = new SshTransport(settings());
    try {
      expect(transport.userProfile).toBe("DASHUSR");
      expect(await transport.exec("exit 0")).toEqual({ code: 0, stdout: "out\n", stderr: "CPF2111: Library X already exists.\n" });
      expect(await transport.exec("exit 255")).toMatchObject({ code: 255 });
      expect(await transport.exec("exit 4")).toMatchObject({ code: 4 });
      expect(transport.roundTrips).toBe(3);
    } finally {
      await transport.close();
    }
  });

  test("private key login, with and without a passphrase", async () => {
    const plain = new SshTransport(settings({ credential: { kind: "key", privateKey: clientKey.private } }));
    const locked = new SshTransport(
      settings({ credential: { kind: "key", privateKey: lockedKey.private, passphrase: "open sesame" } }),
    );
    try {
      expect(await plain.exec("exit 0")).toMatchObject({ code: 0 });
      expect(await locked.exec("exit 0")).toMatchObject({ code: 0 });
    } finally {
      await Promise.all([plain.close(), locked.close()]);
    }
  });

  test("a wrong password or an unreadable key is an AuthError", async () => {
    const wrong = new SshTransport(settings({ credential: { kind: "password", password: "nope" } }));
    const badPassphrase = new SshTransport(
      settings({ credential: { kind: "key", privateKey: lockedKey.private, passphrase: "wrong" } }),
    );
    try {
      const error = await rejection(wrong.exec("exit 0"));
      expect(error).toBeInstanceOf(AuthError);
      expect((error as AuthError).userMessage).toContain(USER);
      expect(await rejection(badPassphrase.exec("exit 0"))).toBeInstanceOf(AuthError);
    } finally {
      await Promise.all([wrong.close(), badPassphrase.close()]);
    }
  });

  test("a host key other than the pinned one refuses the connection before any credential is sent", async () => {
    const pinned = "SHA256:" + "A".repeat(43);
    const methodsBefore = server.stats.authMethods.length;
    const transport = new SshTransport(settings({ hostKeyFingerprint: pinned }));
    try {
      const error = await rejection(transport.exec("exit 0"));
      expect(error).toBeInstanceOf(HostKeyMismatch);
      expect(error).toMatchObject({ expected: pinned, presented: server.hostKeyFingerprint });
      expect(server.stats.authMethods.length).toBe(methodsBefore);
      // Still refused the second time: nothing was re-pinned.
      expect(await rejection(transport.exec("exit 0"))).toBeInstanceOf(HostKeyMismatch);
    } finally {
      await transport.close();
    }
  });

  test("trust on first use reads the host key without authenticating", async () => {
    const methodsBefore = server.stats.authMethods.length;
    const key = await fetchHostKeyFingerprint("127.0.0.1", server.port);
    expect(key).toEqual({ fingerprint: server.hostKeyFingerprint, keyType: "ssh-ed25519" });
    const tried = server.stats.authMethods.slice(methodsBefore);
    expect(tried.filter((method) => method !== "none")).toEqual([]);
  });

  test("a hung command times out and its channel is closed; the connection stays usable", async () => {
    const transport = new SshTransport(settings());
    try {
      const closedBefore = server.stats.closedChannels;
      const error = await rejection(transport.exec("hang", { timeoutMs: 300 }));
      expect(error).toBeInstanceOf(Timeout);
      expect(error).toMatchObject({ operation: "command", timeoutMs: 300 });
      await server.channelsClosed(closedBefore + 1);
      expect(await transport.exec("exit 0")).toMatchObject({ code: 0 });
    } finally {
      await transport.close();
    }
  });

  test("a connection dropped mid-command fails that command; the next exec reconnects", async () => {
    const transport = new SshTransport(settings());
    try {
      await transport.exec("exit 0");
      const connectionsBefore = server.stats.connections;
      const error = await rejection(transport.exec("drop"));
      expect(error).toBeInstanceOf(ConnectError);
      expect((error as ConnectError).reason).toBe("dropped");
      expect(await transport.exec("exit 0")).toMatchObject({ code: 0 });
      expect(server.stats.connections).toBe(connectionsBefore + 1);
    } finally {
      await transport.close();
    }
  });

  test("8 parallel execs with a limit of 3 never have more than 3 channels open, over one connection", async () => {
    const transport = new SshTransport(settings(), { maxChannels: 3 });
    try {
      await transport.exec("exit 0");
      const connectionsBefore = server.stats.connections;
      server.stats.maxOpenChannels = 0;
      const results = await Promise.all(Array.from({ length: 8 }, () => transport.exec("sleep 100")));
      expect(results.map((result) => result.stdout)).toEqual(Array(8).fill("slept"));
      expect(server.stats.maxOpenChannels).toBe(3);
      expect(server.stats.connections).toBe(connectionsBefore);
      expect(transport.roundTrips).toBe(9);
    } finally {
      await transport.close();
    }
  });

  test("stdin is delivered whole, followed by end-of-file; without stdin the command gets end-of-file at once", async () => {
    const transport = new SshTransport(settings());
    try {
      const statements = Array.from({ length: 5000 }, (_, n) => `SELECT ${n}, 'é✓' FROM SYSIBM.SYSDUMMY1`).join(";\n");
      expect((await transport.exec("echo-stdin", { stdin: statements })).stdout).toBe(statements);
      expect(await transport.exec("echo-stdin")).toMatchObject({ code: 0, stdout: "" });
    } finally {
      await transport.close();
    }
  });

  test("multibyte characters split across packets decode intact", async () => {
    const transport = new SshTransport(settings());
    try {
      expect((await transport.exec("split-utf8")).stdout).toBe("café ✓");
    } finally {
      await transport.close();
    }
  });

  test("an idle connection is closed and reopened on the next exec", async () => {
    const transport = new SshTransport(settings(), { idleDisconnectMs: 50 });
    try {
      await transport.exec("exit 0");
      const connectionsBefore = server.stats.connections;
      await until(() => !transport.isConnected);
      expect(await transport.exec("exit 0")).toMatchObject({ code: 0 });
      expect(server.stats.connections).toBe(connectionsBefore + 1);
    } finally {
      await transport.close();
    }
  });

  test("close refuses new commands; a forced close fails running ones", async () => {
    const transport = new SshTransport(settings());
    await transport.exec("exit 0");
    const openedBefore = server.stats.channelsOpened;
    const running = rejection(transport.exec("hang"));
    await until(() => server.stats.channelsOpened > openedBefore);
    await transport.close({ force: true });
    expect(await running).toMatchObject({ reason: "closed" });
    expect(await rejection(transport.exec("exit 0"))).toMatchObject({ reason: "closed" });
  });

  test("a refused port is a ConnectError naming the reason", async () => {
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
    const freePort = (probe.address() as AddressInfo).port;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const transport = new SshTransport(settings({ port: freePort }));
    const error = await rejection(transport.exec("exit 0"));
    expect(error).toBeInstanceOf(ConnectError);
    expect((error as ConnectError).reason).toBe("refused");
    expect(await rejection(fetchHostKeyFingerprint("127.0.0.1", freePort))).toMatchObject({ reason: "refused" });
  });
});

describe("ConnectionPool", () => {
  test("reuses a system's transport, replaces it when settings change, and closes everything on shutdown", async () => {
    const pool = new ConnectionPool();
    const first = pool.get("system-1", settings());
    expect(pool.get("system-1", settings())).toBe(first);
    await first.exec("exit 0");

    const changed = pool.get("system-1", settings({ credential: { kind: "key", privateKey: clientKey.private } }));
    expect(changed).not.toBe(first);
    expect(await rejection(first.exec("exit 0"))).toMatchObject({ reason: "closed" });
    expect(await changed.exec("exit 0")).toMatchObject({ code: 0 });

    const other = pool.get("system-2", settings());
    expect(pool.size).toBe(2);
    await pool.invalidate("system-2");
    expect(pool.size).toBe(1);
    expect(await rejection(other.exec("exit 0"))).toMatchObject({ reason: "closed" });

    await pool.closeAll();
    expect(pool.size).toBe(0);
    expect(await rejection(changed.exec("exit 0"))).toMatchObject({ reason: "closed" });
    expect(() => pool.get("system-1", settings())).toThrow(/shut down/);
  });
});
