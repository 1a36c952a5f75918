import type { Read } from "@/lib/checks/observation-types";

/**
 * What stands between a read and a complete answer: the failure (service missing on this
 * release, authority missing and the CL that grants it), or why the list may be partial, and
 * how an unusual answer was interpreted.
 */
export function ReadNote({ read, what }: { read: Read<unknown> | undefined; what: string }) {
  if (read === undefined) return null;
  if (!read.ok) {
    return (
      <p className="rounded-md bg-slate-100 px-3 py-2 text-sm text-slate-800 ring-1 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700">
        <span className="font-semibold">Could not read {what}.</span> {read.failure.explanation}
      </p>
    );
  }
  if (read.incomplete === null && read.notes.length === 0) return null;
  return (
    <div className="space-y-1 text-sm">
      {read.incomplete ? (
        <p className="rounded-md bg-amber-50 px-3 py-2 text-amber-950 ring-1 ring-amber-200 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-900">
          <span className="font-semibold">Partial {what}.</span> {read.incomplete.reason}
          {read.incomplete.grantCl ? (
            <>
              {" "}
              Grant it with <code className="font-mono text-xs">{read.incomplete.grantCl}</code>
            </>
          ) : null}
        </p>
      ) : null}
      {read.notes.map((note) => (
        <p key={note} className="text-slate-600 dark:text-slate-400">
          {note}
        </p>
      ))}
    </div>
  );
}
