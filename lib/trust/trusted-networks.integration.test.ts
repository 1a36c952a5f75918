import { afterAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { AppError } from "@/lib/errors";
import { trustedNetworksFor } from "@/lib/scans/check-context";
import { insertSystem } from "@/lib/systems/testing/system-row";
import { createTrustedNetwork, deleteTrustedNetwork, listTrustedNetworks, updateTrustedNetwork } from "./trusted-networks";

const officer = { actor: { id: "officer-1", email: "officer@example.test" }, ip: "10.2.2.2" };
const now = new Date("2030-01-01T00:00:00Z");
const FINGERPRINT = `SHA256:${"c".repeat(43)}`;

afterAll(async () => {
  // Fleet-wide networks would be trusted by every other test file's systems too.
  await prisma.trustedNetwork.deleteMany({ where: { systemId: null, createdById: officer.actor.id } });
  await prisma.$disconnect();
});

function system() {
  return insertSystem(prisma, { port: 22, hostKeySha256: FINGERPRINT, credential: { kind: "password", password: "x" } });
}

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => null,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("trusted networks", () => {
  test("create, edit and delete, each audited, and the scan sees what is trusted for a system", async () => {
    const { id: systemId, name } = await system();
    const { id } = await createTrustedNetwork(
      prisma,
      { cidr: "2001:DB8:0:0::/32", label: "Vendor VPN", owner: "Acme support", localPorts: [23, 22, 22], expiresAt: new Date("2030-06-01T00:00:00Z"), systemId },
      { ...officer, now },
    );
    const created = await prisma.trustedNetwork.findUniqueOrThrow({ where: { id } });
    expect(created).toMatchObject({ cidr: "2001:db8::/32", localPorts: [22, 23], owner: "Acme support", systemId, createdById: "officer-1" });
    expect(await trustedNetworksFor(prisma, systemId)).toMatchObject([{ id, cidr: "2001:db8::/32" }]);
    const createAudit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "trust.create", targetId: id } });
    expect(createAudit).toMatchObject({ actorEmail: "officer@example.test", ip: "10.2.2.2", outcome: "success" });
    expect(createAudit.detail).toMatchObject({ cidr: "2001:db8::/32", scope: name, localPorts: [22, 23], expiresAt: "2030-06-01T00:00:00.000Z" });

    await updateTrustedNetwork(prisma, id, { cidr: "2001:db8::/32", label: "Vendor VPN (all ports)", owner: null, localPorts: null, expiresAt: null, systemId: null }, { ...officer, now });
    expect(await prisma.trustedNetwork.findUniqueOrThrow({ where: { id } })).toMatchObject({ label: "Vendor VPN (all ports)", localPorts: [], systemId: null, expiresAt: null, owner: null });
    const updateAudit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "trust.update", targetId: id } });
    expect(updateAudit.detail).toMatchObject({ before: { scope: name, localPorts: [22, 23] }, after: { scope: "fleet-wide", localPorts: [] } });

    await deleteTrustedNetwork(prisma, id, officer);
    expect(await prisma.trustedNetwork.count({ where: { id } })).toBe(0);
    expect((await prisma.auditEvent.findFirstOrThrow({ where: { action: "trust.delete", targetId: id } })).detail).toMatchObject({ cidr: "2001:db8::/32" });
    expect((await listTrustedNetworks(prisma)).some((row) => row.id === id)).toBe(false);
  });

  test("bad input is refused at its field and nothing is written", async () => {
    const before = { networks: await prisma.trustedNetwork.count(), audits: await prisma.auditEvent.count() };
    const attempts: Array<[Record<string, unknown>, string]> = [
      [{ cidr: "10.0.0.0/33" }, "cidr"],
      [{ cidr: "10.1.2.3/8" }, "cidr"],
      [{ cidr: "0.0.0.0/0" }, "cidr"],
      [{ label: "  " }, "label"],
      [{ localPorts: [0] }, "localPorts"],
      [{ expiresAt: new Date("2029-12-31T00:00:00Z") }, "expiresAt"],
      [{ systemId: "00000000-0000-4000-8000-000000000000" }, "systemId"],
    ];
    for (const [overrides, field] of attempts) {
      const error = await failure(createTrustedNetwork(prisma, { cidr: "10.20.0.0/16", label: "Branch", ...overrides } as never, { ...officer, now }));
      expect(Object.keys(error.fieldErrors ?? {}), field).toEqual([field]);
    }
    expect({ networks: await prisma.trustedNetwork.count(), audits: await prisma.auditEvent.count() }).toEqual(before);
  });

  test("the same network twice in the same scope is refused; fleet-wide and per-system entries may coexist", async () => {
    const { id: systemId } = await system();
    await createTrustedNetwork(prisma, { cidr: "192.0.2.0/24", label: "Office" }, { ...officer, now });
    const duplicate = await failure(createTrustedNetwork(prisma, { cidr: "192.0.2.0/24", label: "Office again" }, { ...officer, now }));
    expect(duplicate.fieldErrors?.cidr?.[0]).toMatch(/already trusted fleet-wide \(“Office”\)/);
    await expect(createTrustedNetwork(prisma, { cidr: "192.0.2.0/24", label: "Office", systemId }, { ...officer, now })).resolves.toHaveProperty("id");
  });
});
