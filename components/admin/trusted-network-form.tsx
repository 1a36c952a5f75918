"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { createTrustedNetworkAction, updateTrustedNetworkAction } from "@/app/(dashboard)/admin/trusted-networks/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Select, TextInput } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";
import { useActionForm } from "@/components/ui/use-action-form";
import { endOfUtcDay } from "@/lib/utc-day";

export interface TrustedNetworkValues {
  id: string;
  cidr: string;
  label: string;
  owner: string | null;
  systemId: string | null;
  localPorts: number[];
  /** ISO date (YYYY-MM-DD), the last day it is trusted. */
  expiresOn: string | null;
}

/** Typed text as ports; a word that is not a number is sent as typed so the server names it. */
function ports(text: string): Array<number | string> {
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((word) => (/^\d+$/.test(word) ? Number(word) : word));
}

/** Adding (no `network`) or editing a trusted network. */
export function TrustedNetworkForm({ systems, network, onDone }: { systems: Array<{ id: string; name: string }>; network?: TrustedNetworkValues; onDone?: () => void }) {
  const router = useRouter();
  const toast = useToast();
  const { message, pending, submit, errorOf: error } = useActionForm();
  const prefix = network ? `tn-${network.id}` : "tn-new";

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const text = (name: string) => String(form.get(name) ?? "").trim();
    const expiresOn = text("expiresOn");
    const values = {
      cidr: text("cidr"),
      label: text("label"),
      owner: text("owner") || null,
      systemId: text("systemId") || null,
      localPorts: ports(text("localPorts")) as number[],
      // Trusted through the whole of its last day (UTC).
      expiresAt: expiresOn ? endOfUtcDay(expiresOn).toISOString() : null,
    };
    const result = await submit(() => (network ? updateTrustedNetworkAction({ id: network.id, ...values }) : createTrustedNetworkAction(values)));
    if (!result.ok) return;
    if (!network) formElement.reset();
    toast(network ? `${values.cidr} saved.` : `${values.cidr} is now trusted.`);
    onDone?.();
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate aria-label={network ? `Edit ${network.cidr}` : "Add a trusted network"}>
      <Field id={`${prefix}-cidr`} label="Network (CIDR)" hint="e.g. 10.20.0.0/16, 203.0.113.7 or 2001:db8::/32" error={error("cidr")}>
        <TextInput id={`${prefix}-cidr`} name="cidr" defaultValue={network?.cidr} autoComplete="off" invalid={Boolean(error("cidr"))} />
      </Field>
      <Field id={`${prefix}-label`} label="Label" error={error("label")}>
        <TextInput id={`${prefix}-label`} name="label" defaultValue={network?.label} invalid={Boolean(error("label"))} />
      </Field>
      <Field id={`${prefix}-owner`} label="Owner" hint="Who answers for this network (optional)" error={error("owner")}>
        <TextInput id={`${prefix}-owner`} name="owner" defaultValue={network?.owner ?? ""} invalid={Boolean(error("owner"))} />
      </Field>
      <Field id={`${prefix}-system`} label="Applies to" error={error("systemId")}>
        <Select id={`${prefix}-system`} name="systemId" defaultValue={network?.systemId ?? ""}>
          <option value="">Every system</option>
          {systems.map((system) => (
            <option key={system.id} value={system.id}>
              {system.name}
            </option>
          ))}
        </Select>
      </Field>
      <Field id={`${prefix}-ports`} label="Local ports" hint="Empty: every port. Separate with spaces or commas." error={error("localPorts")}>
        <TextInput id={`${prefix}-ports`} name="localPorts" defaultValue={network?.localPorts.join(", ")} invalid={Boolean(error("localPorts"))} />
      </Field>
      <Field id={`${prefix}-expires`} label="Trusted until (last day, UTC)" hint="Empty: no expiry" error={error("expiresAt")}>
        <TextInput id={`${prefix}-expires`} name="expiresOn" type="date" defaultValue={network?.expiresOn ?? ""} invalid={Boolean(error("expiresAt"))} />
      </Field>
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : network ? "Save" : "Add trusted network"}
      </Button>
    </form>
  );
}
