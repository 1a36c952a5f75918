"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { LIVE_QUERY_KEY } from "@/components/fleet/scan-activity";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, Select, TextInput } from "@/components/ui/field";
import { Table, Td, Th } from "@/components/ui/table";
import type { ConnectionRow } from "@/lib/dashboard/connection-rows";
import type { ConnectionsView } from "@/lib/dashboard/connections-view";
import { formatAgo, formatBytes, formatIdle, formatUtc } from "@/lib/dashboard/format";
import { connectionsCsv } from "./connections-csv";
import { TrustNetworkDialog } from "./trust-network-dialog";

/** How often the table asks for the latest connections reading (scans every few minutes and "Scan now" refresh it). */
const POLL_MS = 10_000;

async function fetchConnections(systemId: string): Promise<ConnectionsView> {
  const response = await fetch(`/api/systems/${systemId}/connections`, { cache: "no-store" });
  if (!response.ok) throw new Error(response.status === 401 ? "Your session has ended. Sign in again." : "The connections could not be refreshed.");
  return (await response.json()) as ConnectionsView;
}

function download(text: string, name: string) {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.click();
  URL.revokeObjectURL(url);
}

type TrustFilter = "all" | "untrusted" | "trusted" | "local";

export function ConnectionsLive({ systemId, systemName, initial, canTrust }: { systemId: string; systemName: string; initial: ConnectionsView; canTrust: boolean }) {
  const query = useQuery({
    queryKey: [...LIVE_QUERY_KEY, systemId, "connections"],
    queryFn: () => fetchConnections(systemId),
    initialData: initial,
    initialDataUpdatedAt: Date.parse(initial.judgedAt),
    refetchInterval: POLL_MS,
  });
  const view = query.data;
  const [search, setSearch] = useState("");
  const [trust, setTrust] = useState<TrustFilter>("all");
  const [port, setPort] = useState("");
  const [addressClass, setAddressClass] = useState("");
  const [trusting, setTrusting] = useState<ConnectionRow | null>(null);

  const ports = useMemo(() => [...new Map(view.rows.map((row) => [row.localPort, row.service?.name ?? null])).entries()].sort((a, b) => a[0] - b[0]), [view.rows]);
  const classes = useMemo(() => [...new Set(view.rows.map((row) => row.addressClass))].sort(), [view.rows]);
  const shown = useMemo(() => {
    const needle = search.trim().toLowerCase();
    return view.rows.filter(
      (row) =>
        (trust === "all" || row.origin === trust) &&
        (port === "" || String(row.localPort) === port) &&
        (addressClass === "" || row.addressClass === addressClass) &&
        (needle === "" || [row.remoteAddress, row.reverseDns, row.user, row.jobName, row.trusted?.label].some((value) => value?.toLowerCase().includes(needle))),
    );
  }, [view.rows, search, trust, port, addressClass]);
  const untrusted = view.rows.filter((row) => row.origin === "untrusted").length;
  const hasBytes = view.rows.some((row) => row.bytesSent !== null || row.bytesReceived !== null);
  const checkedAt = new Date(query.dataUpdatedAt);

  return (
    <Card
      title="Live connections"
      actions={
        <Button
          size="sm"
          variant="secondary"
          disabled={shown.length === 0}
          onClick={() => download(connectionsCsv(shown, view.collected?.at ?? null), `${systemName}-connections-${(view.collected?.at ?? "").slice(0, 16).replace(/[:T]/g, "")}.csv`)}
        >
          Download CSV ({shown.length})
        </Button>
      }
    >
      <div className="space-y-4">
        <div className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite" data-testid="connections-collected">
          {view.collected ? (
            <p>
              Read by the {view.collected.scanKind} scan that finished <span className="font-medium">{formatUtc(view.collected.at)}</span> ({formatAgo(view.collected.at, checkedAt)}).
              {" "}Refreshes on its own; last checked <time dateTime={checkedAt.toISOString()}>{checkedAt.toISOString().slice(11, 19)} UTC</time>.
              {query.isError ? <span className="text-red-700 dark:text-red-300"> {query.error.message}</span> : null}
            </p>
          ) : (
            <p>No scan has read the connections of {systemName} yet.</p>
          )}
          {view.failure ? (
            <p className="mt-2 rounded-md bg-slate-100 px-3 py-2 text-slate-800 ring-1 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700">
              <span className="font-semibold">Could not read the connections.</span> {view.failure}
            </p>
          ) : null}
          {view.jobsFailure ? <p className="mt-2 text-xs">Job and user names are missing: {view.jobsFailure}</p> : null}
        </div>

        <div className="grid gap-3 sm:grid-cols-4">
          <Field id="cnn-search" label="Search">
            <TextInput id="cnn-search" type="search" value={search} onChange={(event) => setSearch(event.target.value)} placeholder="Address, name, user, job" />
          </Field>
          <Field id="cnn-trust" label="Trust">
            <Select id="cnn-trust" value={trust} onChange={(event) => setTrust(event.target.value as TrustFilter)}>
              <option value="all">All</option>
              <option value="untrusted">Untrusted only</option>
              <option value="trusted">Trusted only</option>
              <option value="local">This system (loopback)</option>
            </Select>
          </Field>
          <Field id="cnn-port" label="Local port">
            <Select id="cnn-port" value={port} onChange={(event) => setPort(event.target.value)}>
              <option value="">All ports</option>
              {ports.map(([number, name]) => (
                <option key={number} value={number}>
                  {number}
                  {name ? ` (${name})` : ""}
                </option>
              ))}
            </Select>
          </Field>
          <Field id="cnn-class" label="Address">
            <Select id="cnn-class" value={addressClass} onChange={(event) => setAddressClass(event.target.value)}>
              <option value="">Any</option>
              {classes.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <p className="text-sm" data-testid="connections-count">
          Showing {shown.length} of {view.rows.length} connection{view.rows.length === 1 ? "" : "s"}; {untrusted} from untrusted addresses.
        </p>

        {shown.length > 0 ? (
          <Table caption={`Established TCP connections to ${systemName}`}>
            <thead>
              <tr>
                <Th>Remote address</Th>
                <Th>Local port</Th>
                <Th>Job / user</Th>
                <Th>Idle</Th>
                {hasBytes ? <Th>Bytes out / in</Th> : null}
                <Th>Trust</Th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
              {shown.map((row) => (
                <tr key={row.key} data-testid="connection-row" data-remote={row.remoteAddress}>
                  <Td>
                    <span className="font-mono">
                      {row.remoteAddress}:{row.remotePort}
                    </span>
                    <div className="text-xs text-slate-600 dark:text-slate-400">
                      {row.reverseDns ?? "no reverse DNS name"} · {row.addressClass}
                      {row.ownerLookupUrl ? (
                        <>
                          {" · "}
                          <a href={row.ownerLookupUrl} target="_blank" rel="noopener noreferrer" className="text-indigo-700 underline dark:text-indigo-300">
                            who owns it<span className="sr-only"> (RDAP lookup of {row.remoteAddress}, opens in a new tab)</span>
                          </a>
                        </>
                      ) : null}
                    </div>
                  </Td>
                  <Td>
                    <span className="font-mono">{row.localPort}</span> {row.service ? <span className="text-slate-700 dark:text-slate-300">{row.service.name}</span> : null}
                    {row.service?.cleartext ? (
                      <div>
                        <Badge tone="warn">clear text</Badge>
                      </div>
                    ) : null}
                    {row.service ? <div className="text-xs text-slate-500 dark:text-slate-400">{row.service.description}</div> : null}
                  </Td>
                  <Td className="text-xs">
                    <div className="font-medium">{row.user ?? "—"}</div>
                    <div className="font-mono text-slate-600 dark:text-slate-400">{row.jobName ?? ""}</div>
                  </Td>
                  <Td className="whitespace-nowrap">{formatIdle(row.idleSeconds)}</Td>
                  {hasBytes ? (
                    <Td className="whitespace-nowrap text-xs">
                      {formatBytes(row.bytesSent)} / {formatBytes(row.bytesReceived)}
                    </Td>
                  ) : null}
                  <Td>
                    {row.trusted ? (
                      <div>
                        <Badge tone="good">Trusted</Badge>
                        <div className="text-xs text-slate-600 dark:text-slate-400">
                          {row.trusted.label} <span className="font-mono">({row.trusted.cidr})</span>
                        </div>
                      </div>
                    ) : row.origin === "local" ? (
                      <Badge>This system</Badge>
                    ) : (
                      <div className="flex flex-wrap items-center gap-2">
                        <Badge tone="critical">Untrusted</Badge>
                        {canTrust ? (
                          <Button size="sm" variant="secondary" onClick={() => setTrusting(row)} aria-label={`Trust ${row.remoteAddress}`}>
                            Trust…
                          </Button>
                        ) : null}
                      </div>
                    )}
                  </Td>
                </tr>
              ))}
            </tbody>
          </Table>
        ) : view.rows.length > 0 ? (
          <p className="text-sm text-slate-600 dark:text-slate-400">No connection matches these filters.</p>
        ) : null}
      </div>
      {trusting ? (
        <TrustNetworkDialog row={trusting} systemId={systemId} systemName={systemName} onClose={() => setTrusting(null)} onTrusted={() => void query.refetch()} />
      ) : null}
    </Card>
  );
}
