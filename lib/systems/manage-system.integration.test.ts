import { connect, createServer, type AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TestSshServer } from "@/lib/ibmi/transport/ssh-test-server";
import { sshPool, transportFor } from "./connection";
import { deleteSystem } from "./delete-system";
import { setSystemEnabled } from "./set-system-enabled";
import { ZUpdateSystem } from "./system-input";
import { testSystemConnection } from "./test-system-connection";
import { startFakeIbmi } from "./testing/fake-ibmi";
import { insertSystem } from "./testing/system-row";
import { updateSystem } from "./update-system";

const PASSWORD = "first password";
const NEW_PASSWORD = "second password";
const actor = { id: "admin-1", email: "admin@example.test" };
const transport = { connectTimeoutMs: 5_000, commandTimeoutMs: 10_000 };

let server: TestSshServer;
/** Another system that accepts the same password, and one that accepts only the new one. */
let other: TestSshServer;
let rotated: TestSshServer;
let forwarder: { port: number; close: () => Promise<void> };

/** A plain TCP relay to `target`: the same SSH server (and host key) on a second port. */
async function relayTo(target: number) {
  const relay = createServer((socket) => {
    const upstream = connect(target, "127.0.0.1");
    socket.pipe(upstream).pipe(socket);
    socket.on("error", () => upstream.destroy());
    upstream.on("error", () => socket.destroy());
  });
  await new Promise<void>((resolve) => relay.listen(0, "127.0.0.1", resolve));
  return { port: (relay.address() as AddressInfo).port, close: () => new Promise<void>((resolve) => relay.close(() => resolve())) };
}

beforeAll(async () => {
  server = await startFakeIbmi({ username: "DASHUSR", password: PASSWORD });
  other = await startFakeIbmi({ username: "DASHUSR", password: PASSWORD });
  rotated = await startFakeIbmi({ username: "DASHUSR", password: NEW_PASSWORD });
  forwarder = await relayTo(server.port);
});

afterAll(async () => {
  await sshPool().closeAll();
  await Promise.all([server.close(), other.close(), rotated.close()]);
  await forwarder.close();
  await prisma.$disconnect();
});

async function system() {
  return insertSystem(prisma, { port: server.port, hostKeySha256: server.hostKeyFingerprint, credential: { kind: "password", password: PASSWORD } });
}

