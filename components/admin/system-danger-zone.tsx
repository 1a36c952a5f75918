"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { deleteSystemAction, setSystemEnabledAction } from "@/app/(dashboard)/admin/systems/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, TextInput } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";

export function SystemDangerZone({ systemId, name, enabled }: { systemId: string; name: string; enabled: boolean }) {
  const router = useRouter();
  const toast = useToast();
  const [confirmName, setConfirmName] = useState("");
  const [toggleError, setToggleError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function toggle() {
    setPending(true);
    const result = await setSystemEnabledAction({ systemId, enabled: !enabled });
    setPending(false);
    if (!result.ok) return setToggleError(result.error);
    setToggleError(null);
    toast(enabled ? `${name} is disabled: no scans, no remediations.` : `${name} is enabled again.`);
    router.refresh();
  }

  async function remove(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setPending(true);
    const result = await deleteSystemAction({ systemId, confirmName });
    setPending(false);
    if (!result.ok) return setError(result.fieldErrors?.confirmName?.[0] ?? result.error);
    toast(`${name} and everything recorded about it were deleted.`);
    router.push("/admin/systems");
  }

  return (
    <div className="space-y-5 text-sm">
      <div className="space-y-2">
        <p>
          {enabled
            ? "Disabling stops scans and remediations of this system; its findings and history stay."
            : "This system is disabled: it is neither scanned nor remediated."}
        </p>
        <Button variant="secondary" onClick={toggle} disabled={pending}>
          {enabled ? "Disable system" : "Enable system"}
        </Button>
        <FormError message={toggleError} />
      </div>
      <form onSubmit={remove} className="space-y-2 border-t border-slate-200 pt-4 dark:border-slate-800" noValidate aria-label="Delete system">
        <p>
          Deleting removes {name} together with all its scans, findings and their history, remediation records and the trusted networks
          that apply only to it. The audit log keeps a record of the deletion. This cannot be undone.
        </p>
        <Field id="delete-confirm" label={`Type ${name} to confirm`} error={error ?? undefined}>
          <TextInput id="delete-confirm" value={confirmName} onChange={(event) => setConfirmName(event.target.value)} autoComplete="off" invalid={Boolean(error)} />
        </Field>
        <Button type="submit" variant="danger" disabled={pending || confirmName.trim() !== name}>
          Delete {name}
        </Button>
      </form>
    </div>
  );
}
