import type { Severity } from "@/lib/checks/check-types";
import { Badge } from "@/components/ui/badge";
import { SEVERITIES, SEVERITY_LABELS, type SeverityCounts } from "@/lib/dashboard/severity";

const TONE = { critical: "critical", high: "bad", medium: "warn", low: "info", info: "neutral" } as const;

export function SeverityBadge({ severity }: { severity: Severity }) {
  return <Badge tone={TONE[severity]}>{SEVERITY_LABELS[severity]}</Badge>;
}

/** "2 Critical 3 High" as badges; severities with none are left out. */
export function SeverityCountBadges({ counts, emptyText = "None" }: { counts: SeverityCounts; emptyText?: string }) {
  const present = SEVERITIES.filter((severity) => counts[severity] > 0);
  if (present.length === 0) return <span className="text-sm text-slate-500 dark:text-slate-400">{emptyText}</span>;
  return (
    <span className="flex flex-wrap gap-1">
      {present.map((severity) => (
        <Badge key={severity} tone={TONE[severity]}>
          {counts[severity]} {SEVERITY_LABELS[severity]}
        </Badge>
      ))}
    </span>
  );
}
