"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { createContext, useCallback, useContext, useEffect, useMemo, useRef, type ReactNode } from "react";
import { useToast } from "@/components/ui/toaster";
import { formatDuration } from "@/lib/dashboard/format";
import type { ScanActivity, ScanActivityItem } from "@/lib/dashboard/scan-activity";

interface ScanActivityValue {
  /** The scan under way per system (queued or running). */
  activeBySystem: ReadonlyMap<string, ScanActivityItem>;
  /** Follow scans this page just asked for, so their end is announced. */
  track: (scanIds: readonly string[]) => void;
}

const ScanActivityContext = createContext<ScanActivityValue>({ activeBySystem: new Map(), track: () => undefined });

export const useScanActivity = () => useContext(ScanActivityContext);

/** Queries showing a system's latest scan data (the connections table): refetched as soon as a scan ends. */
export const LIVE_QUERY_KEY = ["system-live"] as const;

async function fetchActivity(systemIds: readonly string[], watch: readonly string[]): Promise<ScanActivity> {
  const params = new URLSearchParams();
  for (const id of systemIds) params.append("system", id);
  for (const id of watch) params.append("watch", id);
  const response = await fetch(`/api/fleet/scans?${params.toString()}`, { cache: "no-store" });
  if (!response.ok) throw new Error(response.status === 401 ? "Your session has ended. Sign in again." : "Scan progress could not be loaded.");
  return (await response.json()) as ScanActivity;
}

function doneMessage(scan: ScanActivityItem): string {
  const what = scan.kind === "full" ? "Full scan" : "Connections scan";
  if (scan.status === "failed") return `${what} of ${scan.systemName} failed. ${scan.failure?.headline ?? ""}`.trim();
  return `${what} of ${scan.systemName} finished in ${formatDuration(scan.durationMs)}.`;
}

/**
 * Live scan progress for a page (the fleet, or one system): polls every 2 s while a scan is
 * queued or running and every 15 s otherwise (scheduled scans start on their own). When a scan
 * this page saw under way ends, the page's server data is refreshed; when a person asked for
 * it, a toast says how it ended.
 */
export function ScanActivityProvider({ systemIds = [], initialActive, children }: { systemIds?: string[]; initialActive: ScanActivityItem[]; children: ReactNode }) {
  const router = useRouter();
  const toast = useToast();
  const queryClient = useQueryClient();
  // Scans seen under way (or just requested) whose end has not been seen yet.
  const watched = useRef(new Set(initialActive.map((scan) => scan.id)));
  const announced = useRef(new Set<string>());

  const query = useQuery({
    queryKey: ["scan-activity", systemIds.join(",")],
    queryFn: () => fetchActivity(systemIds, [...watched.current]),
    initialData: { active: initialActive, finished: [] },
    initialDataUpdatedAt: 0,
    refetchInterval: (current) => ((current.state.data?.active.length ?? 0) > 0 || watched.current.size > 0 ? 2_000 : 15_000),
  });

  const { data, refetch } = query;
  useEffect(() => {
    let endedAny = false;
    for (const scan of data.finished) {
      watched.current.delete(scan.id);
      if (announced.current.has(scan.id)) continue;
      announced.current.add(scan.id);
      endedAny = true;
      if (scan.trigger === "manual") toast(doneMessage(scan), scan.status === "failed" ? "error" : "success");
    }
    for (const scan of data.active) watched.current.add(scan.id);
    if (endedAny) {
      router.refresh();
      void queryClient.invalidateQueries({ queryKey: LIVE_QUERY_KEY });
    }
  }, [data, router, toast, queryClient]);

  const track = useCallback(
    (scanIds: readonly string[]) => {
      for (const id of scanIds) watched.current.add(id);
      void refetch();
    },
    [refetch],
  );

  const value = useMemo(() => ({ activeBySystem: new Map(data.active.map((scan) => [scan.systemId, scan])), track }), [data, track]);
  return <ScanActivityContext.Provider value={value}>{children}</ScanActivityContext.Provider>;
}
