import { Badge } from "@/components/ui/badge";
import type { SpoolReaderAnswer } from "@/lib/checks/spool-readers";

/** "Who can read this queue's spool": everyone or the named profiles, each with the reason, and what the answer could not see. */
export function SpoolReadersCell({ answer, intendedReaders }: { answer: SpoolReaderAnswer | null; intendedReaders: string[] | null }) {
  if (answer === null) return <span className="text-xs text-slate-500 dark:text-slate-400">Unknown</span>;
  const unintended = intendedReaders ? answer.readers.filter((reader) => !intendedReaders.includes(reader.profile)) : [];
  return (
    <details className="text-xs">
      <summary className="cursor-pointer">
        {answer.everyone ? <Badge tone="critical">Everyone</Badge> : <Badge tone="neutral">{answer.readers.length} named profile(s)</Badge>}
        {answer.everyone && answer.readers.length > 0 ? <span> + {answer.readers.length} named</span> : null}
        {intendedReaders && unintended.length > 0 ? <span className="ml-1 text-red-700 dark:text-red-300">{unintended.length} not intended</span> : null}
        {answer.caveats.length > 0 ? <span className="ml-1 text-amber-800 dark:text-amber-300">(incomplete)</span> : null}
      </summary>
      <div className="mt-2 space-y-2">
        {answer.everyoneBecause ? <p className="text-red-800 dark:text-red-300">Every profile can read: {answer.everyoneBecause}.</p> : null}
        {answer.readers.length > 0 ? (
          <ul className="space-y-1">
            {answer.readers.map((reader) => (
              <li key={reader.profile}>
                <span className="font-mono font-semibold">{reader.profile}</span>
                {intendedReaders && !intendedReaders.includes(reader.profile) ? <span className="text-red-700 dark:text-red-300"> (not an intended reader)</span> : null}: {reader.reasons.join("; ")}
              </li>
            ))}
          </ul>
        ) : null}
        {answer.excludedFromPublic.length > 0 ? <p>Kept out by their own authority: {answer.excludedFromPublic.join(", ")}.</p> : null}
        {answer.caveats.map((caveat) => (
          <p key={caveat} className="text-amber-900 dark:text-amber-200">
            {caveat}
          </p>
        ))}
        {answer.notes.map((note) => (
          <p key={note} className="text-slate-600 dark:text-slate-400">
            {note}
          </p>
        ))}
      </div>
    </details>
  );
}
