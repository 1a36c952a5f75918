import { createServer, type AddressInfo } from "node:net";
import type { PgBoss } from "pg-boss";
import { generateEd25519KeyPair } from "@/lib/ibmi/transport/ed25519-key-pair";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { startBoss } from "@/lib/jobs/boss";
import type { TestSshServer } from "@/lib/ibmi/transport/ssh-test-server";
import { SshTransport } from "@/lib/ibmi/transport/ssh-transport";
import { runSql } from "@/lib/ibmi/run-sql";
import { connectionSettings } from "./connection";
import { registerSystem } from "./register-system";
import { ZRegisterSystem, type TRegisterSystem } from "./system-input";
import { testConnection } from "./test-connection";
import { startFakeIbmi } from "./testing/fake-ibmi";

const USER = "DASHUSR";
const PASSWORD = "s3cret 'pass' $word";
const clientKey = generateEd25519KeyPair({ passphrase: "key phrase" });
const actor = { id: "admin-1", email: "admin@example.test" };
const transport = { connectTimeoutMs: 5_000, commandTimeoutMs: 10_000 };

let server: TestSshServer;
let boss: PgBoss;
let closedPort: number;

beforeAll(async () => {
  server = await startFakeIbmi({ username: USER, password: PASSWORD, publicKeys: [clientKey.public] });
  boss = await startBoss({ databaseUrl: getEnv().DATABASE_URL!, supervise: false });
  // A port that was just free and is closed again: connecting to it is refused.
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  closedPort = (probe.address() as AddressInfo).port;
  await new Promise((resolve) => probe.close(resolve));
});

afterAll(async () => {
  await server.close();
  await boss.stop({ graceful: false });
  await prisma.$disconnect();
});

