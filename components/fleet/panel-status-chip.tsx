import Link from "next/link";
import type { PanelStatus } from "@/lib/dashboard/panel-status";
import { panelLabel } from "@/lib/dashboard/panels";
import { worstOf } from "@/lib/dashboard/severity";

const ISSUE_STYLE = {
  critical: "bg-red-50 text-red-800 ring-red-300 dark:bg-red-950 dark:text-red-200 dark:ring-red-800",
  high: "bg-orange-50 text-orange-900 ring-orange-300 dark:bg-orange-950 dark:text-orange-200 dark:ring-orange-800",
  medium: "bg-amber-50 text-amber-900 ring-amber-300 dark:bg-amber-950 dark:text-amber-200 dark:ring-amber-800",
  low: "bg-sky-50 text-sky-800 ring-sky-300 dark:bg-sky-950 dark:text-sky-200 dark:ring-sky-800",
  info: "bg-slate-100 text-slate-700 ring-slate-300 dark:bg-slate-800 dark:text-slate-200 dark:ring-slate-700",
};

/** The state in words (never colour alone): "FTP: 2 issues", "SMTP relay: OK", "Spooled files: could not assess". */
function statusText(status: PanelStatus): string {
  switch (status.state) {
    case "issues":
      return `${status.openTotal} issue${status.openTotal === 1 ? "" : "s"}`;
    case "ok":
      return "OK";
    case "not_assessed":
      return "Could not assess";
    case "never_scanned":
      return "Never scanned";
  }
}

function style(status: PanelStatus): string {
  switch (status.state) {
    case "issues":
      return ISSUE_STYLE[worstOf(status.open) ?? "info"];
    case "ok":
      return "bg-emerald-50 text-emerald-800 ring-emerald-300 dark:bg-emerald-950 dark:text-emerald-200 dark:ring-emerald-800";
    case "not_assessed":
      return "bg-white text-slate-700 ring-slate-400 dark:bg-slate-900 dark:text-slate-300 dark:ring-slate-600";
    case "never_scanned":
      return "bg-slate-50 text-slate-500 ring-slate-200 dark:bg-slate-900 dark:text-slate-500 dark:ring-slate-800";
  }
}

export function PanelStatusChip({ status, href }: { status: PanelStatus; href: string }) {
  const blind = status.notAssessed + status.partial;
  const title =
    status.state === "issues" && blind > 0
      ? `${statusText(status)}; ${blind} check(s) could not look completely`
      : status.state === "not_assessed"
        ? `${blind} of ${status.checks} check(s) could not look completely`
        : undefined;
  return (
    <Link
      href={href}
      title={title}
      className={`inline-flex items-center gap-1 whitespace-nowrap rounded-md px-1.5 py-0.5 text-xs font-medium ring-1 ring-inset hover:underline ${style(status)}`}
    >
      <span className="font-semibold">{panelLabel(status.panel)}:</span> {statusText(status)}
      {status.state === "issues" && blind > 0 ? <span aria-hidden="true">*</span> : null}
    </Link>
  );
}
