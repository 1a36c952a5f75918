"use client";

import type { FormEvent } from "react";
import { Button } from "@/components/ui/button";
import { Field, FormError, Select, TextInput } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";
import { useActionForm } from "@/components/ui/use-action-form";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { createUserAction } from "./actions";

export function CreateUserForm() {
  const toast = useToast();
  const { errors, message, pending, submit } = useActionForm();

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const result = await submit(() =>
      createUserAction({
      email: String(form.get("email") ?? ""),
      name: String(form.get("name") ?? ""),
      role: String(form.get("role") ?? "auditor") as Role,
      password: String(form.get("password") ?? ""),
      }),
    );
    if (result.ok) {
      formElement.reset();
      toast("User created.");
    }
  }

  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <Field id="new-email" label="Email" error={errors.email?.[0]}>
        <TextInput id="new-email" name="email" type="email" required invalid={Boolean(errors.email)} />
      </Field>
      <Field id="new-name" label="Name" error={errors.name?.[0]}>
        <TextInput id="new-name" name="name" required invalid={Boolean(errors.name)} />
      </Field>
      <Field id="new-role" label="Role">
        <Select id="new-role" name="role" defaultValue="auditor">
          {ROLES.map((role) => (
            <option key={role} value={role}>
              {ROLE_LABELS[role]}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="new-password" label="Initial password" hint="At least 12 characters. Share it out of band." error={errors.password?.[0]}>
        <TextInput id="new-password" name="password" type="password" autoComplete="new-password" required invalid={Boolean(errors.password)} />
      </Field>
      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Creating…" : "Create user"}
      </Button>
    </form>
  );
}
