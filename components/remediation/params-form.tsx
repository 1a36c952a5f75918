"use client";

import { Field, Select, TextInput } from "@/components/ui/field";
import type { JsonValue } from "@/lib/ibmi/errors";
import type { ParamField } from "@/lib/remediations/types";

export type ParamValues = Record<string, JsonValue>;

const DAYS = ["*MON", "*TUE", "*WED", "*THU", "*FRI", "*SAT", "*SUN"] as const;

/** Values as the action takes them: empty fields left out, so optional parameters stay unset. */
export function cleanValues(values: ParamValues): ParamValues {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== "" && value !== null && value !== undefined));
}

/** The parameters of one remediation, from its field descriptors; choices come from the preview's read. */
export function ParamsForm({
  fields,
  values,
  choices,
  errors,
  onChange,
  disabled,
}: {
  fields: readonly ParamField[];
  values: ParamValues;
  choices: Record<string, Array<{ value: string; label: string }>>;
  errors: Record<string, string[]> | null;
  onChange: (values: ParamValues) => void;
  disabled: boolean;
}) {
  const set = (name: string, value: JsonValue) => onChange({ ...values, [name]: value });
  return (
    <div className="space-y-3">
      {fields.map((field) => {
        const id = `param-${field.name}`;
        const error = errors?.[field.name]?.join(" ");
        const value = values[field.name];
        switch (field.kind) {
          case "select":
          case "choice": {
            const options = field.kind === "select" ? field.options : (choices[field.name] ?? []);
            return (
              <Field key={field.name} id={id} label={field.label} hint={field.help} error={error}>
                <Select id={id} value={typeof value === "string" ? value : ""} invalid={Boolean(error)} disabled={disabled} onChange={(event) => set(field.name, event.target.value)}>
                  <option value="">—</option>
                  {options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          }
          case "checkbox":
            return (
              <label key={field.name} className="flex items-center gap-2 text-sm">
                <input type="checkbox" checked={value === true} disabled={disabled} onChange={(event) => set(field.name, event.target.checked)} />
                {field.label}
              </label>
            );
          case "days":
            return (
              <fieldset key={field.name} className="space-y-1">
                <legend className="text-sm font-medium">{field.label}</legend>
                <div className="flex flex-wrap gap-3">
                  {DAYS.map((day) => {
                    const selected = Array.isArray(value) ? (value as string[]) : [];
                    return (
                      <label key={day} className="flex items-center gap-1 text-sm">
                        <input
                          type="checkbox"
                          checked={selected.includes(day)}
                          disabled={disabled}
                          onChange={(event) => set(field.name, event.target.checked ? [...selected, day] : selected.filter((d) => d !== day))}
                        />
                        {day}
                      </label>
                    );
                  })}
                </div>
                {error ? <p className="text-xs font-medium text-red-700 dark:text-red-400">{error}</p> : null}
              </fieldset>
            );
          case "ports":
            return (
              <Field key={field.name} id={id} label={field.label} hint={field.help} error={error}>
                <TextInput
                  id={id}
                  inputMode="numeric"
                  placeholder="23, 992"
                  value={Array.isArray(value) ? value.join(", ") : ""}
                  invalid={Boolean(error)}
                  disabled={disabled}
                  onChange={(event) => set(field.name, event.target.value.split(/[\s,]+/).filter(Boolean).map(Number))}
                />
              </Field>
            );
          case "time":
          case "text":
            return (
              <Field key={field.name} id={id} label={field.label} hint={field.help} error={error}>
                <TextInput
                  id={id}
                  type={field.kind === "time" ? "time" : "text"}
                  placeholder={field.kind === "text" ? field.placeholder : undefined}
                  value={typeof value === "string" ? value : ""}
                  invalid={Boolean(error)}
                  disabled={disabled}
                  onChange={(event) => set(field.name, event.target.value)}
                />
              </Field>
            );
        }
      })}
    </div>
  );
}
