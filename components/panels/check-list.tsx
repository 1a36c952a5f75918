import { Badge } from "@/components/ui/badge";
import type { CheckDefinition, CheckOutcome } from "@/lib/checks/check-types";
import type { LatestCheckResult } from "@/lib/dashboard/latest-check-results";
import { formatUtc } from "@/lib/dashboard/format";

const OUTCOME: Record<CheckOutcome, { label: string; tone: "good" | "bad" | "warn" | "neutral" }> = {
  pass: { label: "Pass", tone: "good" },
  fail: { label: "Fail", tone: "bad" },
  partial: { label: "Partly assessed", tone: "warn" },
  not_assessed: { label: "Could not assess", tone: "neutral" },
};

/** Every check of a panel with its latest answer in its own words: what it found, or what it could not read and how to fix that. */
export function CheckList({ checks }: { checks: Array<{ check: CheckDefinition; result: LatestCheckResult | null }> }) {
  return (
    <ul className="divide-y divide-slate-100 dark:divide-slate-800">
      {checks.map(({ check, result }) => (
        <li key={check.id} className="py-3" data-testid={`check-${check.id}`}>
          <div className="flex flex-wrap items-center gap-2">
            {result ? <Badge tone={OUTCOME[result.outcome].tone}>{OUTCOME[result.outcome].label}</Badge> : <Badge>Not evaluated yet</Badge>}
            <span className="font-mono text-xs text-slate-500 dark:text-slate-400">{check.id}</span>
            <span className="text-sm font-medium">{check.title}</span>
          </div>
          {result ? (
            <p className={`mt-1 text-sm ${result.outcome === "not_assessed" ? "font-medium text-slate-800 dark:text-slate-200" : "text-slate-700 dark:text-slate-300"}`}>
              {result.detail}
            </p>
          ) : (
            <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">No scan has evaluated this check yet (full scans do).</p>
          )}
          <details className="mt-1 text-xs text-slate-600 dark:text-slate-400">
            <summary className="cursor-pointer">Why it matters</summary>
            <p className="mt-1">{check.why}</p>
            <p className="mt-1">Source: {check.source}</p>
            {result ? <p className="mt-1">Evaluated by the {result.scan.kind} scan of {formatUtc(result.scan.finishedAt ?? result.scan.queuedAt)}.</p> : null}
          </details>
        </li>
      ))}
    </ul>
  );
}
