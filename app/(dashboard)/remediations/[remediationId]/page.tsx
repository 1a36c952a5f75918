import type { Metadata } from "next";
import type { ReactNode } from "react";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ApprovalControls } from "@/components/remediation/approval-controls";
import { PlanView } from "@/components/remediation/plan-view";
import { RemediationResult } from "@/components/remediation/remediation-result";
import { RemediationStatusWatcher } from "@/components/remediation/remediation-status-watcher";
import { UndoButton } from "@/components/remediation/undo-button";
import { Card, NotAllowed, PageHeader } from "@/components/ui/card";
import { can } from "@/lib/auth/permissions";
import { userWithPermission } from "@/lib/auth/session";
import { prisma } from "@/lib/db/client";
import { formatUtc } from "@/lib/dashboard/format";
import { findRemediationView, remediationAuditTrail } from "@/lib/remediations/engine/views";

export const metadata: Metadata = { title: "Remediation" };

export default async function RemediationPage({ params }: { params: Promise<{ remediationId: string }> }) {
  const { user, allowed } = await userWithPermission("fleet.read");
  if (!allowed) return <NotAllowed />;
  const remediation = await findRemediationView(prisma, (await params).remediationId);
  if (!remediation) notFound();
  const trail = await remediationAuditTrail(prisma, remediation.id);
  const canUndo = remediation.undoable && can(user.role, "remediations.run");
  const canDecide = remediation.status === "pending_approval" && can(user.role, "remediations.approve") && remediation.requestedBy.id !== user.id;
  const facts: Array<[string, ReactNode]> = [
    ["System", <Link key="s" href={`/remediations?system=${remediation.system.id}`} className="text-indigo-700 underline dark:text-indigo-300">{remediation.system.name}</Link>],
    ["Finding", remediation.finding ? <Link key="f" href={`/findings/${remediation.finding.id}`} className="text-indigo-700 underline dark:text-indigo-300">{remediation.finding.checkId}: {remediation.finding.title} ({remediation.finding.status})</Link> : "—"],
    ["Requested by", remediation.requestedBy.email ?? remediation.requestedBy.id],
    ["Approved by", remediation.approvedBy ? (remediation.approvedBy.email ?? remediation.approvedBy.id) : "—"],
    ["Reason", `${remediation.reason}${remediation.ticket ? ` (ticket ${remediation.ticket})` : ""}`],
    ["Created", formatUtc(remediation.createdAt)],
    ["Finished", remediation.finishedAt ? formatUtc(remediation.finishedAt) : "—"],
    ["Undo of", remediation.undoOfId ? <Link key="u" href={`/remediations/${remediation.undoOfId}`} className="text-indigo-700 underline dark:text-indigo-300">the earlier remediation</Link> : "—"],
    ["Undone by", remediation.undoneById ? <Link key="d" href={`/remediations/${remediation.undoneById}`} className="text-indigo-700 underline dark:text-indigo-300">a later remediation</Link> : "—"],
    ["Plan hash", <code key="h" className="break-all font-mono text-xs">{remediation.stateHash}</code>],
  ];
  return (
    <>
      <PageHeader
        title={remediation.undoOfId ? `Undo: ${remediation.plan.summary}` : remediation.plan.summary}
        description={remediation.title}
        actions={canUndo ? <UndoButton systemId={remediation.system.id} remediationId={remediation.id} title={remediation.plan.summary} /> : null}
      />
      <RemediationStatusWatcher remediationId={remediation.id} status={remediation.status} />
      <div className="grid gap-6 lg:grid-cols-2">
        <Card title="Outcome">
          <RemediationResult remediation={remediation} />
          {canDecide ? (
            <div className="mt-4 border-t border-slate-200 pt-4 dark:border-slate-800">
              <ApprovalControls remediationId={remediation.id} />
            </div>
          ) : null}
        </Card>
        <Card title="Record">
          <dl className="grid grid-cols-3 gap-x-3 gap-y-2 text-sm">
            {facts.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
                <dd className="col-span-2">{value}</dd>
              </div>
            ))}
          </dl>
        </Card>
        <Card title="Audit trail" className="lg:col-span-2">
          <ul className="space-y-1 text-sm">
            {trail.map((entry) => (
              <li key={`${entry.at}-${entry.action}`} data-testid="remediation-audit-entry">
                <span className="text-xs text-slate-600 dark:text-slate-400">{formatUtc(entry.at)}</span> <code className="font-mono text-xs">{entry.action}</code> {entry.outcome} by{" "}
                {entry.actorEmail ?? "the system"}
              </li>
            ))}
          </ul>
        </Card>
        <Card title="Plan as confirmed" className="lg:col-span-2">
          <PlanView plan={remediation.plan} priorStatements={remediation.priorState?.statements.map(({ id, sql }) => ({ id, sql })) ?? []} />
        </Card>
      </div>
    </>
  );
}
