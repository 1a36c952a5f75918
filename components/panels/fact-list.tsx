import type { ReactNode } from "react";

/** Label/value pairs, as a description list. */
export function FactList({ facts }: { facts: Array<{ label: string; value: ReactNode; testId?: string }> }) {
  return (
    <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2">
      {facts.map((fact) => (
        <div key={fact.label} data-testid={fact.testId}>
          <dt className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{fact.label}</dt>
          <dd className="mt-0.5 text-sm">{fact.value}</dd>
        </div>
      ))}
    </dl>
  );
}
