"use client";

import { useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import type { RemediationView } from "@/lib/remediations/engine/views";

const SETTLED = new Set(["succeeded", "verification_failed", "failed", "refused", "rejected"]);

/**
 * While a remediation runs or waits for approval (possibly in another officer's browser), polls
 * its record and refreshes the page once it settles.
 */
export function RemediationStatusWatcher({ remediationId, status }: { remediationId: string; status: string }) {
  const router = useRouter();
  const watching = !SETTLED.has(status);
  const { data } = useQuery({
    queryKey: ["remediations", remediationId],
    queryFn: async (): Promise<RemediationView> => {
      const response = await fetch(`/api/remediations/${remediationId}`, { cache: "no-store" });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return (await response.json()) as RemediationView;
    },
    enabled: watching,
    refetchInterval: 3_000,
  });
  useEffect(() => {
    if (data && data.status !== status) router.refresh();
  }, [data, status, router]);
  return null;
}
