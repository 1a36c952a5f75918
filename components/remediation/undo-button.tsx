"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { RemediationDialog } from "./remediation-dialog";

/** Undo: the captured prior state goes back through the same preview → confirm → verify flow. */
export function UndoButton({ systemId, remediationId, title }: { systemId: string; remediationId: string; title: string }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button variant="secondary" size="sm" onClick={() => setOpen(true)}>
        Undo
      </Button>
      <RemediationDialog open={open} onClose={() => setOpen(false)} systemId={systemId} target={{ kind: "undo", undoOfId: remediationId }} title={`Undo: ${title}`} />
    </>
  );
}
