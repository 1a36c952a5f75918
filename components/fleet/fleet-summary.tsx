import Link from "next/link";
import type { FleetSystem } from "@/lib/dashboard/fleet";
import { findingFilterQuery } from "@/lib/dashboard/finding-filter";
import { emptySeverityCounts, SEVERITIES, SEVERITY_LABELS } from "@/lib/dashboard/severity";

function Tile({ label, value, detail, href, tone = "neutral" }: { label: string; value: number; detail?: string; href?: string; tone?: "neutral" | "bad" | "critical" }) {
  const color = tone === "critical" && value > 0 ? "text-red-700 dark:text-red-300" : tone === "bad" && value > 0 ? "text-orange-700 dark:text-orange-300" : "";
  const body = (
    <>
      <p className="text-xs font-medium uppercase tracking-wide text-slate-600 dark:text-slate-400">{label}</p>
      <p className={`mt-1 text-2xl font-semibold ${color}`}>{value}</p>
      {detail ? <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{detail}</p> : null}
    </>
  );
  const box = "block rounded-lg bg-white p-4 shadow-xs ring-1 ring-slate-200 dark:bg-slate-900 dark:ring-slate-800";
  return href ? (
    <Link href={href} className={`${box} hover:ring-indigo-400`}>
      {body}
    </Link>
  ) : (
    <div className={box}>{body}</div>
  );
}

/** The fleet in five numbers, each leading to the list behind it. */
export function FleetSummary({ systems }: { systems: FleetSystem[] }) {
  const open = emptySeverityCounts();
  for (const system of systems) for (const severity of SEVERITIES) open[severity] += system.open[severity];
  const failing = systems.filter((system) => system.lastScan?.status === "failed").length;
  const weak = systems.filter((system) => system.posture && (system.posture.grade === "D" || system.posture.grade === "F")).length;
  const neverScanned = systems.filter((system) => system.posture === null).length;
  const accepted = systems.reduce((sum, system) => sum + system.acceptedRisk, 0);
  const severityDetail = SEVERITIES.slice(2).map((severity) => `${open[severity]} ${SEVERITY_LABELS[severity].toLowerCase()}`).join(", ");
  return (
    <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-5">
      <Tile label="Systems graded D or F" value={weak} detail={`of ${systems.length}; ${neverScanned} not graded yet`} tone="bad" />
      <Tile label="Critical findings open" value={open.critical} href={`/findings${findingFilterQuery({ severities: ["critical"] })}`} tone="critical" />
      <Tile label="High findings open" value={open.high} detail={severityDetail} href={`/findings${findingFilterQuery({ severities: ["high"] })}`} tone="bad" />
      <Tile label="Last scan failed" value={failing} detail="systems whose latest scan did not complete" tone="critical" />
      <Tile label="Accepted risks" value={accepted} href={`/findings${findingFilterQuery({ statuses: ["accepted_risk"] })}`} />
    </div>
  );
}
