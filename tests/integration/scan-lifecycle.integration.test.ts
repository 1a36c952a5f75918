import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { prisma } from "@/lib/db/client";
import { endtcpsvr, strtcpsvr } from "@/lib/ibmi/commands/tcp-servers";
import { runCl } from "@/lib/ibmi/run-cl";
import { transportFor } from "@/lib/systems/connection";
import { startScannedFleet, type ScannedFleet } from "./support/scanned-fleet";

/** Findings follow the system across scans: resolved, new, reopened; failed scans change nothing. */

let fleet: ScannedFleet;

beforeAll(async () => {
  fleet = await startScannedFleet(["neglected-production", "hardened"]);
  await fleet.scan("NP0001");
  await fleet.scan("HD0002");
});

afterAll(async () => {
  await fleet.close();
  await prisma.$disconnect();
});

async function finding(system: string, checkId: string, key: string) {
  return prisma.finding.findUniqueOrThrow({
    where: { systemId_checkId_key: { systemId: fleet.systemId(system), checkId, key } },
    include: { events: { orderBy: { at: "asc" } } },
  });
}

async function runOn(system: string, command: ReturnType<typeof endtcpsvr>) {
  const { transport } = await transportFor(prisma, fleet.systemId(system));
  return runCl(transport, command);
}

describe("finding lifecycle across scans", () => {
  test("ending FTP on the system resolves its findings on the next scan", async () => {
    await runOn("NP0001", endtcpsvr({ server: "*FTP" }));
    expect((await fleet.scan("NP0001")).status).toBe("succeeded");
    const ftp = await finding("NP0001", "FTP-01", "ftp-server");
    expect(ftp.status).toBe("resolved");
    expect(ftp.resolvedAt).not.toBeNull();
    expect(ftp.events.map((event) => event.type)).toEqual(["opened", "resolved"]);
    // The FTP session ended with the server, so its untrusted connection is gone too.
    expect((await finding("NP0001", "NET-01", "192.0.2.77|21")).status).toBe("resolved");
    // FTP autostart was not touched: still open.
    expect((await finding("NP0001", "FTP-02", "ftp-autostart")).status).toBe("open");
  });

  test("a new untrusted connection appears on a connections-only scan", async () => {
    fleet.sim.addConnection("NP0001", { localPort: 23, remoteAddress: "203.0.113.99", user: "JSMITH" });
    const scan = await fleet.scan("NP0001", "connections");
    expect(scan).toMatchObject({ status: "succeeded", execRoundTrips: 1 });
    const fresh = await finding("NP0001", "NET-01", "203.0.113.99|23");
    expect(fresh.status).toBe("open");
    expect(fresh.severity).toBe("high");
    // A connections scan does not judge FTP: its resolved finding stays as it was.
    expect((await finding("NP0001", "FTP-01", "ftp-server")).status).toBe("resolved");
  });

  test("a resolved finding that comes back is reopened, with its history", async () => {
    await runOn("NP0001", strtcpsvr({ server: "*FTP" }));
    await fleet.scan("NP0001");
    const ftp = await finding("NP0001", "FTP-01", "ftp-server");
    expect(ftp.status).toBe("open");
    expect(ftp.resolvedAt).toBeNull();
    expect(ftp.events.map((event) => event.type)).toEqual(["opened", "resolved", "reopened"]);
  });

  test("approving in policy what a hardened system runs resolves the rest", async () => {
    const system = await prisma.system.findUniqueOrThrow({ where: { id: fleet.systemId("HD0002") } });
    const policy = system.policy as { approvedHolders: Record<string, string[]> };
    await prisma.system.update({
      where: { id: system.id },
      data: {
        policy: {
          ...policy,
          approvedServers: ["telnet", "http", "sshd", "smtp"],
          approvedHolders: { ...policy.approvedHolders, "*JOBCTL": [...policy.approvedHolders["*JOBCTL"]!, "OPERATOR"] },
        },
      },
    });
    await fleet.scan("HD0002");
    expect(await fleet.openFindings("HD0002")).toEqual([]);
    const resolved = await prisma.finding.count({ where: { systemId: system.id, status: "resolved" } });
    expect(resolved).toBe(3);
  });

  test("a failed scan records why and leaves every finding exactly as it was", async () => {
    const before = await prisma.finding.findMany({ where: { systemId: fleet.systemId("NP0001") }, orderBy: { id: "asc" } });
    fleet.sim.setFaults("NP0001", { wrongPassword: true });
    await fleet.reconnect("NP0001");
    try {
      const failed = await fleet.scan("NP0001");
      expect(failed).toMatchObject({ status: "failed", errorType: "AuthError" });
    } finally {
      fleet.sim.clearFaults("NP0001");
    }
    const after = await prisma.finding.findMany({ where: { systemId: fleet.systemId("NP0001") }, orderBy: { id: "asc" } });
    expect(after).toEqual(before);
  });

  test("a changed host key fails the scan and waits for an administrator, never re-pinned", async () => {
    const pinned = (await prisma.system.findUniqueOrThrow({ where: { id: fleet.systemId("HD0002") } })).hostKeySha256;
    fleet.sim.setFaults("HD0002", { hostKeyChanged: true });
    await fleet.reconnect("HD0002");
    try {
      const failed = await fleet.scan("HD0002");
      expect(failed).toMatchObject({ status: "failed", errorType: "HostKeyMismatch" });
    } finally {
      fleet.sim.clearFaults("HD0002");
    }
    const system = await prisma.system.findUniqueOrThrow({ where: { id: fleet.systemId("HD0002") } });
    expect(system.hostKeySha256).toBe(pinned);
    expect(system.pendingHostKey).toMatch(/^SHA256:/);
    expect(system.pendingHostKey).not.toBe(pinned);
  });
});
