"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { approveRemediationAction, rejectRemediationAction } from "@/app/(dashboard)/remediations/actions";
import { Button } from "@/components/ui/button";
import { Field, TextInput } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";

/** The second person's decision under the two-person rule; approving runs the plan, re-checked against the system. */
export function ApprovalControls({ remediationId }: { remediationId: string }) {
  const router = useRouter();
  const toast = useToast();
  const [note, setNote] = useState("");
  const [pending, setPending] = useState(false);

  async function decide(approve: boolean) {
    setPending(true);
    const result = approve ? await approveRemediationAction({ remediationId }) : await rejectRemediationAction({ remediationId, note });
    setPending(false);
    if (!result.ok) toast(result.error, "error");
    else toast(approve ? `Approved: ${result.data.status === "succeeded" ? "ran and verified" : (result.data.error ?? result.data.status)}` : "Rejected.", result.data.status === "failed" || result.data.status === "refused" ? "error" : "success");
    router.refresh();
  }

  return (
    <div className="flex flex-wrap items-end gap-2">
      <Button onClick={() => void decide(true)} disabled={pending}>
        {pending ? "Working…" : "Approve and run"}
      </Button>
      <Field id="reject-note" label="Why not (for a rejection)">
        <TextInput id="reject-note" value={note} onChange={(event) => setNote(event.target.value)} />
      </Field>
      <Button variant="secondary" onClick={() => void decide(false)} disabled={pending}>
        Reject
      </Button>
    </div>
  );
}
