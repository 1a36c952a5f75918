import { Badge } from "@/components/ui/badge";
import type { ServerState } from "@/lib/dashboard/server-state";

/** "Running" / "Not running" / "Unknown" with how it was determined. */
export function ServerStateText({ state, approved }: { state: ServerState; approved: boolean | null }) {
  const badge =
    state.running === null ? (
      <Badge>Unknown</Badge>
    ) : state.running ? (
      <Badge tone={approved === false ? "critical" : "warn"}>Running</Badge>
    ) : (
      <Badge tone="good">Not running</Badge>
    );
  return (
    <span>
      {badge} <span className="text-slate-700 dark:text-slate-300">({state.basis})</span>
    </span>
  );
}

export function AutostartText({ autostart }: { autostart: boolean | null }) {
  if (autostart === null) return <Badge>Unknown</Badge>;
  return autostart ? <Badge tone="warn">*YES: starts with TCP/IP</Badge> : <Badge tone="good">*NO</Badge>;
}
