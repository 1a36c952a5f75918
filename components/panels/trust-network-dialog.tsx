"use client";

import type { FormEvent } from "react";
import { trustNetworkAction } from "@/app/(dashboard)/systems/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, FormError, Select, TextInput } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";
import { useActionForm } from "@/components/ui/use-action-form";
import type { ConnectionRow } from "@/lib/dashboard/connection-rows";
import { endOfUtcDay } from "@/lib/utc-day";

/** "Trust this address / network": creates a trusted network for this system or the whole fleet (audited). */
export function TrustNetworkDialog({ row, systemId, systemName, onClose, onTrusted }: { row: ConnectionRow; systemId: string; systemName: string; onClose: () => void; onTrusted: () => void }) {
  const toast = useToast();
  const { errors, message, pending, submit } = useActionForm();
  const hostPrefix = row.remoteAddress.includes(":") ? 128 : 32;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const expires = String(form.get("expiresAt") ?? "");
    const result = await submit(() =>
      trustNetworkAction({
      systemId,
      address: row.remoteAddress,
      cidr: String(form.get("cidr") ?? ""),
      label: String(form.get("label") ?? ""),
      owner: String(form.get("owner") ?? "") || null,
      expiresAt: expires ? endOfUtcDay(expires) : null,
      localPorts: form.get("onlyThisPort") === "on" ? [row.localPort] : [],
      scope: form.get("scope") === "fleet" ? "fleet" : "system",
      }),
    );
    if (!result.ok) return;
    toast(`${String(form.get("cidr"))} is now trusted. Findings update at the next scan.`);
    onTrusted();
    onClose();
  }

  return (
    <Dialog open onClose={onClose} title={`Trust ${row.remoteAddress}`}>
      <form onSubmit={onSubmit} className="space-y-3" noValidate>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Connections from this network will be marked trusted and no longer reported as NET-01 findings. The change is recorded in the audit log.
        </p>
        <Field id="trust-cidr" label="Network (CIDR)" hint={`Must contain ${row.remoteAddress}; /${hostPrefix} trusts this address only.`} error={errors.cidr?.[0]}>
          <TextInput id="trust-cidr" name="cidr" defaultValue={`${row.remoteAddress}/${hostPrefix}`} required invalid={Boolean(errors.cidr)} className="font-mono" />
        </Field>
        <Field id="trust-label" label="Label" hint="What it is, e.g. Head office LAN or Vendor VPN." error={errors.label?.[0]}>
          <TextInput id="trust-label" name="label" required invalid={Boolean(errors.label)} defaultValue={row.reverseDns ?? ""} />
        </Field>
        <Field id="trust-owner" label="Owner (optional)" error={errors.owner?.[0]}>
          <TextInput id="trust-owner" name="owner" invalid={Boolean(errors.owner)} />
        </Field>
        <Field id="trust-expires" label="Trusted until (optional)" hint="Leave empty for no end date." error={errors.expiresAt?.[0]}>
          <TextInput id="trust-expires" name="expiresAt" type="date" invalid={Boolean(errors.expiresAt)} />
        </Field>
        <Field id="trust-scope" label="Applies to">
          <Select id="trust-scope" name="scope" defaultValue="system">
            <option value="system">{systemName} only</option>
            <option value="fleet">Every system</option>
          </Select>
        </Field>
        <div className="flex items-center gap-2">
          <input id="trust-port" name="onlyThisPort" type="checkbox" className="h-4 w-4" />
          <label htmlFor="trust-port" className="text-sm">
            Only for local port {row.localPort}
            {row.service ? ` (${row.service.name})` : ""}
          </label>
        </div>
        <FormError message={message} />
        <div className="flex justify-end gap-2">
          <Button variant="secondary" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" disabled={pending}>
            {pending ? "Saving…" : "Trust"}
          </Button>
        </div>
      </form>
    </Dialog>
  );
}
