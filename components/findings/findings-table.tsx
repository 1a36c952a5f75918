import Link from "next/link";
import { Table, Td, Th } from "@/components/ui/table";
import type { FindingListItem } from "@/lib/dashboard/findings";
import { formatUtc } from "@/lib/dashboard/format";
import { panelLabel } from "@/lib/dashboard/panels";
import { FindingStatusBadge } from "./finding-status-badge";
import { SeverityBadge } from "./severity-badge";

export function FindingsTable({ items }: { items: FindingListItem[] }) {
  return (
    <Table caption="Findings">
      <thead>
        <tr>
          <Th>Severity</Th>
          <Th>Finding</Th>
          <Th>System</Th>
          <Th>Panel</Th>
          <Th>Status</Th>
          <Th>First seen</Th>
          <Th>Last seen</Th>
        </tr>
      </thead>
      <tbody className="divide-y divide-slate-100 dark:divide-slate-800">
        {items.map((item) => (
          <tr key={item.id} data-testid="finding-row">
            <Td>
              <SeverityBadge severity={item.severity} />
            </Td>
            <Td>
              <Link href={`/findings/${item.id}`} className="font-medium text-indigo-700 hover:underline dark:text-indigo-300">
                {item.title}
              </Link>
              <div className="font-mono text-xs text-slate-500 dark:text-slate-400">{item.checkId}</div>
            </Td>
            <Td>
              <Link href={`/systems/${item.systemId}`} className="hover:underline">
                {item.systemName}
              </Link>
            </Td>
            <Td>
              <Link href={`/systems/${item.systemId}/${item.panel}`} className="hover:underline">
                {panelLabel(item.panel)}
              </Link>
            </Td>
            <Td>
              <FindingStatusBadge status={item.status} />
              {item.status === "accepted_risk" && item.acceptedUntil ? <div className="text-xs text-slate-500 dark:text-slate-400">until {formatUtc(item.acceptedUntil).slice(0, 10)}</div> : null}
            </Td>
            <Td className="whitespace-nowrap font-mono text-xs">{formatUtc(item.firstSeenAt)}</Td>
            <Td className="whitespace-nowrap font-mono text-xs">{item.status === "resolved" && item.resolvedAt ? `resolved ${formatUtc(item.resolvedAt)}` : formatUtc(item.lastSeenAt)}</Td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
