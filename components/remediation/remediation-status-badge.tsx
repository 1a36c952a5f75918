import { Badge } from "@/components/ui/badge";
import type { RemediationStatus } from "@/lib/remediations/engine/views";

const LOOK: Record<RemediationStatus, { tone: "good" | "warn" | "bad" | "info" | "neutral"; label: string }> = {
  pending_approval: { tone: "info", label: "Waiting for approval" },
  running: { tone: "info", label: "Running" },
  succeeded: { tone: "good", label: "Succeeded" },
  verification_failed: { tone: "warn", label: "Not verified" },
  failed: { tone: "bad", label: "Failed" },
  refused: { tone: "bad", label: "Refused" },
  rejected: { tone: "neutral", label: "Rejected" },
};

export function RemediationStatusBadge({ status }: { status: RemediationStatus }) {
  const { tone, label } = LOOK[status];
  return <Badge tone={tone}>{label}</Badge>;
}
