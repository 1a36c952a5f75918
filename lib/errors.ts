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
