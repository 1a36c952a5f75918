"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { acceptHostKeyAction, dismissHostKeyAction } from "@/app/(dashboard)/admin/systems/actions";
import { Button } from "@/components/ui/button";
import { useToast } from "@/components/ui/toaster";
import { HostKeyConfirmation } from "./host-key-confirmation";

/**
 * Shown when a scan met a host key other than the pinned one. The key is never re-pinned by
 * itself: accepting re-fetches it and refuses if it changed again.
 */
export function HostKeyAlert({ systemId, name, pinned, pending }: { systemId: string; name: string; pinned: string; pending: string }) {
  const router = useRouter();
  const toast = useToast();
  const [verified, setVerified] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function accept() {
    setBusy(true);
    const result = await acceptHostKeyAction({ systemId, reviewedFingerprint: pending, verified: verified as true });
    setBusy(false);
    if (!result.ok) {
      setError(result.fieldErrors?.verified?.[0] ?? result.error);
      router.refresh();
      return;
    }
    toast(`The new host key of ${name} is pinned.`);
    router.refresh();
  }

  async function dismiss() {
    setBusy(true);
    const result = await dismissHostKeyAction({ systemId });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    toast(`The pending host key of ${name} was dismissed; the pinned one stays.`, "info");
    router.refresh();
  }

  return (
    <section role="alert" aria-labelledby="host-key-alert-title" className="mb-6 space-y-3 rounded-lg bg-red-50 p-4 text-red-950 ring-2 ring-red-400 dark:bg-red-950 dark:text-red-50 dark:ring-red-700" data-testid="host-key-alert">
      <h2 id="host-key-alert-title" className="text-base font-semibold">
        The host key of {name} changed. If you did not expect this, someone may be intercepting the connection.
      </h2>
      <p className="text-sm">
        Scans are refused until an administrator decides. Accept the new key only if the system was reinstalled or its key regenerated,
        and the fingerprint matches the one on the system itself.
      </p>
      <dl className="grid gap-1 text-sm sm:grid-cols-[max-content_1fr] sm:gap-x-4">
        <dt className="font-medium">Pinned (old) key</dt>
        <dd className="break-all font-mono" data-testid="host-key-old">
          {pinned}
        </dd>
        <dt className="font-medium">Presented (new) key</dt>
        <dd className="break-all font-mono" data-testid="host-key-new">
          {pending}
        </dd>
      </dl>
      <div className="text-slate-900 dark:text-slate-100">
        <HostKeyConfirmation id="host-key-verified" fingerprint={pending} keyType={null} checked={verified} onChange={setVerified} error={error ?? undefined} />
      </div>
      <div className="flex flex-wrap gap-2">
        <Button variant="danger" onClick={accept} disabled={busy || !verified}>
          Accept the new key
        </Button>
        <Button variant="secondary" onClick={dismiss} disabled={busy}>
          Dismiss
        </Button>
      </div>
    </section>
  );
}
