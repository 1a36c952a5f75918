import { randomBytes } from "node:crypto";
import { afterAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { createUser, setUserDisabled, setUserRole } from "@/lib/users/users";

const unique = () => `${randomBytes(4).toString("hex")}@example.test`;
const actor = { id: "test-actor", email: "actor@example.test" };

afterAll(() => prisma.$disconnect());

describe("users", () => {
  test("creating a user writes the user, a credential account and an audit event", async () => {
    const email = unique();
    const { id } = await createUser(prisma, { email, name: "Ann", role: "officer", password: "correct horse battery" }, { actor, ip: "10.1.1.1" });
    const account = await prisma.account.findFirst({ where: { userId: id } });
    expect(account?.providerId).toBe("credential");
    expect(account?.password).toBeTruthy();
    expect(account?.password).not.toContain("correct horse");
    const audit = await prisma.auditEvent.findFirst({ where: { action: "user.create", targetId: id } });
    expect(audit).toMatchObject({ actorEmail: "actor@example.test", outcome: "success", ip: "10.1.1.1" });
    expect(audit?.detail).toEqual({ email, role: "officer" });
  });

  test("a duplicate email is refused and nothing is half-saved", async () => {
    const email = unique();
    await createUser(prisma, { email, name: "First", role: "auditor", password: "x".repeat(12) }, { actor });
    const before = await prisma.auditEvent.count();
    await expect(createUser(prisma, { email, name: "Second", role: "admin", password: "y".repeat(12) }, { actor })).rejects.toThrow(/already exists/);
    expect(await prisma.user.count({ where: { email } })).toBe(1);
    expect(await prisma.auditEvent.count()).toBe(before);
  });

  test("role changes are audited, and the last administrator cannot be demoted or disabled", async () => {
    // Make this test's admin the only active one.
    await prisma.user.updateMany({ where: { role: "admin" }, data: { disabled: true } });
    const { id } = await createUser(prisma, { email: unique(), name: "Boss", role: "admin", password: "z".repeat(12) }, { actor });
    await expect(setUserRole(prisma, id, "auditor", { actor })).rejects.toThrow(/last active administrator/);
    await expect(setUserDisabled(prisma, id, true, { actor })).rejects.toThrow(/last active administrator/);
    expect((await prisma.user.findUnique({ where: { id } }))?.role).toBe("admin");

    const other = await createUser(prisma, { email: unique(), name: "Olive", role: "officer", password: "z".repeat(12) }, { actor });
    await setUserRole(prisma, other.id, "auditor", { actor });
    const audit = await prisma.auditEvent.findFirst({ where: { action: "user.set_role", targetId: other.id } });
    expect(audit?.detail).toMatchObject({ from: "officer", to: "auditor" });
  });

  test("disabling a user ends their sessions; nobody can disable themselves", async () => {
    const { id } = await createUser(prisma, { email: unique(), name: "Sam", role: "officer", password: "s".repeat(12) }, { actor });
    await prisma.session.create({ data: { id: randomBytes(8).toString("hex"), token: randomBytes(16).toString("hex"), userId: id, expiresAt: new Date(Date.now() + 3_600_000) } });
    await expect(setUserDisabled(prisma, id, true, { actor: { id, email: "sam@example.test" } })).rejects.toThrow(/your own account/);
    await setUserDisabled(prisma, id, true, { actor });
    expect(await prisma.session.count({ where: { userId: id } })).toBe(0);
    expect((await prisma.user.findUnique({ where: { id } }))?.disabled).toBe(true);
  });
});
