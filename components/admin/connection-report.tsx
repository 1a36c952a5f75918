import { Badge } from "@/components/ui/badge";
import type { NeedStatus, Readiness } from "@/lib/systems/readiness";

const STATE_BADGE: Record<NeedStatus["state"], { tone: "good" | "bad" | "neutral" | "warn"; text: string }> = {
  held: { tone: "good", text: "Has it" },
  lacking: { tone: "bad", text: "Lacks it" },
  unknown: { tone: "warn", text: "Unknown" },
  "not-needed": { tone: "neutral", text: "Not needed" },
};

/**
 * What the probe found, panel by panel: services the checks read, and the authorities the
 * dashboard's profile has or lacks with the CL that grants each missing one.
 */
export function ConnectionReport({ readiness, userProfile }: { readiness: Readiness; userProfile: string }) {
  return (
    <div className="space-y-4 text-sm" data-testid="connection-report">
      <p>
        IBM i release: <strong>{readiness.release ?? "could not be read"}</strong>. Profile: <strong className="font-mono">{userProfile}</strong>.{" "}
        {readiness.hasProblems ? (
          <Badge tone="warn">Some checks will be incomplete</Badge>
        ) : (
          <Badge tone="good">Every check can run</Badge>
        )}
      </p>
      {readiness.ccsidProblem ? (
        <div role="alert" className="rounded-md bg-amber-50 p-3 text-amber-900 ring-1 ring-amber-300 dark:bg-amber-950 dark:text-amber-100 dark:ring-amber-800">
          <p>{readiness.ccsidProblem.message}</p>
          <p className="mt-1">
            Fix: <code className="font-mono">{readiness.ccsidProblem.cure}</code>
          </p>
        </div>
      ) : null}
      <ul className="space-y-3">
        {readiness.panels.map((panel) => (
          <li key={panel.panel} className="rounded-md p-3 ring-1 ring-slate-200 dark:ring-slate-800" data-testid={`readiness-${panel.panel}`}>
            <h3 className="font-semibold">{panel.title}</h3>
            <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
              {panel.servicesUnknown
                ? "Which IBM i services exist could not be read (QSYS2.SERVICES_INFO)."
                : panel.servicesMissing.length === 0
                  ? `Services present: ${panel.servicesPresent.join(", ")}.`
                  : `Missing services: ${panel.servicesMissing.join(", ")} (apply the current Db2 PTF group). Present: ${panel.servicesPresent.join(", ") || "none"}.`}
            </p>
            <ul className="mt-2 space-y-1.5">
              {panel.needs.map((need) => (
                <li key={need.id} data-testid={`need-${need.id}`}>
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={STATE_BADGE[need.state].tone}>{STATE_BADGE[need.state].text}</Badge>
                    <span>
                      To {need.purpose}: {need.options.join(" or ")}
                      {need.heldThrough ? ` (has ${need.heldThrough})` : ""}
                      {need.documented ? "" : " — unconfirmed requirement"}
                    </span>
                  </div>
                  {need.note ? <p className="ml-1 mt-0.5 text-xs text-slate-600 dark:text-slate-400">{need.note}</p> : null}
                  {need.grantCl ? (
                    <p className="ml-1 mt-0.5 text-xs">
                      Grant with <code className="break-all font-mono">{need.grantCl}</code>
                    </p>
                  ) : null}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        CHGUSRPRF SPCAUT replaces the profile&apos;s whole list of special authorities; the commands above keep the ones it already has.
      </p>
      {readiness.unreadable.length > 0 ? (
        <div>
          <h3 className="font-semibold">Could not be read</h3>
          <ul className="mt-1 list-disc pl-5 text-xs">
            {readiness.unreadable.map((item) => (
              <li key={item.item}>
                {item.item}: {item.message}
                {item.sqlstate ? ` (SQLSTATE ${item.sqlstate})` : ""}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}
