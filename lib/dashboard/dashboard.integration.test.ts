import { afterAll, beforeAll, describe, expect, test } from "vitest";
import {
  connection,
  job,
  listeners,
  observations,
  ok,
  queue,
} from "@/lib/checks/test-support/observation-builders";
import { prisma } from "@/lib/db/client";
import { loadConnectionsView } from "@/lib/dashboard/connections-view";
import { findFindings, findingDetail, standingFindings } from "@/lib/dashboard/findings";
import { loadFleet, loadFleetDetail } from "@/lib/dashboard/fleet";
import { latestObservations } from "@/lib/dashboard/latest-observations";
import { postureOf, worstSeverityPerCheck } from "@/lib/dashboard/posture";
import { loadScanActivity } from "@/lib/dashboard/scan-activity";
import { emptySeverityCounts } from "@/lib/dashboard/severity";
import { asConnectionsScan, insertFailedScan, insertTestSystem, persistObservedScan } from "@/lib/dashboard/test-support/seed-scans";
import { loadOpenFindingsTrend } from "@/lib/dashboard/trend";
import { acceptFindingRisk, commentOnFinding, lastAcceptanceDay } from "@/lib/dashboard/triage-finding";
import { requestScansFor } from "@/lib/dashboard/request-scans";
import { startBoss } from "@/lib/jobs/boss";
import { getEnv } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { ReverseDnsCache } from "@/lib/net/reverse-dns";
import { endOfUtcDay, utcDayOf } from "@/lib/utc-day";

const actor = { id: `officer-${Math.random().toString(36).slice(2)}`, email: `officer-${Math.random().toString(36).slice(2)}@example.test` };
const HOUR = 3_600_000;
const t0 = new Date("2026-03-10T08:00:00Z");
const at = (hours: number) => new Date(t0.getTime() + hours * HOUR);

beforeAll(async () => {
  await prisma.user.create({ data: { id: actor.id, email: actor.email, name: "Olive Officer", role: "officer" } });
});

afterAll(() => prisma.$disconnect());

/** FTP running without approval, autostarting, a readable payroll queue, two connections. */
function exposed() {
  return observations({
    ftpJobs: ok([job("123456/QTCP/QTFTP01234")], ["ftp-jobs"]),
    listeners: listeners(21, 22, 23),
    serverAutostart: ok([{ server: "FTP", autostart: true, row: { SERVER: "*FTP", AUTOSTART: "*YES" } }], ["tcp-autostart"]),
    connections: ok([connection("203.0.113.45", 23, { user: "JSMITH", jobName: "111111/JSMITH/QPADEV0001" }), connection("10.20.30.41", 8471, { user: "PAYCLERK" })], ["net-connections"]),
    outputQueues: ok([queue("PAYLIB", "PAYROLL", { dspdta: "YES" })], ["outq-info"]),
  });
}

/** The same system after FTP was ended and the payroll queue fixed. */
function fixed() {
  return observations({ listeners: listeners(22, 23), outputQueues: ok([queue("PAYLIB", "PAYROLL", { dspdta: "OWNER" })], ["outq-info"]) });
}

