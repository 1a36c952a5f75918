import Link from "next/link";
import { FindingStatusBadge } from "@/components/findings/finding-status-badge";
import { RemediationSlot } from "@/components/findings/remediation-slot";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { checkCatalogue } from "@/lib/checks/catalogue";
import type { Panel } from "@/lib/checks/check-types";
import { findingFilterQuery } from "@/lib/dashboard/finding-filter";
import type { FindingListItem } from "@/lib/dashboard/findings";
import { formatAgo, formatUtc } from "@/lib/dashboard/format";

/** The panel's standing findings (open, then accepted risks), most severe first, each with its place for "Remediate". */
export function PanelFindings({
  findings,
  systemId,
  panel,
  now,
  canRemediate,
}: {
  findings: FindingListItem[];
  systemId: string;
  panel: Panel;
  now: Date;
  canRemediate: boolean;
}) {
  const resolvedHref = `/findings${findingFilterQuery({ systemIds: [systemId], panels: [panel], statuses: ["resolved"] })}`;
  return (
    <div className="space-y-3">
      {findings.length === 0 ? (
        <p className="text-sm text-slate-600 dark:text-slate-400">No open findings on this panel. Checks that could not look are listed below.</p>
      ) : (
        <ul className="divide-y divide-slate-100 dark:divide-slate-800" aria-label="Findings">
          {findings.map((finding) => (
            <li key={finding.id} className="flex flex-wrap items-start justify-between gap-3 py-3" data-testid="panel-finding">
              <div className="min-w-0 flex-1">
                <div className="flex flex-wrap items-center gap-2">
                  <SeverityBadge severity={finding.severity} />
                  {finding.status !== "open" ? <FindingStatusBadge status={finding.status} /> : null}
                  <Link href={`/findings/${finding.id}`} className="text-sm font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                    {finding.title}
                  </Link>
                </div>
                <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
                  {finding.checkId} · first seen {formatUtc(finding.firstSeenAt)} · last seen {formatAgo(finding.lastSeenAt, now)}
                  {finding.status === "accepted_risk" && finding.acceptedUntil ? ` · accepted until ${formatUtc(finding.acceptedUntil).slice(0, 10)}` : ""}
                </p>
              </div>
              <RemediationSlot
                findingId={finding.id}
                systemId={systemId}
                checkId={finding.checkId}
                remediationIds={checkCatalogue.find((check) => check.id === finding.checkId)?.remediationIds ?? []}
                canRemediate={canRemediate}
              />
            </li>
          ))}
        </ul>
      )}
      <p className="text-xs">
        <Link href={resolvedHref} className="text-indigo-700 underline dark:text-indigo-300">
          Resolved findings of this panel
        </Link>
      </p>
    </div>
  );
}
