import type { ReactNode } from "react";
import { Badge } from "@/components/ui/badge";
import type { JsonValue } from "@/lib/ibmi/errors";
import type { PlanView as TPlanView } from "@/lib/remediations/engine/plan-view";
import type { RemediationPreview } from "@/lib/remediations/engine/preview";

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className="space-y-1">
      <h3 className="text-xs font-semibold uppercase tracking-wide text-slate-600 dark:text-slate-400">{title}</h3>
      {children}
    </section>
  );
}

const valueText = (value: JsonValue): string => (Array.isArray(value) ? value.map(valueText).join(", ") : typeof value === "object" && value !== null ? JSON.stringify(value) : String(value));

const AUTHORITY_TONE = { held: "good", missing: "bad", unconfirmed: "warn" } as const;

/** A plan as the officer must see it before anything runs: the exact commands first. */
export function PlanView({
  plan,
  authority = [],
  priorStatements = [],
}: {
  plan: TPlanView;
  authority?: RemediationPreview["authority"];
  priorStatements?: RemediationPreview["priorStatements"];
}) {
  const captured = Object.entries(plan.prior.captured);
  return (
    <div className="space-y-4 text-sm">
      <p className="font-medium">{plan.summary}</p>
      {plan.blockers.length > 0 ? (
        <ul className="space-y-1 rounded-md bg-red-50 p-3 text-red-800 dark:bg-red-950 dark:text-red-200" role="alert">
          {plan.blockers.map((blocker) => (
            <li key={blocker}>{blocker}</li>
          ))}
        </ul>
      ) : null}
      {plan.steps.length > 0 ? (
        <Section title="Exactly what runs">
          <ol className="space-y-2">
            {plan.steps.map((step, index) => (
              <li key={`${index}-${step.text}`}>
                <pre className="whitespace-pre-wrap break-all rounded-md bg-slate-900 px-3 py-2 font-mono text-xs text-slate-100" data-testid="plan-command">
                  {step.kind === "cl" ? step.text : `Portcullis: ${step.text}`}
                </pre>
                <p className="mt-0.5 text-xs text-slate-600 dark:text-slate-400">{step.why}</p>
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
      {plan.changes.length > 0 ? (
        <Section title="What changes">
          <ul className="space-y-1">
            {plan.changes.map((change) => (
              <li key={change.subject}>
                <span className="font-medium">{change.subject}:</span> {change.before} <span aria-label="becomes">→</span> {change.after}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      {plan.impact.length > 0 ? (
        <Section title={plan.disruptive ? "Impact (disruptive)" : "Impact"}>
          <ul className="list-disc space-y-1 pl-5">
            {plan.impact.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Section>
      ) : null}
      {plan.warnings.length > 0 ? (
        <ul className="space-y-1 rounded-md bg-amber-50 p-3 text-amber-900 dark:bg-amber-950 dark:text-amber-200">
          {plan.warnings.map((warning) => (
            <li key={warning}>{warning}</li>
          ))}
        </ul>
      ) : null}
      {authority.length > 0 ? (
        <Section title="IBM i authority of the dashboard's profile">
          <ul className="space-y-1">
            {authority.map((entry) => (
              <li key={entry.description}>
                <Badge tone={AUTHORITY_TONE[entry.status]}>{entry.status}</Badge> {entry.description}. <span className="text-slate-600 dark:text-slate-400">{entry.detail}</span>
                {entry.status !== "held" && entry.grantCl ? <code className="mt-0.5 block break-all font-mono text-xs">{entry.grantCl}</code> : null}
              </li>
            ))}
          </ul>
        </Section>
      ) : null}
      <Section title="Prior state recorded">
        {captured.length > 0 ? (
          <ul className="space-y-0.5">
            {captured.map(([key, value]) => (
              <li key={key}>
                <span className="font-mono text-xs">{key}</span>: {valueText(value)}
              </li>
            ))}
          </ul>
        ) : null}
        {plan.prior.unknown.map((item) => (
          <p key={item} className="text-amber-800 dark:text-amber-300">
            Unknown: {item}
          </p>
        ))}
        {priorStatements.length > 0 ? (
          <details className="text-xs">
            <summary className="cursor-pointer text-slate-600 dark:text-slate-400">{priorStatements.length} read-only statements, one exec</summary>
            <ul className="mt-1 space-y-1">
              {priorStatements.map((statement) => (
                <li key={statement.id}>
                  <code className="block break-all font-mono">{statement.sql}</code>
                </li>
              ))}
            </ul>
          </details>
        ) : null}
      </Section>
      <Section title="Undo">
        <p data-testid="plan-undo">{plan.undo.available ? `Available: ${plan.undo.description}` : `Not available: ${plan.undo.reason}`}</p>
        {plan.undo.available && plan.undo.commands ? (
          <pre className="whitespace-pre-wrap break-all rounded-md bg-slate-100 px-3 py-2 font-mono text-xs dark:bg-slate-800">{plan.undo.commands.join("\n")}</pre>
        ) : null}
      </Section>
      {plan.verifies.length > 0 ? (
        <Section title="Verified afterwards by">
          <ul className="list-disc pl-5">
            {plan.verifies.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </Section>
      ) : null}
    </div>
  );
}
