"use client";

import { useMutation } from "@tanstack/react-query";
import { scanAllAction, scanSystemAction } from "@/app/(dashboard)/systems/actions";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { useScanActivity } from "./scan-activity";

type Kind = "full" | "connections";

/** "Scan now" for one system; while its scan is queued or running the button says so instead. */
export function ScanNowButton({ systemId, systemName, kind = "full", label = "Scan now" }: { systemId: string; systemName: string; kind?: Kind; label?: string }) {
  const toast = useToast();
  const { activeBySystem, track } = useScanActivity();
  const active = activeBySystem.get(systemId);
  const mutation = useMutation({
    mutationFn: async () => {
      const result = await scanSystemAction({ systemId, kind });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    onSuccess: (data) => {
      track(data.requested.map((scan) => scan.scanId));
      const already = data.requested.some((scan) => scan.alreadyQueued);
      toast(already ? `A scan of ${systemName} was already waiting; it will run next.` : `Scan of ${systemName} queued.`, "info");
    },
    onError: (error) => toast(error.message, "error"),
  });
  const busy = mutation.isPending || active !== undefined;
  return (
    <Button size="sm" variant="secondary" className="whitespace-nowrap" disabled={busy} onClick={() => mutation.mutate()} aria-label={`${label} ${systemName}`}>
      {active ? (active.status === "queued" ? "Queued…" : "Scanning…") : mutation.isPending ? "Queuing…" : label}
    </Button>
  );
}

export function ScanAllButton({ systemCount }: { systemCount: number }) {
  const toast = useToast();
  const { track } = useScanActivity();
  const mutation = useMutation({
    mutationFn: async () => {
      const result = await scanAllAction({ kind: "full" });
      if (!result.ok) throw new Error(result.error);
      return result.data;
    },
    onSuccess: (data) => {
      track(data.requested.map((scan) => scan.scanId));
      const skipped = data.skipped.length > 0 ? ` Skipped (disabled): ${data.skipped.map((s) => s.systemName).join(", ")}.` : "";
      toast(`${data.requested.length} scan(s) queued.${skipped}`, "info");
    },
    onError: (error) => toast(error.message, "error"),
  });
  return (
    <Button disabled={mutation.isPending || systemCount === 0} onClick={() => mutation.mutate()}>
      {mutation.isPending ? "Queuing…" : "Scan all"}
    </Button>
  );
}
