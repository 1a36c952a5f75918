import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import type { TestSshServer } from "@/lib/ibmi/transport/ssh-test-server";
import { executeScan } from "@/lib/scans/execute-scan";
import { sshPool } from "./connection";
import { acceptHostKey, dismissHostKey } from "./host-key-change";
import { startFakeIbmi } from "./testing/fake-ibmi";
import { insertSystem } from "./testing/system-row";

const PASSWORD = "pw";
const actor = { id: "admin-1", email: "admin@example.test" };
/** Each test server has its own host key: moving a system's port between them is a key change. */
let original: TestSshServer;
let reinstalled: TestSshServer;
let intercepted: TestSshServer;

beforeAll(async () => {
  [original, reinstalled, intercepted] = await Promise.all([1, 2, 3].map(() => startFakeIbmi({ username: "DASHUSR", password: PASSWORD })));
});

afterAll(async () => {
  await sshPool().closeAll();
  await Promise.all([original, reinstalled, intercepted].map((server) => server.close()));
  await prisma.$disconnect();
});

/** A system pinned to `original`'s key whose address now answers with `server`'s key, after one scan. */
async function systemAfterKeyChange(server: TestSshServer) {
  const system = await insertSystem(prisma, { port: original.port, hostKeySha256: original.hostKeyFingerprint, credential: { kind: "password", password: PASSWORD } });
  await prisma.system.update({ where: { id: system.id }, data: { port: server.port } });
  const scan = await prisma.scan.create({ data: { systemId: system.id, kind: "connections", trigger: "manual" } });
  await executeScan(prisma, scan.id, { workerId: "test-worker" });
  return { ...system, scanId: scan.id };
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("a changed host key", () => {
  test("a scan that meets it fails, stores the new key as pending and keeps the pin", async () => {
    const { id, scanId } = await systemAfterKeyChange(reinstalled);
    expect(await prisma.scan.findUniqueOrThrow({ where: { id: scanId } })).toMatchObject({ status: "failed", errorType: "HostKeyMismatch" });
    expect(await prisma.system.findUniqueOrThrow({ where: { id } })).toMatchObject({
      hostKeySha256: original.hostKeyFingerprint,
      pendingHostKey: reinstalled.hostKeyFingerprint,
    });
    // Authentication never started against the unknown key.
    expect(reinstalled.stats.authMethods).toEqual([]);
  });

  test("accepting re-fetches the key and pins it when it is still the one reviewed", async () => {
    const { id } = await systemAfterKeyChange(reinstalled);
    const stale = await failure(acceptHostKey(prisma, { systemId: id, reviewedFingerprint: intercepted.hostKeyFingerprint }, { actor }));
    expect(stale.code).toBe("conflict");

    const result = await acceptHostKey(prisma, { systemId: id, reviewedFingerprint: reinstalled.hostKeyFingerprint }, { actor, ip: "10.1.1.1" });
    expect(result).toEqual({ pinned: reinstalled.hostKeyFingerprint });
    expect(await prisma.system.findUniqueOrThrow({ where: { id } })).toMatchObject({ hostKeySha256: reinstalled.hostKeyFingerprint, pendingHostKey: null });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "system.host_key.accept", targetId: id } });
    expect(audit).toMatchObject({ outcome: "success", ip: "10.1.1.1" });
    expect(audit.detail).toMatchObject({ from: original.hostKeyFingerprint, to: reinstalled.hostKeyFingerprint });

    // The next scan connects with the new pin.
    const scan = await prisma.scan.create({ data: { systemId: id, kind: "connections", trigger: "manual" } });
    await executeScan(prisma, scan.id, { workerId: "test-worker" });
    expect((await prisma.scan.findUniqueOrThrow({ where: { id: scan.id } })).errorType).not.toBe("HostKeyMismatch");
  });

  test("if the system presents yet another key when accepting, nothing is pinned and the refusal is audited", async () => {
    const { id } = await systemAfterKeyChange(reinstalled);
    // Between the scan and the click, the address starts answering with a third key.
    await prisma.system.update({ where: { id }, data: { port: intercepted.port } });
    const error = await failure(acceptHostKey(prisma, { systemId: id, reviewedFingerprint: reinstalled.hostKeyFingerprint }, { actor }));
    expect(error.code).toBe("refused");
    expect(error.message).toContain(intercepted.hostKeyFingerprint);
    expect(await prisma.system.findUniqueOrThrow({ where: { id } })).toMatchObject({
      hostKeySha256: original.hostKeyFingerprint,
      pendingHostKey: intercepted.hostKeyFingerprint,
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "system.host_key.accept", targetId: id } });
    expect(audit).toMatchObject({ outcome: "failure" });
    expect(audit.detail).toMatchObject({ reviewed: reinstalled.hostKeyFingerprint, presentedNow: intercepted.hostKeyFingerprint });
  });

  test("dismissing forgets the pending key and keeps the pin; with nothing pending there is nothing to do", async () => {
    const { id } = await systemAfterKeyChange(reinstalled);
    await dismissHostKey(prisma, id, { actor });
    expect(await prisma.system.findUniqueOrThrow({ where: { id } })).toMatchObject({ hostKeySha256: original.hostKeyFingerprint, pendingHostKey: null });
    expect(await prisma.auditEvent.count({ where: { action: "system.host_key.dismiss", targetId: id } })).toBe(1);
    const nothing = await failure(acceptHostKey(prisma, { systemId: id, reviewedFingerprint: reinstalled.hostKeyFingerprint }, { actor }));
    expect(nothing.message).toMatch(/No host key change is waiting/);
  });
});
