import { afterAll, describe, expect, test } from "vitest";
import { ZodError } from "zod";
import { resolvePolicy } from "@/lib/checks/policy";
import { prisma } from "@/lib/db/client";
import { insertSystem } from "./testing/system-row";
import { updatePolicy } from "./update-policy";
import { updateSafetySwitches } from "./update-safety-switches";

const actor = { id: "admin-1", email: "admin@example.test" };
const FINGERPRINT = `SHA256:${"b".repeat(43)}`;

afterAll(() => prisma.$disconnect());

function system() {
  return insertSystem(prisma, { port: 22, hostKeySha256: FINGERPRINT, credential: { kind: "password", password: "x" } });
}

describe("per-system policy", () => {
  test("valid overrides are stored normalised, resolve over the defaults, and are audited before and after", async () => {
    const { id } = await system();
    await updatePolicy(
      prisma,
      {
        systemId: id,
        overrides: {
          approvedServers: ["ftp", "sshd"],
          ftpWindow: { days: ["mon", "fri"], from: "08:00", to: "18:00", timeZone: "Europe/Berlin" },
          sensitiveOutputQueues: ["paylib/pay*", { queue: "hrlib/hrq", intendedReaders: ["hrclerk"] }],
          approvedHolders: { "*SPLCTL": ["qsecofr", "opsgrp"] },
          maxHolders: { "*ALLOBJ": 3 },
          listeningPortBaseline: [22, 23, 446],
          attested: { smtpAllowRelay: { value: "*LIST", by: "Ann Officer", at: "2025-03-01T09:00:00Z" } },
        },
      },
      { actor },
    );
    const stored = (await prisma.system.findUniqueOrThrow({ where: { id } })).policy;
    expect(stored).toMatchObject({
      sensitiveOutputQueues: ["PAYLIB/PAY*", { queue: "HRLIB/HRQ", intendedReaders: ["HRCLERK"] }],
      approvedHolders: { "*SPLCTL": ["QSECOFR", "OPSGRP"] },
      attested: { smtpAllowRelay: { value: "*LIST", by: "Ann Officer", at: "2025-03-01T09:00:00.000Z" } },
    });
    const policy = resolvePolicy(stored);
    expect(policy.approvedServers).toEqual(["ftp", "sshd"]);
    expect(policy.maxHolders["*ALLOBJ"]).toBe(3);
    expect(policy.maxHolders["*JOBCTL"]).toBe(10);
    expect(policy.approvedHolders["*JOBCTL"]).toContain("QSYSOPR");

    await updatePolicy(prisma, { systemId: id, overrides: { approvedServers: ["sshd"] } }, { actor });
    const audits = await prisma.auditEvent.findMany({ where: { action: "system.policy.update", targetId: id }, orderBy: { at: "asc" } });
    expect(audits).toHaveLength(2);
    expect(audits[1]?.detail).toMatchObject({ before: stored as object, after: { approvedServers: ["sshd"] } });
  });

  test("invalid overrides are refused with the path of each problem, and nothing changes", async () => {
    const { id } = await system();
    const attempts: Array<[unknown, string]> = [
      [{ ftpWindow: { days: ["mon"], from: "25:00", to: "18:00", timeZone: "UTC" } }, "overrides.ftpWindow.from"],
      [{ ftpWindow: { days: ["mon"], from: "08:00", to: "18:00", timeZone: "Mars/Olympus" } }, "overrides.ftpWindow.timeZone"],
      [{ sensitiveOutputQueues: ["PAYROLL"] }, "overrides.sensitiveOutputQueues.0"],
      [{ listeningPortBaseline: [22, 70000] }, "overrides.listeningPortBaseline.1"],
      [{ approvedServers: ["gopher"] }, "overrides.approvedServers.0"],
      [{ notAPolicyField: true }, "overrides"],
    ];
    for (const [overrides, path] of attempts) {
      const error = await updatePolicy(prisma, { systemId: id, overrides: overrides as never }, { actor }).then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error, path).toBeInstanceOf(ZodError);
      expect((error as ZodError).issues.map((issue) => issue.path.join(".")), path).toContain(path);
    }
    expect((await prisma.system.findUniqueOrThrow({ where: { id } })).policy).toEqual({});
    expect(await prisma.auditEvent.count({ where: { action: "system.policy.update", targetId: id } })).toBe(0);
  });
});

describe("safety switches", () => {
  test("read-only, two-person rule and intervals are audited with before and after; an unchanged save writes nothing", async () => {
    const { id } = await system();
    const switches = { systemId: id, readOnly: true, twoPersonRule: true, fullScanMinutes: 120, connectionsMinutes: 10 };
    await updateSafetySwitches(prisma, switches, { actor });
    await updateSafetySwitches(prisma, switches, { actor });
    expect(await prisma.system.findUniqueOrThrow({ where: { id } })).toMatchObject({ readOnly: true, twoPersonRule: true, fullScanMinutes: 120, connectionsMinutes: 10 });
    const audits = await prisma.auditEvent.findMany({ where: { action: "system.safety.update", targetId: id } });
    expect(audits).toHaveLength(1);
    expect(audits[0]?.detail).toMatchObject({
      before: { readOnly: false, twoPersonRule: false, fullScanMinutes: 60, connectionsMinutes: 5 },
      after: { readOnly: true, twoPersonRule: true, fullScanMinutes: 120, connectionsMinutes: 10 },
    });
    await expect(updateSafetySwitches(prisma, { ...switches, connectionsMinutes: 0 }, { actor })).rejects.toBeInstanceOf(ZodError);
  });
});