describe("fleet", () => {
  test("grades a scanned system from its open findings and says which panels have issues", async () => {
    const system = await insertTestSystem(prisma, { tags: ["prod"] });
    await persistObservedScan(prisma, system.id, { kind: "full", observations: exposed(), finishedAt: at(0) });
    const { systems: [row], results } = await loadFleetDetail(prisma, { systemIds: [system.id] });
    const open = await prisma.finding.findMany({ where: { systemId: system.id, status: "open" }, select: { severity: true, panel: true, checkId: true } });
    expect(open.length).toBeGreaterThan(0);
    const expected = emptySeverityCounts();
    for (const finding of open) expected[finding.severity] += 1;
    expect(row?.open).toEqual(expected);
    expect(row?.posture).toEqual(postureOf(worstSeverityPerCheck(open)));
    expect(row?.tags).toEqual(["prod"]);
    const ftp = row?.panels.find((panel) => panel.panel === "ftp");
    expect(ftp?.state).toBe("issues");
    expect(ftp?.openTotal).toBe(open.filter((finding) => finding.panel === "ftp").length);
    expect(row?.lastScan).toMatchObject({ kind: "full", status: "succeeded", failure: null });
    expect(results.filter((result) => result.systemId === system.id).length).toBeGreaterThan(20);
  });

  test("a system never scanned has no grade and every panel says so", async () => {
    const system = await insertTestSystem(prisma);
    const [row] = await loadFleet(prisma, { systemIds: [system.id] });
    expect(row?.posture).toBeNull();
    expect(row?.lastScan).toBeNull();
    expect(row?.panels.map((panel) => panel.state)).toEqual(["never_scanned", "never_scanned", "never_scanned", "never_scanned", "never_scanned"]);
  });

  test("a failed scan after a good one is the last scan, in plain words, and the findings stay", async () => {
    const system = await insertTestSystem(prisma, { name: `PROD${Math.floor(Math.random() * 1e6)}` });
    await persistObservedScan(prisma, system.id, { kind: "full", observations: exposed(), finishedAt: at(0) });
    await insertFailedScan(prisma, system.id, { finishedAt: at(1), errorType: "HostKeyMismatch", errorMessage: "127.0.0.1 presented a different SSH host key." });
    const [row] = await loadFleet(prisma, { systemIds: [system.id] });
    expect(row?.lastScan?.status).toBe("failed");
    expect(row?.lastScan?.failure?.headline).toMatch(new RegExp(`^The host key of ${system.name} changed\\. If you did not expect this, someone may be intercepting the connection\\.`));
    expect(row?.openTotal).toBeGreaterThan(0);
  });

  test("shows a queued scan as active", async () => {
    const system = await insertTestSystem(prisma);
    const scan = await prisma.scan.create({ data: { systemId: system.id, kind: "full", trigger: "manual" } });
    const activity = await loadScanActivity(prisma, { systemIds: [system.id], watch: [] });
    expect(activity.active).toEqual([expect.objectContaining({ id: scan.id, systemId: system.id, kind: "full", status: "queued" })]);
  });
});

describe("latest readings", () => {
  test("connections come from the newer connections scan; everything else from the last full scan", async () => {
    const system = await insertTestSystem(prisma);
    const fullId = await persistObservedScan(prisma, system.id, { kind: "full", observations: exposed(), finishedAt: at(0) });
    const later = asConnectionsScan(observations({ connections: ok([connection("198.51.100.23", 23)], ["net-connections"]) }));
    const connectionsId = await persistObservedScan(prisma, system.id, { kind: "connections", observations: later, finishedAt: at(1) });

    const { latest, results } = await loadFleetDetail(prisma, { systemIds: [system.id] });
    const seen = await latestObservations(prisma, latest.get(system.id)!.lastSucceeded, ["connections", "outputQueues"]);
    expect(seen.connections?.scanId).toBe(connectionsId);
    expect(seen.connections?.read.ok && seen.connections.read.value.map((c) => c.remoteAddress)).toEqual(["198.51.100.23"]);
    expect(seen.outputQueues?.scanId).toBe(fullId);
    expect(seen.outputQueues?.collectedAt).toEqual(at(0));

    const net01 = results.find((result) => result.systemId === system.id && result.checkId === "NET-01");
    const ftp02 = results.find((result) => result.systemId === system.id && result.checkId === "FTP-02");
    expect(net01?.scan.id).toBe(connectionsId);
    expect(ftp02?.scan.id).toBe(fullId);
  });
});

