"use client";

import { Button } from "./button";

/** What an error boundary shows: what failed, in plain words, and a way to try again. */
export function PageError({ what, reset }: { what: string; reset: () => void }) {
  return (
    <div role="alert" className="rounded-lg border border-red-200 bg-red-50 px-6 py-8 text-center dark:border-red-900 dark:bg-red-950">
      <p className="text-sm font-medium text-red-900 dark:text-red-100">{what} could not be loaded. The database may be unreachable; nothing was changed.</p>
      <Button className="mt-4" variant="secondary" onClick={reset}>
        Try again
      </Button>
    </div>
  );
}
