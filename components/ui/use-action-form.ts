"use client";

import { useState } from "react";
import type { ActionResult } from "@/lib/actions/define-action";

/**
 * The state every form around a server action keeps: field errors, a form-level message and
 * whether it is waiting. `submit` runs the action and reports whether it succeeded.
 */
export function useActionForm() {
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function submit<T>(run: () => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
    setPending(true);
    let result: ActionResult<T>;
    try {
      result = await run();
    } finally {
      setPending(false);
    }
    setErrors(result.ok ? {} : (result.fieldErrors ?? {}));
    setMessage(result.ok ? null : result.error);
    return result;
  }

  /** The first message for a field or anything nested under it (`policy.ftpWindow.from`). */
  const errorOf = (field: string) => Object.entries(errors).find(([key]) => key === field || key.startsWith(`${field}.`))?.[1][0];

  return { errors, message, pending, submit, errorOf };
}
