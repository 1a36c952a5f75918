/**
 * Expected failures carry a message fit to show the person who caused them; anything else is
 * logged and replaced by a generic sentence so internals never reach the browser.
 */
export class AppError extends Error {
  constructor(
    readonly code: "unauthenticated" | "forbidden" | "invalid" | "not_found" | "conflict" | "unavailable" | "refused",
    message: string,
    readonly fieldErrors?: Record<string, string[]>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/**
 * A zod error's messages per form field, "_" for the input as a whole. Nested objects keep their
 * path ("ftpWindow.from"); an array item's error belongs to the array's field ("localPorts").
 */
export function fieldErrorsOf(error: { issues: ReadonlyArray<{ path: ReadonlyArray<PropertyKey>; message: string }> }): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const field = issue.path.filter((segment) => typeof segment !== "number").map(String).join(".") || "_";
    (fieldErrors[field] ??= []).push(issue.message);
  }
  return fieldErrors;
}
