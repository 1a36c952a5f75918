"use client";

import { useRouter } from "next/navigation";
import { useEffect, useState } from "react";
import { previewRemediationAction, runRemediationAction } from "@/app/(dashboard)/remediations/actions";
import { Button } from "@/components/ui/button";
import { Dialog } from "@/components/ui/dialog";
import { Field, TextArea, TextInput } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";
import type { RemediationPreview } from "@/lib/remediations/engine/preview";
import type { RemediationView } from "@/lib/remediations/engine/views";
import { cleanValues, ParamsForm, type ParamValues } from "./params-form";
import { PlanView } from "./plan-view";
import { RemediationResult } from "./remediation-result";

export interface RemediationOption {
  id: string;
  title: string;
  description: string;
}

/** Same parameters, whatever the key order and empty fields. */
function sameValues(a: ParamValues, b: ParamValues): boolean {
  const canonical = (values: ParamValues) => JSON.stringify(Object.entries(cleanValues(values)).sort(([x], [y]) => x.localeCompare(y)));
  return canonical(a) === canonical(b);
}

type Target = { kind: "fix"; findingId: string; options: RemediationOption[] } | { kind: "undo"; undoOfId: string };

/**
 * Preview → confirm → result, in one dialog. Nothing runs until the officer confirms a plan read
 * from the system moments ago; the confirm carries that plan's hash and a key of its own, so a
 * double click runs once and a changed system is refused.
 */
