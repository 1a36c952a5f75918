import { Badge } from "@/components/ui/badge";
import { Table, Td, Th } from "@/components/ui/table";
import { explainScanFailure } from "@/lib/dashboard/scan-failure";
import type { ScanRow } from "@/lib/dashboard/scans";
import { formatDuration, formatUtc } from "@/lib/dashboard/format";

const STATUS_TONE = { queued: "neutral", running: "info", succeeded: "good", failed: "critical" } as const;

/** The last scans of a system: what ran, how long it took, how many SSH round trips, and why it failed. */
export function ScansTable({ scans, systemName }: { scans: ScanRow[]; systemName: string }) {
  if (scans.length === 0) return <p className="text-sm text-slate-600 dark:text-slate-400">No scan yet.</p>;
  return (
    <Table caption={`Last scans of ${systemName}`}>
      <thead>
        <tr>
          <Th>Queued</Th>
          <Th>Kind</Th>
          <Th>Trigger</Th>
          <Th>Status</Th>
          <Th>Duration</Th>
          <Th>Round trips</Th>
          <Th>Result</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {scans.map((scan) => (
          <tr key={scan.id} data-testid="scan-row">
            <Td className="whitespace-nowrap font-mono text-xs">{formatUtc(scan.queuedAt)}</Td>
            <Td>{scan.kind}</Td>
            <Td>{scan.trigger}</Td>
            <Td>
              <Badge tone={STATUS_TONE[scan.status]}>{scan.status}</Badge>
            </Td>
            <Td className="whitespace-nowrap">{formatDuration(scan.durationMs)}</Td>
            <Td>{scan.execRoundTrips ?? "—"}</Td>
            <Td className="max-w-xl text-xs">
              {scan.status === "failed" ? (
                <>
                  <p className="font-medium text-red-800 dark:text-red-300">{explainScanFailure(systemName, scan.errorType, scan.errorMessage).headline}</p>
                  {scan.errorMessage ? <p className="mt-0.5 text-slate-600 dark:text-slate-400">{scan.errorMessage}</p> : null}
                </>
              ) : scan.status === "succeeded" ? (
                "Completed"
              ) : (
                "In progress"
              )}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
