import { formatAgo, formatUtc } from "@/lib/dashboard/format";

/** A moment as "2026-03-16 14:02 UTC (12 min ago)", machine-readable in `dateTime`. */
export function Timestamp({ at, now, relativeOnly = false }: { at: Date | string; now: Date | string; relativeOnly?: boolean }) {
  const iso = new Date(at).toISOString();
  return (
    <time dateTime={iso} title={formatUtc(at)} suppressHydrationWarning>
      {relativeOnly ? formatAgo(at, now) : `${formatUtc(at)} (${formatAgo(at, now)})`}
    </time>
  );
}