export function RemediationDialog({ open, onClose, systemId, target, title }: { open: boolean; onClose: () => void; systemId: string; target: Target; title: string }) {
  const router = useRouter();
  const toast = useToast();
  const single = target.kind === "fix" && target.options.length === 1 ? target.options[0]!.id : null;
  const [actionId, setActionId] = useState<string | null>(single);
  const [preview, setPreview] = useState<RemediationPreview | null>(null);
  const [values, setValues] = useState<ParamValues>({});
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]> | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState<"preview" | "run" | null>(null);
  const [reason, setReason] = useState("");
  const [ticket, setTicket] = useState("");
  const [confirmName, setConfirmName] = useState("");
  const [key, setKey] = useState("");
  const [result, setResult] = useState<RemediationView | null>(null);
  const [changed, setChanged] = useState(false);

  async function loadPreview(chosen: string | null, params?: ParamValues) {
    setBusy("preview");
    setError(null);
    setResult(null);
    const response = await previewRemediationAction({
      systemId,
      actionId: target.kind === "fix" ? chosen : null,
      findingId: target.kind === "fix" ? target.findingId : null,
      undoOfId: target.kind === "undo" ? target.undoOfId : null,
      params: params ? cleanValues(params) : null,
    });
    setBusy(null);
    if (!response.ok) {
      setError(response.error);
      setFieldErrors(response.fieldErrors ?? null);
      return;
    }
    setPreview(response.data);
    setValues(response.data.params ?? {});
    setFieldErrors(response.data.paramErrors);
    setKey(crypto.randomUUID());
  }

  useEffect(() => {
    if (open && (single || target.kind === "undo")) void loadPreview(single);
    // A dialog previews once when it opens; later previews follow the officer's changes.
  }, [open]);

  async function confirm() {
    if (!preview?.stateHash) return;
    setBusy("run");
    setError(null);
    const response = await runRemediationAction({
      systemId,
      actionId: preview.action.id,
      findingId: preview.findingId,
      undoOfId: preview.undoOfId,
      params: target.kind === "fix" ? cleanValues(values) : null,
      stateHash: preview.stateHash,
      reason,
      ticket: ticket || null,
      idempotencyKey: key,
      confirmName: preview.requiresTypedName ? confirmName : null,
    });
    setBusy(null);
    if (!response.ok) {
      setError(response.error);
      setFieldErrors(response.fieldErrors ?? null);
      return;
    }
    setResult(response.data);
    setChanged(true);
    toast(
      response.data.status === "succeeded" ? `${preview.action.title}: done and verified.` : response.data.status === "pending_approval" ? "Sent for approval by a second person." : `${preview.action.title}: ${response.data.error ?? response.data.status}`,
      response.data.status === "succeeded" || response.data.status === "pending_approval" ? "success" : "error",
    );
  }

  // The page is refreshed once the officer has read the result: refreshing earlier could unmount
  // this dialog (a resolved finding leaves the list, an undone record loses its Undo button).
  function close() {
    onClose();
    if (changed) router.refresh();
  }

  const plan = preview?.plan ?? null;
  // The hash covers the parameters: edited values need a new plan before they can run.
  const edited = target.kind === "fix" && preview !== null && sameValues(values, preview.params ?? {}) === false;
  const stale = result?.status === "refused" && result.error?.startsWith("The system changed since you looked");
  const canConfirm = Boolean(plan && preview?.runnable && !edited && !preview.paramErrors && reason.trim().length >= 3 && (!preview.requiresTypedName || confirmName === preview.system.name));

  return (
    <Dialog open={open} onClose={close} title={title}>
      <div className="max-h-[75vh] space-y-4 overflow-y-auto pr-1">
        {target.kind === "fix" && target.options.length > 1 && !result ? (
          <fieldset className="space-y-2">
            <legend className="text-sm font-medium">Choose a remediation</legend>
            {target.options.map((option) => (
              <label key={option.id} className="flex items-start gap-2 text-sm">
                <input
                  type="radio"
                  name="remediation"
                  value={option.id}
                  checked={actionId === option.id}
                  onChange={() => {
                    setActionId(option.id);
                    void loadPreview(option.id);
                  }}
                  className="mt-1"
                />
                <span>
                  <span className="font-medium">{option.title}</span>
                  <span className="block text-xs text-slate-600 dark:text-slate-400">{option.description}</span>
                </span>
              </label>
            ))}
          </fieldset>
        ) : null}

        {busy === "preview" ? <p className="text-sm text-slate-600 dark:text-slate-400">Reading the system…</p> : null}
        {error ? (
          <p className="rounded-md bg-red-50 p-3 text-sm text-red-800 dark:bg-red-950 dark:text-red-200" role="alert">
            {error}
          </p>
        ) : null}

        {result ? (
          <>
            <RemediationResult remediation={result} />
            <div className="flex gap-2">
              {stale ? (
                <Button variant="secondary" onClick={() => void loadPreview(actionId, values)}>
                  Review the new plan
                </Button>
              ) : null}
              <a href={`/remediations/${result.id}`} className="text-sm text-indigo-700 underline dark:text-indigo-300">
                Open the record
              </a>
            </div>
          </>
        ) : preview && busy !== "preview" ? (
          <>
            {target.kind === "fix" && preview.action.fields.length > 0 ? (
              <div className="space-y-2">
                <ParamsForm fields={preview.action.fields} values={values} choices={preview.choices} errors={fieldErrors} onChange={setValues} disabled={busy !== null} />
                <Button variant={edited ? "primary" : "secondary"} size="sm" onClick={() => void loadPreview(preview.action.id, values)} disabled={busy !== null}>
                  Update the plan
                </Button>
                {edited ? <p className="text-xs text-amber-800 dark:text-amber-300">The values changed: update the plan to see the exact commands before running.</p> : null}
              </div>
            ) : null}
            {plan ? <PlanView plan={plan} authority={preview.authority} priorStatements={preview.priorStatements} /> : null}
            {preview.notRunnableBecause.length > 0 && plan ? (
              <ul className="space-y-1 text-sm text-red-800 dark:text-red-300">
                {preview.notRunnableBecause.filter((why) => !plan.blockers.includes(why)).map((why) => (
                  <li key={why}>{why}</li>
                ))}
              </ul>
            ) : null}
            {plan && preview.runnable ? (
              <form
                className="space-y-3 border-t border-slate-200 pt-3 dark:border-slate-800"
                onSubmit={(event) => {
                  event.preventDefault();
                  void confirm();
                }}
              >
                <Field id="remediation-reason" label="Reason or ticket" error={fieldErrors?.reason?.join(" ")}>
                  <TextArea id="remediation-reason" rows={2} value={reason} onChange={(event) => setReason(event.target.value)} required minLength={3} />
                </Field>
                <Field id="remediation-ticket" label="Ticket (optional)">
                  <TextInput id="remediation-ticket" value={ticket} onChange={(event) => setTicket(event.target.value)} />
                </Field>
                {preview.requiresTypedName ? (
                  <Field id="remediation-confirm-name" label={`Type ${preview.system.name} to confirm this disruptive change`} error={fieldErrors?.confirmName?.join(" ")}>
                    <TextInput id="remediation-confirm-name" value={confirmName} autoComplete="off" onChange={(event) => setConfirmName(event.target.value)} />
                  </Field>
                ) : null}
                {preview.requiresApproval ? <p className="text-sm text-slate-600 dark:text-slate-400">The two-person rule applies: a second officer or an administrator must approve before it runs.</p> : null}
                <Button type="submit" variant={plan.disruptive ? "danger" : "primary"} disabled={!canConfirm || busy !== null}>
                  {busy === "run" ? "Running…" : preview.requiresApproval ? "Request approval" : `Run on ${preview.system.name}`}
                </Button>
              </form>
            ) : null}
          </>
        ) : null}
      </div>
    </Dialog>
  );
}

