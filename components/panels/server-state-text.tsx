import { Badge } from "@/components/ui/badge";
import type { ServerState } from "@/lib/dashboard/server-state";
import { AsOf } from "./as-of";

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

type Collected = { collectedAt: Date; scanId: string } | undefined;

/**
 * The two facts every TCP/IP server panel starts with: is it running (jobs and listener), and does
 * it start with TCP/IP (QATOCSTART, a file only third-party code documents, hence low confidence).
 */
export function serverStartFacts(options: {
  server: "FTP" | "SMTP";
  state: ServerState;
  approved: boolean | null;
  autostart: boolean | null;
  stateCollected: Collected;
  autostartCollected: Collected;
  autostartSource: string;
}) {
  const key = options.server.toLowerCase();
  return [
    {
      label: "State",
      value: (
        <span>
          <ServerStateText state={options.state} approved={options.approved} />
          <AsOf collected={options.stateCollected} primaryScanId={options.autostartCollected?.scanId} />
        </span>
      ),
      testId: `${key}-state`,
    },
    {
      label: `Starts with TCP/IP (CHG${options.server}A AUTOSTART)`,
      value: (
        <span>
          <AutostartText autostart={options.autostart} />
          <span className="block text-xs text-slate-600 dark:text-slate-400">{options.autostartSource}</span>
        </span>
      ),
      testId: `${key}-autostart`,
    },
  ];
}
