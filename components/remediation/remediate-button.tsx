"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { RemediationDialog, type RemediationOption } from "./remediation-dialog";

/** "Remediate" on a finding: the dialog offers the finding check's remediations. */
export function RemediateButton({ systemId, findingId, findingTitle, options }: { systemId: string; findingId: string; findingTitle: string; options: RemediationOption[] }) {
  const [open, setOpen] = useState(false);
  if (options.length === 0) return null;
  return (
    <>
      <Button size="sm" onClick={() => setOpen(true)} data-testid="remediate-button">
        Remediate
      </Button>
      <RemediationDialog open={open} onClose={() => setOpen(false)} systemId={systemId} target={{ kind: "fix", findingId, options }} title={`Remediate: ${findingTitle}`} />
    </>
  );
}
