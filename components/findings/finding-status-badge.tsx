import { Badge } from "@/components/ui/badge";
import { FINDING_STATUS_LABELS, type FindingStatus } from "@/lib/dashboard/finding-filter";

const TONE = { open: "bad", accepted_risk: "warn", resolved: "good" } as const;

export function FindingStatusBadge({ status }: { status: FindingStatus }) {
  return <Badge tone={TONE[status]}>{FINDING_STATUS_LABELS[status]}</Badge>;
}
