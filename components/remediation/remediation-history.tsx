import Link from "next/link";
import { EmptyState } from "@/components/ui/card";
import { Table, Td, Th } from "@/components/ui/table";
import { formatUtc } from "@/lib/dashboard/format";
import type { RemediationView } from "@/lib/remediations/engine/views";
import { RemediationStatusBadge } from "./remediation-status-badge";

/** Remediations newest first: what, where, who, why, and how it ended. */
export function RemediationHistory({ remediations, showSystem }: { remediations: RemediationView[]; showSystem: boolean }) {
  if (remediations.length === 0) return <EmptyState title="No remediation has been planned here yet." />;
  return (
    <Table caption="Remediations">
      <thead>
        <tr>
          <Th>When</Th>
          {showSystem ? <Th>System</Th> : null}
          <Th>Remediation</Th>
          <Th>Status</Th>
          <Th>By</Th>
          <Th>Reason</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {remediations.map((remediation) => (
          <tr key={remediation.id} data-testid="remediation-row">
            <Td className="whitespace-nowrap text-xs">{formatUtc(remediation.createdAt)}</Td>
            {showSystem ? (
              <Td>
                <Link href={`/remediations?system=${remediation.system.id}`} className="text-indigo-700 hover:underline dark:text-indigo-300">
                  {remediation.system.name}
                </Link>
              </Td>
            ) : null}
            <Td>
              <Link href={`/remediations/${remediation.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                {remediation.undoOfId ? `Undo: ${remediation.plan.summary}` : remediation.plan.summary}
              </Link>
              {remediation.undoneById ? <span className="ml-2 text-xs text-slate-500">(undone)</span> : null}
            </Td>
            <Td>
              <RemediationStatusBadge status={remediation.status} />
            </Td>
            <Td className="text-xs">{remediation.requestedBy.email ?? remediation.requestedBy.id}</Td>
            <Td className="text-xs">
              {remediation.reason}
              {remediation.ticket ? ` (${remediation.ticket})` : ""}
            </Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
