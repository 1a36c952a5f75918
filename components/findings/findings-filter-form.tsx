import Link from "next/link";
import { buttonClass } from "@/components/ui/button";
import { Field, Select } from "@/components/ui/field";
import { FINDING_STATUS_LABELS, FINDING_STATUSES, type FindingFilter } from "@/lib/dashboard/finding-filter";
import { PANELS } from "@/lib/dashboard/panels";
import { SEVERITIES, SEVERITY_LABELS } from "@/lib/dashboard/severity";

/** A plain GET form: every filter lives in the URL, so a filtered list can be bookmarked and shared. */
export function FindingsFilterForm({ filter, systems }: { filter: FindingFilter; systems: Array<{ id: string; name: string }> }) {
  const status = filter.statuses.length === 0 ? "any" : filter.statuses.length === 1 ? filter.statuses[0] : "";
  return (
    <form method="get" className="grid items-end gap-3 md:grid-cols-[auto_1fr_1fr_1fr_auto]">
      <fieldset>
        <legend className="mb-1 block text-sm font-medium text-slate-800 dark:text-slate-200">Severity</legend>
        <div className="flex flex-wrap gap-x-3 gap-y-1">
          {SEVERITIES.map((severity) => (
            <label key={severity} className="inline-flex items-center gap-1 text-sm">
              <input type="checkbox" name="severity" value={severity} defaultChecked={filter.severities.includes(severity)} className="h-4 w-4" />
              {SEVERITY_LABELS[severity]}
            </label>
          ))}
        </div>
      </fieldset>
      <Field id="f-panel" label="Panel">
        <Select id="f-panel" name="panel" defaultValue={filter.panels.length === 1 ? filter.panels[0] : ""}>
          <option value="">All panels</option>
          {PANELS.map((panel) => (
            <option key={panel.id} value={panel.id}>
              {panel.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field id="f-status" label="Status">
        <Select id="f-status" name="status" defaultValue={status}>
          {FINDING_STATUSES.map((value) => (
            <option key={value} value={value}>
              {FINDING_STATUS_LABELS[value]}
            </option>
          ))}
          <option value="any">Any status</option>
        </Select>
      </Field>
      <Field id="f-system" label="System">
        <Select id="f-system" name="system" defaultValue={filter.systemIds.length === 1 ? filter.systemIds[0] : ""}>
          <option value="">All systems</option>
          {systems.map((system) => (
            <option key={system.id} value={system.id}>
              {system.name}
            </option>
          ))}
        </Select>
      </Field>
      <div className="flex gap-2">
        <button type="submit" className={buttonClass("secondary")}>
          Filter
        </button>
        <Link href="/findings" className={buttonClass("ghost")}>
          Reset
        </Link>
      </div>
    </form>
  );
}
