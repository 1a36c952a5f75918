"use client";

import { useRouter } from "next/navigation";
import type { FormEvent } from "react";
import { updateSafetySwitchesAction } from "@/app/(dashboard)/admin/systems/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, TextInput } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";
import { useActionForm } from "@/components/ui/use-action-form";

export interface SafetySwitches {
  readOnly: boolean;
  twoPersonRule: boolean;
  fullScanMinutes: number;
  connectionsMinutes: number;
}

export function SafetySwitchesForm({ systemId, current }: { systemId: string; current: SafetySwitches }) {
  const router = useRouter();
  const toast = useToast();
  const { errors, message, pending, submit } = useActionForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const result = await submit(() =>
      updateSafetySwitchesAction({
      systemId,
      readOnly: form.get("readOnly") === "on",
      twoPersonRule: form.get("twoPersonRule") === "on",
      fullScanMinutes: String(form.get("fullScanMinutes") ?? ""),
      connectionsMinutes: String(form.get("connectionsMinutes") ?? ""),
      }),
    );
    if (!result.ok) return;
    toast("Safety switches saved.");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3 text-sm" noValidate aria-label="Safety switches">
      <label className="flex items-start gap-2">
        <input type="checkbox" name="readOnly" defaultChecked={current.readOnly} className="mt-1" />
        <span>
          <span className="font-medium">Read-only</span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">Remediation plans are shown but never run on this system.</span>
        </span>
      </label>
      <label className="flex items-start gap-2">
        <input type="checkbox" name="twoPersonRule" defaultChecked={current.twoPersonRule} className="mt-1" />
        <span>
          <span className="font-medium">Two-person rule</span>
          <span className="block text-xs text-slate-600 dark:text-slate-400">Disruptive remediations wait for a second officer or administrator to approve.</span>
        </span>
      </label>
      <div className="grid gap-3 sm:grid-cols-2">
        <Field id="safety-full" label="Full scan every (minutes)" error={errors.fullScanMinutes?.[0]}>
          <TextInput id="safety-full" name="fullScanMinutes" defaultValue={current.fullScanMinutes} inputMode="numeric" invalid={Boolean(errors.fullScanMinutes)} />
        </Field>
        <Field id="safety-connections" label="Connection scan every (minutes)" error={errors.connectionsMinutes?.[0]}>
          <TextInput id="safety-connections" name="connectionsMinutes" defaultValue={current.connectionsMinutes} inputMode="numeric" invalid={Boolean(errors.connectionsMinutes)} />
        </Field>
      </div>
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save safety switches"}
      </Button>
    </form>
  );
}
