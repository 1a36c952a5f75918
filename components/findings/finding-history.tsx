import type { FindingDetail } from "@/lib/dashboard/findings";
import { formatUtc } from "@/lib/dashboard/format";

const EVENT_LABELS: Record<string, string> = {
  opened: "First seen",
  resolved: "Resolved: a scan no longer saw it",
  reopened: "Reopened: seen again",
  accepted: "Risk accepted",
  acceptance_expired: "Acceptance ended: open again",
  comment: "Comment",
};

export function FindingHistory({ events }: { events: FindingDetail["events"] }) {
  return (
    <ol className="relative space-y-4 border-l border-slate-200 pl-4 dark:border-slate-700">
      {events.map((event) => (
        <li key={event.id} data-testid={`event-${event.type}`}>
          <p className="text-sm font-medium">{EVENT_LABELS[event.type] ?? event.type}</p>
          <p className="text-xs text-slate-600 dark:text-slate-400">
            <time dateTime={event.at.toISOString()}>{formatUtc(event.at)}</time>
            {event.actor ? ` · ${event.actor}` : event.scanId ? ` · scan ${event.scanId.slice(0, 8)}` : ""}
          </p>
          {event.note ? <p className="mt-1 text-sm whitespace-pre-wrap">{event.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
