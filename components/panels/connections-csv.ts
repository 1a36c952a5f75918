import type { ConnectionRow } from "@/lib/dashboard/connection-rows";
import { toCsv } from "@/lib/dashboard/csv";

const HEADER = [
  "remote_address",
  "remote_port",
  "reverse_dns",
  "address_class",
  "local_address",
  "local_port",
  "service",
  "job",
  "user",
  "idle_seconds",
  "bytes_sent",
  "bytes_received",
  "origin",
  "trusted_network",
  "trusted_label",
  "collected_at",
];

/** Exactly the rows on screen, as CSV (the Navigator "IPv4 connections" export, with trust added). */
export function connectionsCsv(rows: readonly ConnectionRow[], collectedAt: string | null): string {
  return toCsv(
    HEADER,
    rows.map((row) => [
      row.remoteAddress,
      row.remotePort,
      row.reverseDns,
      row.addressClass,
      row.localAddress,
      row.localPort,
      row.service?.name ?? null,
      row.jobName,
      row.user,
      row.idleSeconds,
      row.bytesSent,
      row.bytesReceived,
      row.origin,
      row.trusted?.cidr ?? null,
      row.trusted?.label ?? null,
      collectedAt,
    ]),
  );
}
