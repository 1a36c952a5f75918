"use client";

import type { FormEvent } from "react";
import { acceptRiskAction, commentAction } from "@/app/(dashboard)/findings/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, TextArea, TextInput } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";
import { useActionForm } from "@/components/ui/use-action-form";
import { endOfUtcDay } from "@/lib/utc-day";

type Result = Awaited<ReturnType<typeof acceptRiskAction>>;

/** A triage form: on success the form is emptied and a toast says what was recorded. */
function useSubmit() {
  const toast = useToast();
  const { errors, message, pending, submit: run } = useActionForm();
  async function submit(action: () => Promise<Result>, done: string, form: HTMLFormElement) {
    if ((await run(action)).ok) {
      form.reset();
      toast(done);
    }
  }
  return { errors, message, pending, submit };
}

/** Accept the risk until a date, with the reason on record (officers; audited). */
export function AcceptRiskForm({ findingId, maxDate }: { findingId: string; maxDate: string }) {
  const { errors, message, pending, submit } = useSubmit();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const until = String(form.get("until") ?? "");
    void submit(
      () => acceptRiskAction({ findingId, reason: String(form.get("reason") ?? ""), until: until ? endOfUtcDay(until).toISOString() : "" }),
      "Risk accepted. The finding comes back when the acceptance ends.",
      event.currentTarget,
    );
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <Field id="accept-reason" label="Why the risk is acceptable" error={errors.reason?.[0]}>
        <TextArea id="accept-reason" name="reason" rows={3} required invalid={Boolean(errors.reason)} />
      </Field>
      <Field id="accept-until" label="Accepted until" hint="At most a year; the finding reopens on that day if it is still there." error={errors.until?.[0]}>
        <TextInput id="accept-until" name="until" type="date" max={maxDate} required invalid={Boolean(errors.until)} />
      </Field>
      <FormError message={message} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Accept risk"}
      </Button>
    </form>
  );
}

export function CommentForm({ findingId }: { findingId: string }) {
  const { errors, message, pending, submit } = useSubmit();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    void submit(() => commentAction({ findingId, note: String(form.get("note") ?? "") }), "Comment added.", event.currentTarget);
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <Field id="comment-note" label="Comment" error={errors.note?.[0]}>
        <TextArea id="comment-note" name="note" rows={3} required invalid={Boolean(errors.note)} />
      </Field>
      <FormError message={message} />
      <Button type="submit" variant="secondary" disabled={pending}>
        {pending ? "Saving…" : "Add comment"}
      </Button>
    </form>
  );
}
