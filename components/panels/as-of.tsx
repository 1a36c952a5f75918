import { formatUtc } from "@/lib/dashboard/format";

/** Marks a value read by a different (newer) scan than the panel's main reading. */
export function AsOf({ collected, primaryScanId }: { collected: { collectedAt: Date; scanId: string } | undefined; primaryScanId: string | undefined }) {
  if (collected === undefined || collected.scanId === primaryScanId) return null;
  return <span className="ml-1 text-xs text-slate-500 dark:text-slate-400">(as of {formatUtc(collected.collectedAt)})</span>;
}