describe("connections view", () => {
  test("marks trusted rows with their network, names addresses and says when they were read", async () => {
    const system = await insertTestSystem(prisma);
    const scanId = await persistObservedScan(prisma, system.id, { kind: "full", observations: exposed(), finishedAt: at(0) });
    await prisma.trustedNetwork.create({ data: { systemId: system.id, cidr: "10.20.0.0/16", label: "Head office", owner: "IT" } });
    const dns = new ReverseDnsCache({ timeoutMs: 100, lookup: async (address) => (address === "203.0.113.45" ? ["dialup.example.net."] : []) });

    const view = await loadConnectionsView(prisma, system.id, { now: at(2), dns });
    expect(view.collected).toEqual({ at: at(0).toISOString(), scanId, scanKind: "full" });
    expect(view.failure).toBeNull();
    expect(view.rows.map((row) => [row.remoteAddress, row.trusted?.label ?? null, row.reverseDns])).toEqual([
      ["203.0.113.45", null, "dialup.example.net"],
      ["10.20.30.41", "Head office", null],
    ]);
  });

  test("before any scan there is nothing collected, and no rows pretend otherwise", async () => {
    const system = await insertTestSystem(prisma);
    expect(await loadConnectionsView(prisma, system.id)).toMatchObject({ collected: null, failure: null, rows: [] });
  });
});

describe("findings", () => {
  test("filters by system, panel, severity and status", async () => {
    const system = await insertTestSystem(prisma);
    await persistObservedScan(prisma, system.id, { kind: "full", observations: exposed(), finishedAt: at(0) });
    const base = { severities: [], panels: [], statuses: [], systemIds: [system.id], page: 1 };
    const all = await findFindings(prisma, base);
    expect(all.total).toBe(await prisma.finding.count({ where: { systemId: system.id } }));
    const ftpHigh = await findFindings(prisma, { ...base, panels: ["ftp"], severities: ["high"] });
    expect(ftpHigh.items.map((item) => item.checkId)).toContain("FTP-01");
    expect(ftpHigh.items.every((item) => item.panel === "ftp" && item.severity === "high" && item.systemName === system.name)).toBe(true);
    expect((await findFindings(prisma, { ...base, statuses: ["resolved"] })).total).toBe(0);
  });

  test("resolution and history come from the scans: fixed things resolve, the trend shows when", async () => {
    const system = await insertTestSystem(prisma);
    await persistObservedScan(prisma, system.id, { kind: "full", observations: exposed(), finishedAt: at(0) });
    const openBefore = await prisma.finding.count({ where: { systemId: system.id, status: "open" } });
    await persistObservedScan(prisma, system.id, { kind: "full", observations: fixed(), finishedAt: at(30) });
    const ftp = await prisma.finding.findFirstOrThrow({ where: { systemId: system.id, checkId: "FTP-01" } });
    expect(ftp.status).toBe("resolved");

    const detail = await findingDetail(prisma, ftp.id);
    expect(detail?.events.map((event) => event.type)).toEqual(["opened", "resolved"]);
    expect(detail?.check?.why).toMatch(/clear text/);
    expect(detail?.evidence.statements.map((statement) => statement.id)).toEqual(expect.arrayContaining(["ftp-jobs"]));
    expect(detail?.evidence.statements[0]?.sql).toMatch(/^SELECT /);

    const { points: trend, stepMs } = await loadOpenFindingsTrend(prisma, { days: 2, systemId: system.id, now: at(40), points: 3 });
    // 40 h of history (plus a margin) in 3 points: 22 h apart, at(-4), at(18) and at(40).
    expect(stepMs).toBe(22 * HOUR);
    const total = (point: (typeof trend)[number]) => point.critical + point.high + point.medium + point.low + point.info;
    // Before the first scan; while the first scan's findings were open; after the fix.
    expect(trend.map(total)[0]).toBe(0);
    expect(trend.map(total)[1]).toBe(openBefore);
    expect(trend.map(total)[2]).toBe(await prisma.finding.count({ where: { systemId: system.id, status: "open" } }));
    expect(trend.map((point) => point.high)[2]).toBeLessThan(trend.map((point) => point.high)[1]!);
  });

  test("a malformed id finds nothing instead of failing", async () => {
    expect(await findingDetail(prisma, "not-a-uuid")).toBeNull();
  });
});

