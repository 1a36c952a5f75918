import { Badge } from "@/components/ui/badge";
import type { RemediationView } from "@/lib/remediations/engine/views";
import { RemediationStatusBadge } from "./remediation-status-badge";

/** What happened: each command with its exit code and messages, then the verification and the finding. */
export function RemediationResult({ remediation }: { remediation: RemediationView }) {
  const { verification } = remediation;
  return (
    <div className="space-y-3 text-sm" data-testid="remediation-result">
      <p className="flex flex-wrap items-center gap-2">
        <RemediationStatusBadge status={remediation.status} />
        <span className="font-medium">{remediation.plan.summary}</span>
      </p>
      {remediation.error ? (
        <p className="rounded-md bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200" role="alert">
          {remediation.error}
        </p>
      ) : null}
      {remediation.results.length > 0 ? (
        <ol className="space-y-2">
          {remediation.results.map((result, index) => (
            <li key={`${index}-${result.text}`} className="space-y-1">
              <div className="flex items-start gap-2">
                <Badge tone={result.ok ? "good" : "bad"}>{result.ok ? "ok" : "failed"}</Badge>
                <code className="break-all font-mono text-xs">{result.text}</code>
              </div>
              <p className="pl-1 text-xs text-slate-600 dark:text-slate-400">
                {result.kind === "cl" ? `exit code ${result.exitCode ?? "none"}` : "Portcullis change"}
                {result.messages.map((message) => ` · ${message.id}: ${message.text}`).join("")}
              </p>
              {result.error ? <p className="pl-1 text-xs text-red-800 dark:text-red-300">{result.error.userMessage}</p> : null}
            </li>
          ))}
        </ol>
      ) : null}
      {verification ? (
        <div className="space-y-1">
          <p className={verification.verified ? "text-emerald-800 dark:text-emerald-300" : "text-amber-900 dark:text-amber-300"} data-testid="verification-summary">
            {verification.summary}
          </p>
          <ul className="space-y-0.5 text-xs">
            {verification.expectations.map((expectation) => (
              <li key={expectation.description}>
                <Badge tone={expectation.ok ? "good" : "warn"}>{expectation.ok ? "holds" : "does not hold"}</Badge> {expectation.description}: {expectation.observed}
              </li>
            ))}
          </ul>
          {verification.finding ? (
            <p data-testid="finding-verdict">
              {verification.finding.stillReported === false ? "The finding is resolved. " : "The finding stays open. "}
              {verification.finding.explanation}
            </p>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
