import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { FindingEvidence } from "@/components/findings/finding-evidence";
import { FindingHistory } from "@/components/findings/finding-history";
import { FindingStatusBadge } from "@/components/findings/finding-status-badge";
import { RemediationSlot } from "@/components/findings/remediation-slot";
import { SeverityBadge } from "@/components/findings/severity-badge";
import { AcceptRiskForm, CommentForm } from "@/components/findings/triage-forms";
import { Card, NotAllowed } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import { findingDetail } from "@/lib/dashboard/findings";
import { formatUtc } from "@/lib/dashboard/format";
import { panelLabel } from "@/lib/dashboard/panels";
import { lastAcceptanceDay } from "@/lib/dashboard/triage-finding";
import { prisma } from "@/lib/db/client";

export const metadata: Metadata = { title: "Finding" };

export default async function FindingPage({ params }: { params: Promise<{ findingId: string }> }) {
  const { user, allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  const { findingId } = await params;
  const finding = await findingDetail(prisma, findingId);
  if (finding === null) notFound();
  const canTriage = can(user.role, "findings.triage");
  const maxDate = lastAcceptanceDay(new Date());
  return (
    <div className="space-y-6">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600 dark:text-slate-400">
        <Link href="/findings" className="hover:underline">
          Findings
        </Link>{" "}
        /{" "}
        <Link href={`/systems/${finding.systemId}`} className="hover:underline">
          {finding.systemName}
        </Link>{" "}
        /{" "}
        <Link href={`/systems/${finding.systemId}/${finding.panel}`} className="hover:underline">
          {panelLabel(finding.panel)}
        </Link>
      </nav>
      <header className="flex flex-wrap items-start justify-between gap-4">
        <div>
          <div className="flex flex-wrap items-center gap-2">
            <SeverityBadge severity={finding.severity} />
            <FindingStatusBadge status={finding.status} />
            <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{finding.checkId}</span>
          </div>
          <h1 className="mt-2 text-xl font-semibold tracking-tight">{finding.title}</h1>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {finding.systemName} · first seen {formatUtc(finding.firstSeenAt)} · last seen {formatUtc(finding.lastSeenAt)}
            {finding.resolvedAt ? ` · resolved ${formatUtc(finding.resolvedAt)}` : ""}
          </p>
        </div>
        {finding.status !== "resolved" ? (
          <RemediationSlot
            findingId={finding.id}
            systemId={finding.systemId}
            checkId={finding.checkId}
            remediationIds={finding.check?.remediationIds ?? []}
            canRemediate={can(user.role, "remediations.run")}
          />
        ) : null}
      </header>
      {finding.status === "accepted_risk" ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-950 ring-1 ring-amber-200 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-900">
          Risk accepted by {finding.acceptedBy ?? "unknown"} until {finding.acceptedUntil ? formatUtc(finding.acceptedUntil) : "?"}: {finding.acceptedReason}
        </p>
      ) : null}
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <Card title="What was found">
            <p className="text-sm whitespace-pre-wrap">{finding.detail}</p>
          </Card>
          <Card title="Why it matters">
            {finding.check ? (
              <div className="space-y-2 text-sm">
                <p>{finding.check.why}</p>
                <p className="text-xs text-slate-600 dark:text-slate-400">Source: {finding.check.source}</p>
              </div>
            ) : (
              <p className="text-sm">This check is no longer in the catalogue.</p>
            )}
          </Card>
          <Card title="Evidence">
            <FindingEvidence evidence={finding.evidence} />
          </Card>
        </div>
        <div className="space-y-6">
          <Card title="History">
            <FindingHistory events={finding.events} />
          </Card>
          {canTriage && finding.status !== "resolved" ? (
            <Card title={finding.status === "accepted_risk" ? "Renew or change the acceptance" : "Accept the risk"}>
              <AcceptRiskForm findingId={finding.id} maxDate={maxDate} />
            </Card>
          ) : null}
          {canTriage ? (
            <Card title="Add a comment">
              <CommentForm findingId={finding.id} />
            </Card>
          ) : null}
        </div>
      </div>
    </div>
  );
}
