"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Select } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";
import { ROLE_LABELS, ROLES, type Role } from "@/lib/auth/permissions";
import { setUserDisabledAction, setUserRoleAction } from "./actions";

export function UserRowControls({ userId, email, role, disabled }: { userId: string; email: string; role: Role; disabled: boolean }) {
  const toast = useToast();
  const [pending, setPending] = useState(false);

  async function run(action: () => ReturnType<typeof setUserRoleAction>, done: string) {
    setPending(true);
    const result = await action();
    setPending(false);
    toast(result.ok ? done : result.error, result.ok ? "success" : "error");
  }

  return (
    <div className="flex items-center gap-2">
      <label className="sr-only" htmlFor={`role-${userId}`}>
        Role of {email}
      </label>
      <Select
        id={`role-${userId}`}
        className="w-40"
        defaultValue={role}
        disabled={pending}
        onChange={(event) => run(() => setUserRoleAction({ userId, role: event.target.value as Role }), `Role of ${email} changed.`)}
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {ROLE_LABELS[option]}
          </option>
        ))}
      </Select>
      <Button
        variant={disabled ? "secondary" : "danger"}
        size="sm"
        disabled={pending}
        onClick={() => run(() => setUserDisabledAction({ userId, disabled: !disabled }), disabled ? `${email} enabled.` : `${email} disabled.`)}
      >
        {disabled ? "Enable" : "Disable"}
      </Button>
    </div>
  );
}
