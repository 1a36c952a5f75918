import { describe, expect, it } from "vitest";
import { connection } from "@/lib/checks/test-support/observation-builders";
import { connectionRows } from "@/lib/dashboard/connection-rows";
import { connectionsCsv } from "./connections-csv";

describe("connectionsCsv", () => {
  it("writes one line per row given, in order, with trust and service", () => {
    const rows = connectionRows(
      [connection("203.0.113.45", 23, { user: "JSMITH", jobName: "1/JSMITH/QPADEV0001" }), connection("10.20.30.41", 8471, { user: "=cmd|' /C calc'!A0" })],
      [{ id: "lan", cidr: "10.20.0.0/16", label: "Head office" }],
      new Date("2026-03-16T12:00:00Z"),
      new Map([["203.0.113.45", "dialup.example.net"]]),
    );
    const lines = connectionsCsv(rows, "2026-03-16T11:55:00.000Z").trimEnd().split("\r\n");
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      "remote_address,remote_port,reverse_dns,address_class,local_address,local_port,service,job,user,idle_seconds,bytes_sent,bytes_received,origin,trusted_network,trusted_label,collected_at",
    );
    expect(lines[1]).toBe("203.0.113.45,50000,dialup.example.net,public,10.1.1.5,23,telnet,1/JSMITH/QPADEV0001,JSMITH,0,,,untrusted,,,2026-03-16T11:55:00.000Z");
    expect(lines[2]).toContain(",trusted,10.20.0.0/16,Head office,");
    expect(lines[2]).toContain(",'=cmd|' /C calc'!A0,");
  });

  it("writes only the header for no rows", () => {
    expect(connectionsCsv([], null).trimEnd().split("\r\n")).toHaveLength(1);
  });
});
