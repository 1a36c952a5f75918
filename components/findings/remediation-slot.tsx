import { RemediateButton } from "@/components/remediation/remediate-button";
import { remediationById } from "@/lib/remediations/catalogue";

/**
 * ── Remediation slot ──────────────────────────────────────────────────────────────────────
 * Where the "Remediate" button goes, in each panel's findings list and in the finding detail
 * view: components/remediation/* (preview, confirm, verify, undo) for the finding, offering the
 * catalogue's remediations for its check. Viewers without remediations.run see nothing.
 */
export interface RemediationSlotProps {
  findingId: string;
  systemId: string;
  checkId: string;
  remediationIds: readonly string[];
  /** The viewer holds remediations.run. */
  canRemediate: boolean;
}

export function RemediationSlot({ findingId, systemId, checkId, remediationIds, canRemediate }: RemediationSlotProps) {
  if (!canRemediate) return null;
  const options = remediationIds.flatMap((id) => {
    const definition = remediationById(id);
    return definition?.offered ? [{ id: definition.id, title: definition.title, description: definition.description }] : [];
  });
  return <RemediateButton systemId={systemId} findingId={findingId} findingTitle={`${checkId} finding`} options={options} />;
}