function edit(id: string, name: string, overrides: Record<string, unknown> = {}) {
  return ZUpdateSystem.parse({ systemId: id, name, host: "127.0.0.1", port: server.port, userProfile: "DASHUSR", authMethod: "password", tags: [], notes: "", ...overrides });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

async function secretOf(id: string) {
  return (await prisma.system.findUniqueOrThrow({ where: { id }, select: { secretCiphertext: true } })).secretCiphertext;
}

describe("editing a system", () => {
  test("name, tags and notes change without a connection test, audited with before and after", async () => {
    const { id, name } = await system();
    const connections = server.stats.connections;
    const result = await updateSystem(prisma, edit(id, `${name}-renamed`, { tags: ["dr"], notes: "Disaster recovery box" }), { actor, transport });
    expect(result).toEqual({ connectionChanged: false });
    expect(server.stats.connections).toBe(connections);
    expect(await prisma.system.findUniqueOrThrow({ where: { id } })).toMatchObject({ name: `${name}-renamed`, tags: ["dr"], notes: "Disaster recovery box" });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "system.update", targetId: id } });
    expect(audit.detail).toEqual({
      name: `${name}-renamed`,
      changes: { name: { from: name, to: `${name}-renamed` }, tags: { from: [], to: ["dr"] }, notes: { from: "", to: "Disaster recovery box" } },
      credentialReplaced: false,
    });
  });

  test("a connection change needs a confirmed fingerprint; on the same host key the sealed password is kept, and the pool entry is dropped", async () => {
    const { id, name } = await system();
    const secret = await secretOf(id);
    // The same SSH server reached through another port: a connection change, the same host key.
    const moved = edit(id, name, { port: forwarder.port });
    const unconfirmed = await failure(updateSystem(prisma, moved, { actor, transport }));
    expect(Object.keys(unconfirmed.fieldErrors ?? {}).sort()).toEqual(["confirmedFingerprint", "fingerprintVerified"]);

    const report = await testSystemConnection(prisma, { ...moved, systemId: id }, { transport });
    expect(report.hostKey.fingerprint).toBe(server.hostKeyFingerprint);

    await transportFor(prisma, id);
    const pooled = sshPool().size;
    const result = await updateSystem(prisma, { ...moved, confirmedFingerprint: server.hostKeyFingerprint, fingerprintVerified: true }, { actor, transport });
    expect(result).toEqual({ connectionChanged: true });
    expect(await secretOf(id)).toBe(secret);
    expect(await prisma.system.findUniqueOrThrow({ where: { id } })).toMatchObject({ port: forwarder.port, hostKeySha256: server.hostKeyFingerprint, release: "7.5" });
    // The pooled connection with the old settings is gone, not left to idle out.
    expect(sshPool().size).toBe(pooled - 1);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "system.update", targetId: id } });
    expect(audit.detail).toMatchObject({ changes: { port: { from: server.port, to: forwarder.port } }, credentialReplaced: false });
  });

  test("the sealed password is never sent to a server with another host key: it must be typed again", async () => {
    const { id, name } = await system();
    const moved = edit(id, name, { port: other.port });
    const logins = other.stats.authMethods.length;
    const tested = await failure(testSystemConnection(prisma, { ...moved, systemId: id }, { transport }));
    expect(tested.fieldErrors?.password?.[0]).toMatch(/only sent to the pinned key/);
    const saved = await failure(updateSystem(prisma, { ...moved, confirmedFingerprint: other.hostKeyFingerprint, fingerprintVerified: true }, { actor, transport }));
    expect(saved.fieldErrors?.password?.[0]).toMatch(/only sent to the pinned key/);
    expect(other.stats.authMethods.length).toBe(logins);
    expect(await prisma.system.findUniqueOrThrow({ where: { id } })).toMatchObject({ port: server.port, hostKeySha256: server.hostKeyFingerprint });

    // Typed again, it is tested and saved for the new host.
    const report = await testSystemConnection(prisma, { ...moved, password: PASSWORD, systemId: id }, { transport });
    await updateSystem(prisma, { ...moved, password: PASSWORD, confirmedFingerprint: report.hostKey.fingerprint, fingerprintVerified: true }, { actor, transport });
    expect(await prisma.system.findUniqueOrThrow({ where: { id } })).toMatchObject({ port: other.port, hostKeySha256: other.hostKeyFingerprint });
  });

  test("a new password is re-checked before it replaces the sealed one, and never reaches the audit log", async () => {
    const { id, name } = await system();
    const secret = await secretOf(id);
    const moved = { ...edit(id, name, { port: rotated.port }), confirmedFingerprint: rotated.hostKeyFingerprint, fingerprintVerified: true };
    const refused = await failure(updateSystem(prisma, { ...moved, password: PASSWORD }, { actor, transport }));
    expect(refused.fieldErrors?.password?.[0]).toMatch(/did not accept the credentials/);
    expect(await prisma.system.findUniqueOrThrow({ where: { id } })).toMatchObject({ port: server.port, hostKeySha256: server.hostKeyFingerprint });

    await updateSystem(prisma, { ...moved, password: NEW_PASSWORD }, { actor, transport });
    expect(await secretOf(id)).not.toBe(secret);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "system.update", targetId: id } });
    expect(audit.detail).toMatchObject({ credentialReplaced: true });
    expect(JSON.stringify(audit.detail)).not.toContain(NEW_PASSWORD);
  });

  test("switching to key sign-on without a key is refused at the key field", async () => {
    const { id, name } = await system();
    const error = await failure(updateSystem(prisma, edit(id, name, { authMethod: "private_key" }), { actor, transport }));
    expect(error.fieldErrors?.privateKey).toEqual(["Paste the private key to switch to key sign-on."]);
  });

  test("a name taken by another system is refused at the name field", async () => {
    const first = await system();
    const second = await system();
    const error = await failure(updateSystem(prisma, edit(second.id, first.name.toUpperCase()), { actor, transport }));
    expect(error.fieldErrors?.name).toEqual(["A system with this name is already registered."]);
  });
});

describe("disabling and deleting", () => {
  test("a disabled system refuses connections until enabled again; both are audited once", async () => {
    const { id } = await system();
    await setSystemEnabled(prisma, id, false, { actor });
    await setSystemEnabled(prisma, id, false, { actor });
    await expect(transportFor(prisma, id)).rejects.toThrow(/is disabled/);
    await setSystemEnabled(prisma, id, true, { actor });
    await expect(transportFor(prisma, id)).resolves.toMatchObject({ system: { id } });
    expect(await prisma.auditEvent.count({ where: { targetId: id, action: { in: ["system.disable", "system.enable"] } } })).toBe(2);
  });

  test("deleting needs the exact name, and takes scans, findings and its trusted networks with it", async () => {
    const { id, name } = await system();
    await prisma.scan.create({ data: { systemId: id, kind: "full", trigger: "manual" } });
    await prisma.finding.create({
      data: { systemId: id, checkId: "FTP-01", key: "ftp", panel: "ftp", severity: "high", title: "FTP runs", detail: "x", evidence: {}, firstSeenAt: new Date(), lastSeenAt: new Date() },
    });
    await prisma.trustedNetwork.create({ data: { systemId: id, cidr: "10.0.0.0/8", label: "LAN" } });

    const wrong = await failure(deleteSystem(prisma, { systemId: id, confirmName: name.toLowerCase() }, { actor }));
    expect(wrong.fieldErrors?.confirmName?.[0]).toContain(name);
    expect(await prisma.system.count({ where: { id } })).toBe(1);

    await deleteSystem(prisma, { systemId: id, confirmName: name }, { actor, ip: "10.9.9.9" });
    expect(await prisma.system.count({ where: { id } })).toBe(0);
    expect(await prisma.scan.count({ where: { systemId: id } })).toBe(0);
    expect(await prisma.finding.count({ where: { systemId: id } })).toBe(0);
    expect(await prisma.trustedNetwork.count({ where: { systemId: id } })).toBe(0);
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "system.delete", targetId: id } });
    expect(audit.detail).toMatchObject({ name, deleted: { scans: 1, findings: 1, remediations: 0, trustedNetworks: 1 } });
  });
});