describe("triage", () => {
  test("accepting a risk records who, why and until when, in the finding, its history and the audit log", async () => {
    const system = await insertTestSystem(prisma);
    await persistObservedScan(prisma, system.id, { kind: "full", observations: exposed(), finishedAt: at(0) });
    const finding = await prisma.finding.findFirstOrThrow({ where: { systemId: system.id, checkId: "FTP-02" } });
    const until = new Date(Date.now() + 30 * 86_400_000);
    await acceptFindingRisk(prisma, { findingId: finding.id, reason: "Vendor transfer until the SFTP cut-over", until }, { actor, ip: "10.9.9.9" });

    const after = await prisma.finding.findUniqueOrThrow({ where: { id: finding.id } });
    expect(after).toMatchObject({ status: "accepted_risk", acceptedById: actor.id, acceptedReason: "Vendor transfer until the SFTP cut-over", acceptedUntil: until });
    const event = await prisma.findingEvent.findFirstOrThrow({ where: { findingId: finding.id, type: "accepted" } });
    expect(event.actorId).toBe(actor.id);
    expect(event.note).toContain("SFTP cut-over");
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: "finding.accept_risk", targetId: finding.id } });
    expect(audit).toMatchObject({ actorEmail: actor.email, outcome: "success", ip: "10.9.9.9" });
    expect(audit.detail).toMatchObject({ checkId: "FTP-02", from: "open", until: until.toISOString() });

    const standing = await standingFindings(prisma, system.id, "ftp");
    expect(standing.find((item) => item.id === finding.id)?.status).toBe("accepted_risk");
    const [row] = await loadFleet(prisma, { systemIds: [system.id] });
    expect(row?.acceptedRisk).toBe(1);
  });

  test("refuses an acceptance in the past, beyond a year, or of a resolved finding, and changes nothing", async () => {
    const system = await insertTestSystem(prisma);
    await persistObservedScan(prisma, system.id, { kind: "full", observations: exposed(), finishedAt: at(0) });
    await persistObservedScan(prisma, system.id, { kind: "full", observations: fixed(), finishedAt: at(1) });
    const resolved = await prisma.finding.findFirstOrThrow({ where: { systemId: system.id, checkId: "FTP-01" } });
    const open = await prisma.finding.findFirstOrThrow({ where: { systemId: system.id, status: "open" } });
    const reason = "Long enough reason text";
    await expect(acceptFindingRisk(prisma, { findingId: open.id, reason, until: new Date(Date.now() - 1000) }, { actor })).rejects.toThrow(AppError);
    await expect(acceptFindingRisk(prisma, { findingId: open.id, reason, until: new Date(Date.now() + 400 * 86_400_000) }, { actor })).rejects.toThrow(/at most 366 days/);
    await expect(acceptFindingRisk(prisma, { findingId: resolved.id, reason, until: new Date(Date.now() + 86_400_000) }, { actor })).rejects.toThrow(/resolved/);
    expect((await prisma.finding.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("open");
    expect(await prisma.findingEvent.count({ where: { findingId: { in: [open.id, resolved.id] }, type: "accepted" } })).toBe(0);
  });

  test("accepts until the end of the last day the date picker offers, and not a day more", async () => {
    const system = await insertTestSystem(prisma);
    await persistObservedScan(prisma, system.id, { kind: "full", observations: exposed(), finishedAt: at(0) });
    const open = await prisma.finding.findFirstOrThrow({ where: { systemId: system.id, status: "open" } });
    const now = new Date("2026-06-01T08:00:00Z");
    const lastDay = lastAcceptanceDay(now);
    const dayAfter = utcDayOf(new Date(endOfUtcDay(lastDay).getTime() + 1));
    const reason = "Vendor replaces the relay next year";
    await expect(acceptFindingRisk(prisma, { findingId: open.id, reason, until: endOfUtcDay(dayAfter) }, { actor, now })).rejects.toThrow(/at most 366 days/);
    await acceptFindingRisk(prisma, { findingId: open.id, reason, until: endOfUtcDay(lastDay) }, { actor, now });
    expect((await prisma.finding.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("accepted_risk");
  });

  test("a comment joins the finding's history and the audit log", async () => {
    const system = await insertTestSystem(prisma);
    await persistObservedScan(prisma, system.id, { kind: "full", observations: exposed(), finishedAt: at(0) });
    const finding = await prisma.finding.findFirstOrThrow({ where: { systemId: system.id } });
    await commentOnFinding(prisma, { findingId: finding.id, note: "Asked the payroll team who still uses this." }, { actor });
    const detail = await findingDetail(prisma, finding.id);
    expect(detail?.events.at(-1)).toMatchObject({ type: "comment", actor: actor.email, note: "Asked the payroll team who still uses this." });
    expect(await prisma.auditEvent.count({ where: { action: "finding.comment", targetId: finding.id } })).toBe(1);
  });
});

describe("scan requests", () => {
  test("queue one audited scan per enabled system, reuse a waiting one, and name the disabled ones they skip", async () => {
    const boss = await startBoss({ databaseUrl: getEnv().DATABASE_URL!, supervise: false });
    try {
      const enabled = await insertTestSystem(prisma);
      const disabled = await insertTestSystem(prisma);
      await prisma.system.update({ where: { id: disabled.id }, data: { enabled: false } });

      const first = await requestScansFor(prisma, boss, { systemIds: [enabled.id, disabled.id], kind: "connections" }, { actor, ip: "10.9.9.9" });
      expect(first.requested).toEqual([{ systemId: enabled.id, systemName: enabled.name, scanId: expect.any(String), alreadyQueued: false }]);
      expect(first.skipped).toEqual([{ systemId: disabled.id, systemName: disabled.name, reason: `${disabled.name} is disabled.` }]);
      const scan = await prisma.scan.findUniqueOrThrow({ where: { id: first.requested[0]!.scanId } });
      expect(scan).toMatchObject({ status: "queued", kind: "connections", trigger: "manual", requestedById: actor.id });

      // A full scan asked for while the connections scan waits upgrades it rather than queuing a second one.
      const again = await requestScansFor(prisma, boss, { systemIds: "all", kind: "full" }, { actor });
      expect(again.requested.find((entry) => entry.systemId === enabled.id)).toMatchObject({ scanId: scan.id, alreadyQueued: true });
      expect((await prisma.scan.findUniqueOrThrow({ where: { id: scan.id } })).kind).toBe("full");
      expect(again.skipped.map((entry) => entry.systemId)).toContain(disabled.id);

      const audits = await prisma.auditEvent.findMany({ where: { action: "scan.request", targetId: enabled.id }, orderBy: { at: "asc" } });
      expect(audits.map((audit) => audit.detail)).toEqual([
        { system: enabled.name, kind: "connections", scanId: scan.id, alreadyQueued: false, all: false },
        { system: enabled.name, kind: "full", scanId: scan.id, alreadyQueued: true, all: true },
      ]);
      expect(await prisma.auditEvent.count({ where: { action: "scan.request", targetId: disabled.id } })).toBe(0);
    } finally {
      await boss.stop({ graceful: false });
    }
  });

  test("refuse a system that is not registered", async () => {
    const boss = await startBoss({ databaseUrl: getEnv().DATABASE_URL!, supervise: false });
    try {
      await expect(requestScansFor(prisma, boss, { systemIds: ["00000000-0000-4000-8000-000000000000"], kind: "full" }, { actor })).rejects.toThrow(/no longer registered/);
    } finally {
      await boss.stop({ graceful: false });
    }
  });
});
