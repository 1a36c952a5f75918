import type { ScanKind } from "@/lib/checks/read-batch";
import { explainScanFailure } from "@/lib/dashboard/scan-failure";
import type { ScanRow } from "@/lib/dashboard/scans";
import { formatAgo, formatUtc } from "@/lib/dashboard/format";

/**
 * When the values below were read, and by which scan: a panel never passes off an old reading
 * as the current state. A later failed scan, or a reading older than the schedule promises,
 * is said in so many words.
 */
export function CollectedNote({
  collected,
  lastFinished,
  systemName,
  expectedEveryMinutes,
  now,
}: {
  collected: { collectedAt: Date; scanId: string; scanKind: ScanKind } | undefined;
  lastFinished: ScanRow | null;
  systemName: string;
  expectedEveryMinutes: number;
  now: Date;
}) {
  if (collected === undefined) {
    return (
      <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-700 dark:bg-slate-800 dark:text-slate-300" data-testid="collected-note">
        Not read yet: no scan of {systemName} has read these values. They appear after the next full scan.
      </p>
    );
  }
  const ageMinutes = (now.getTime() - collected.collectedAt.getTime()) / 60_000;
  const stale = ageMinutes > expectedEveryMinutes * 2 + 5;
  const failedSince = lastFinished?.status === "failed" && lastFinished.finishedAt !== null && lastFinished.finishedAt > collected.collectedAt ? lastFinished : null;
  return (
    <div className="space-y-2 text-sm" data-testid="collected-note">
      <p className="text-slate-700 dark:text-slate-300">
        Read by the {collected.scanKind} scan that finished{" "}
        <time dateTime={collected.collectedAt.toISOString()} className="font-medium">
          {formatUtc(collected.collectedAt)}
        </time>{" "}
        ({formatAgo(collected.collectedAt, now)}). <span className="font-mono text-xs text-slate-500 dark:text-slate-400">scan {collected.scanId.slice(0, 8)}</span>
      </p>
      {failedSince ? (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-red-900 ring-1 ring-red-200 dark:bg-red-950 dark:text-red-100 dark:ring-red-900">
          The latest scan ({formatUtc(failedSince.finishedAt!)}) failed: {explainScanFailure(systemName, failedSince.errorType, failedSince.errorMessage).headline} What you see
          here is the earlier reading above, not the current state.
        </p>
      ) : stale ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-950 ring-1 ring-amber-200 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-900">
          This reading is older than the schedule promises (every {expectedEveryMinutes} min): scans of {systemName} may not be running. Treat it as history.
        </p>
      ) : null}
    </div>
  );
}