let counter = 0;
function form(overrides: Record<string, unknown> = {}): TRegisterSystem {
  counter += 1;
  return ZRegisterSystem.parse({
    name: `PROD${counter}-${Date.now()}`,
    host: "127.0.0.1",
    port: server.port,
    userProfile: "dashusr",
    authMethod: "password",
    password: PASSWORD,
    tags: ["prod", "emea"],
    notes: "",
    fullScanMinutes: 60,
    connectionsMinutes: 5,
    confirmedFingerprint: server.hostKeyFingerprint,
    fingerprintVerified: true,
    ...overrides,
  });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function counts() {
  return { systems: await prisma.system.count(), audits: await prisma.auditEvent.count(), scans: await prisma.scan.count() };
}

describe("test connection", () => {
  test("shows the presented fingerprint and what the profile can do, without storing anything", async () => {
    const before = await counts();
    const report = await testConnection(
      { host: "127.0.0.1", port: server.port, userProfile: USER, credential: { kind: "password", password: PASSWORD } },
      { transport },
    );
    expect(report.hostKey).toEqual({ fingerprint: server.hostKeyFingerprint, keyType: "ssh-ed25519" });
    expect(report.probe.release?.text).toBe("7.5");
    expect(report.probe.specialAuthorities.effective).toContain("*SPLCTL");
    expect(report.readiness.panels.map((panel) => panel.panel)).toEqual(["ftp", "smtp", "connections", "spool", "remote"]);
    expect(report.readiness.hasProblems).toBe(false);
    expect(await counts()).toEqual(before);
  });

  test("a refused login is reported at the password field", async () => {
    const error = await failure(
      testConnection({ host: "127.0.0.1", port: server.port, userProfile: USER, credential: { kind: "password", password: "wrong" } }, { transport }),
    );
    expect(error.fieldErrors?.password?.[0]).toMatch(/did not accept the credentials for DASHUSR/);
  });
});

describe("registering a system", () => {
  test("seals the credential, pins the confirmed key, stores the probe, audits without secrets and queues a first scan", async () => {
    const input = form();
    const { id, firstScanQueued } = await registerSystem(prisma, boss, input, { actor, ip: "10.0.0.9", transport });
    expect(firstScanQueued).toBe(true);
    const system = await prisma.system.findUniqueOrThrow({ where: { id }, omit: { secretCiphertext: false } });
    expect(system).toMatchObject({
      name: input.name,
      host: "127.0.0.1",
      port: server.port,
      userProfile: USER,
      authMethod: "password",
      hostKeySha256: server.hostKeyFingerprint,
      pendingHostKey: null,
      tags: ["prod", "emea"],
      release: "7.5",
      createdById: actor.id,
    });
    expect(system.secretCiphertext).not.toContain(PASSWORD);
    expect(connectionSettings(system).credential).toEqual({ kind: "password", password: PASSWORD });
    expect((system.probe as { userProfile: string }).userProfile).toBe(USER);

    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "system.create", targetId: id } });
    expect(audit).toMatchObject({ actorEmail: actor.email, outcome: "success", ip: "10.0.0.9" });
    expect(audit.detail).toMatchObject({ name: input.name, hostKey: server.hostKeyFingerprint, authMethod: "password", release: "7.5" });
    expect(JSON.stringify(audit.detail)).not.toContain(PASSWORD);

    const scans = await prisma.scan.findMany({ where: { systemId: id } });
    expect(scans).toMatchObject([{ kind: "full", trigger: "registration", status: "queued", requestedById: actor.id }]);
  });

  test("a private key with a passphrase is sealed with it, and the scan side can connect with the result", async () => {
    const input = form({ authMethod: "private_key", password: "", privateKey: clientKey.private, passphrase: "key phrase" });
    const { id } = await registerSystem(prisma, boss, input, { actor, transport });
    const system = await prisma.system.findUniqueOrThrow({ where: { id }, omit: { secretCiphertext: false } });
    expect(system.authMethod).toBe("private_key");
    expect(system.secretCiphertext).not.toContain("PRIVATE KEY");
    const scanSide = new SshTransport(connectionSettings(system), { idleDisconnectMs: 0 });
    try {
      const [release] = await runSql(scanSide, ["SELECT OS_VERSION, OS_RELEASE FROM SYSIBMADM.ENV_SYS_INFO"]);
      expect(release).toMatchObject({ kind: "rows", rows: [{ OS_VERSION: "7", OS_RELEASE: "5" }] });
    } finally {
      await scanSide.close();
    }
  });

  test("bad input gets a message at its field, and nothing is saved", async () => {
    const before = await counts();
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      [{ port: closedPort }, "port", /refused the connection on port/],
      [{ host: "no-such-system.invalid" }, "host", /could not be resolved|could not be reached|did not complete/],
      [{ password: "not the password" }, "password", /did not accept the credentials/],
      [{ confirmedFingerprint: `SHA256:${"A".repeat(43)}` }, "confirmedFingerprint", /now presents the host key/],
      [{ authMethod: "private_key", password: "", privateKey: clientKey.public }, "privateKey", /public key/],
      [{ authMethod: "private_key", password: "", privateKey: clientKey.private, passphrase: "wrong" }, "passphrase", /does not open the key/],
    ];
    for (const [overrides, field, message] of cases) {
      const error = await failure(registerSystem(prisma, boss, form(overrides), { actor, transport }));
      expect(error.fieldErrors?.[field]?.[0], field).toMatch(message);
    }
    expect(await counts()).toEqual(before);
  });

  test("a duplicate name (in any case) is refused at the name field, before any connection", async () => {
    const first = form();
    await registerSystem(prisma, boss, first, { actor, transport });
    const before = await counts();
    const connections = server.stats.connections;
    const error = await failure(registerSystem(prisma, boss, { ...form(), name: first.name.toLowerCase() }, { actor, transport }));
    expect(error.fieldErrors?.name).toEqual(["A system with this name is already registered."]);
    expect(server.stats.connections).toBe(connections);
    expect(await counts()).toEqual(before);
  });
});
