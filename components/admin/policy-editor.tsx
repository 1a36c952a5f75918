"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent, type ReactNode } from "react";
import { updatePolicyAction } from "@/app/(dashboard)/admin/systems/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, Select, TextArea, TextInput } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";
import { useActionForm } from "@/components/ui/use-action-form";
import { TCP_SERVERS, WEEKDAYS, type TPolicy } from "@/lib/checks/policy";
import { draftFromOverrides, overridesFromDraft, type Counted, type Holder, type PolicyDraft, type StoredOverrides, type TriState } from "./policy-draft";

const HOLDERS: Holder[] = ["*SPLCTL", "*ALLOBJ", "*IOSYSCFG", "*JOBCTL"];
const RELAY_VALUES = ["*ALL", "*NONE", "*LIST", "*NEAR", "*BOTH"];
const FTP_SSL_VALUES = ["*YES", "*NO", "*ONLY"];

const list = (values: readonly (string | number)[]) => (values.length === 0 ? "none" : values.join(", "));

function Section({ title, hint, children }: { title: string; hint?: ReactNode; children: ReactNode }) {
  return (
    <fieldset className="space-y-2 border-t border-slate-200 pt-4 first:border-t-0 first:pt-0 dark:border-slate-800">
      <legend className="text-sm font-semibold">{title}</legend>
      {hint ? <p className="text-xs text-slate-600 dark:text-slate-400">{hint}</p> : null}
      {children}
    </fieldset>
  );
}

function OverrideToggle({ id, checked, onChange }: { id: string; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label htmlFor={id} className="flex items-center gap-2 text-sm">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      Override the default
    </label>
  );
}

function TriStateField({ id, label, value, fallback, error, onChange }: { id: string; label: string; value: TriState; fallback: boolean; error?: string; onChange: (value: TriState) => void }) {
  return (
    <Field id={id} label={label} error={error}>
      <Select id={id} value={value} onChange={(event) => onChange(event.target.value as TriState)}>
        <option value="">Default ({fallback ? "yes" : "no"})</option>
        <option value="yes">Yes</option>
        <option value="no">No</option>
      </Select>
    </Field>
  );
}

/**
 * Per-system policy: each value is either the default (shown) or an override. Saved as one
 * overrides object, validated on the server against the same schema the checks read.
 */
export function PolicyEditor({ systemId, stored, defaults }: { systemId: string; stored: StoredOverrides; defaults: TPolicy }) {
  const router = useRouter();
  const toast = useToast();
  const [draft, setDraft] = useState<PolicyDraft>(() => draftFromOverrides(stored, defaults));
  const { message, pending, submit, errorOf } = useActionForm();

  const update = (change: (draft: PolicyDraft) => PolicyDraft) => setDraft((current) => change(current));
  /** The first server message for a policy path or anything under it. */
  const error = (path: string) => errorOf(`overrides.${path}`);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await submit(() => updatePolicyAction({ systemId, overrides: overridesFromDraft(draft) }));
    if (!result.ok) return;
    toast("Policy saved. It applies from the next scan.");
    router.refresh();
  }

  const ftp = draft.ftpWindow;
  return (
    <form onSubmit={onSubmit} className="space-y-5" noValidate aria-label="Policy">
      <Section title="Approved TCP servers" hint={`Servers this system may run. Default: ${list(defaults.approvedServers)}.`}>
        <OverrideToggle id="policy-servers-override" checked={draft.approvedServers !== null} onChange={(on) => update((d) => ({ ...d, approvedServers: on ? [...defaults.approvedServers] : null }))} />
        <div className="flex flex-wrap gap-4 text-sm">
          {TCP_SERVERS.map((server) => (
            <label key={server} className="flex items-center gap-1.5">
              <input
                type="checkbox"
                disabled={draft.approvedServers === null}
                checked={(draft.approvedServers ?? defaults.approvedServers).includes(server)}
                onChange={(event) =>
                  update((d) => ({
                    ...d,
                    approvedServers: event.target.checked ? [...(d.approvedServers ?? []), server] : (d.approvedServers ?? []).filter((s) => s !== server),
                  }))
                }
              />
              {server.toUpperCase()}
            </label>
          ))}
        </div>
        {error("approvedServers") ? <p className="text-xs font-medium text-red-700 dark:text-red-400">{error("approvedServers")}</p> : null}
      </Section>

      <Section title="FTP window" hint="When FTP may listen (FTP-03 counts the hours outside it). Times are in the given IANA time zone.">
        <Field id="policy-ftp-mode" label="FTP may listen" error={error("ftpWindow")}>
          <Select id="policy-ftp-mode" value={ftp.mode} onChange={(event) => update((d) => ({ ...d, ftpWindow: { ...d.ftpWindow, mode: event.target.value as PolicyDraft["ftpWindow"]["mode"] } }))}>
            <option value="default">
              Default ({defaults.ftpWindow ? `${list(defaults.ftpWindow.days)} ${defaults.ftpWindow.from}–${defaults.ftpWindow.to} ${defaults.ftpWindow.timeZone}` : "any time"})
            </option>
            <option value="window">In this window</option>
            <option value="anytime">Any time</option>
          </Select>
        </Field>
        {ftp.mode === "window" ? (
          <div className="space-y-2">
            <div className="flex flex-wrap gap-3 text-sm" role="group" aria-label="FTP window days">
              {WEEKDAYS.map((day) => (
                <label key={day} className="flex items-center gap-1.5">
                  <input
                    type="checkbox"
                    checked={ftp.days.includes(day)}
                    onChange={(event) =>
                      update((d) => ({ ...d, ftpWindow: { ...d.ftpWindow, days: event.target.checked ? WEEKDAYS.filter((w) => w === day || d.ftpWindow.days.includes(w)) : d.ftpWindow.days.filter((w) => w !== day) } }))
                    }
                  />
                  {day[0]?.toUpperCase()}
                  {day.slice(1)}
                </label>
              ))}
            </div>
            <div className="grid gap-3 sm:grid-cols-3">
              <Field id="policy-ftp-from" label="From (HH:MM)" error={error("ftpWindow.from")}>
                <TextInput id="policy-ftp-from" value={ftp.from} onChange={(event) => update((d) => ({ ...d, ftpWindow: { ...d.ftpWindow, from: event.target.value } }))} invalid={Boolean(error("ftpWindow.from"))} />
              </Field>
              <Field id="policy-ftp-to" label="To (HH:MM)" error={error("ftpWindow.to")}>
                <TextInput id="policy-ftp-to" value={ftp.to} onChange={(event) => update((d) => ({ ...d, ftpWindow: { ...d.ftpWindow, to: event.target.value } }))} invalid={Boolean(error("ftpWindow.to"))} />
              </Field>
              <Field id="policy-ftp-zone" label="Time zone" error={error("ftpWindow.timeZone")}>
                <TextInput id="policy-ftp-zone" value={ftp.timeZone} onChange={(event) => update((d) => ({ ...d, ftpWindow: { ...d.ftpWindow, timeZone: event.target.value } }))} invalid={Boolean(error("ftpWindow.timeZone"))} />
              </Field>
            </div>
            {error("ftpWindow.days") ? <p className="text-xs font-medium text-red-700 dark:text-red-400">Pick at least one day.</p> : null}
          </div>
        ) : null}
        <Field id="policy-ftp-hours" label="Tolerated FTP hours per week outside the window" hint={`Empty: default (${defaults.maxFtpExposureHoursPerWeek}).`} error={error("maxFtpExposureHoursPerWeek")}>
          <TextInput id="policy-ftp-hours" value={draft.maxFtpExposureHoursPerWeek} onChange={(event) => update((d) => ({ ...d, maxFtpExposureHoursPerWeek: event.target.value }))} inputMode="decimal" invalid={Boolean(error("maxFtpExposureHoursPerWeek"))} />
        </Field>
      </Section>

      <Section title="Exposure">
        <div className="grid gap-3 sm:grid-cols-3">
          <TriStateField id="policy-remote-users" label="Users connect from outside" value={draft.remoteUsers} fallback={defaults.remoteUsers} error={error("remoteUsers")} onChange={(value) => update((d) => ({ ...d, remoteUsers: value }))} />
          <TriStateField id="policy-internet" label="Reachable from the internet" value={draft.internetFacing} fallback={defaults.internetFacing} error={error("internetFacing")} onChange={(value) => update((d) => ({ ...d, internetFacing: value }))} />
          <TriStateField
            id="policy-socket-waived"
            label="Socket exit points waived (NET-06)"
            value={draft.socketExitPointsWaived}
            fallback={defaults.socketExitPointsWaived}
            error={error("socketExitPointsWaived")}
            onChange={(value) => update((d) => ({ ...d, socketExitPointsWaived: value }))}
          />
        </div>
      </Section>

      <Section title="Sensitive output queues" hint="One queue per line as LIB/NAME (generic PAY* and *ALL/NAME allowed), optionally followed by “: reader, reader” — who should be able to read its spool.">
        <OverrideToggle id="policy-queues-override" checked={draft.sensitiveOutputQueues !== null} onChange={(on) => update((d) => ({ ...d, sensitiveOutputQueues: on ? "" : null }))} />
        {draft.sensitiveOutputQueues !== null ? (
          <Field id="policy-queues" label="Sensitive queues" error={error("sensitiveOutputQueues")}>
            <TextArea
              id="policy-queues"
              rows={4}
              className="font-mono text-xs"
              placeholder={"PAYLIB/PAY*: PAYCLERK, HRGRP\nQGPL/CONFIDENT"}
              value={draft.sensitiveOutputQueues}
              onChange={(event) => update((d) => ({ ...d, sensitiveOutputQueues: event.target.value }))}
              invalid={Boolean(error("sensitiveOutputQueues"))}
            />
          </Field>
        ) : (
          <p className="text-sm">Default: {list(defaults.sensitiveOutputQueues.map((entry) => entry.queue))}.</p>
        )}
      </Section>

      <Section title="Approved holders of special authorities" hint="Profiles (users or groups) allowed to hold each authority, directly or through a group. Separate names with spaces or commas.">
        <div className="grid gap-3 sm:grid-cols-2">
          {HOLDERS.map((authority) => {
            const overridden = draft.approvedHolders[authority] !== undefined;
            const id = `policy-holders-${authority.slice(1).toLowerCase()}`;
            return (
              <div key={authority} className="space-y-1">
                <OverrideToggle
                  id={`${id}-override`}
                  checked={overridden}
                  onChange={(on) => update((d) => ({ ...d, approvedHolders: { ...d.approvedHolders, [authority]: on ? defaults.approvedHolders[authority].join(", ") : undefined } }))}
                />
                <Field id={id} label={authority} hint={`Default: ${list(defaults.approvedHolders[authority])}`} error={error(`approvedHolders.${authority}`)}>
                  <TextInput
                    id={id}
                    disabled={!overridden}
                    value={draft.approvedHolders[authority] ?? defaults.approvedHolders[authority].join(", ")}
                    onChange={(event) => update((d) => ({ ...d, approvedHolders: { ...d.approvedHolders, [authority]: event.target.value } }))}
                    invalid={Boolean(error(`approvedHolders.${authority}`))}
                  />
                </Field>
              </div>
            );
          })}
        </div>
      </Section>

      <Section title="Most holders tolerated (PRV-01)" hint="Empty: the default shown.">
        <div className="grid gap-3 sm:grid-cols-4">
          {(Object.keys(defaults.maxHolders) as Counted[]).map((authority) => {
            const id = `policy-max-${authority.slice(1).toLowerCase()}`;
            return (
              <Field key={authority} id={id} label={authority} error={error(`maxHolders.${authority}`)}>
                <TextInput
                  id={id}
                  inputMode="numeric"
                  placeholder={String(defaults.maxHolders[authority])}
                  value={draft.maxHolders[authority] ?? ""}
                  onChange={(event) => update((d) => ({ ...d, maxHolders: { ...d.maxHolders, [authority]: event.target.value } }))}
                  invalid={Boolean(error(`maxHolders.${authority}`))}
                />
              </Field>
            );
          })}
        </div>
      </Section>

      <Section title="Approved listening ports (NET-02)" hint="New listeners outside this list are reported.">
        <Field id="policy-ports-mode" label="Baseline" error={error("listeningPortBaseline")}>
          <Select
            id="policy-ports-mode"
            value={draft.listeningPortBaseline.mode}
            onChange={(event) => update((d) => ({ ...d, listeningPortBaseline: { ...d.listeningPortBaseline, mode: event.target.value as PolicyDraft["listeningPortBaseline"]["mode"] } }))}
          >
            <option value="default">Default ({defaults.listeningPortBaseline ? list(defaults.listeningPortBaseline) : "no baseline yet"})</option>
            <option value="list">These ports</option>
            <option value="none">No baseline</option>
          </Select>
        </Field>
        {draft.listeningPortBaseline.mode === "list" ? (
          <Field id="policy-ports" label="Ports" hint="Separate with spaces or commas, e.g. 22 23 446 449 8470" error={error("listeningPortBaseline")}>
            <TextInput
              id="policy-ports"
              value={draft.listeningPortBaseline.text}
              onChange={(event) => update((d) => ({ ...d, listeningPortBaseline: { mode: "list", text: event.target.value } }))}
              invalid={Boolean(error("listeningPortBaseline"))}
            />
          </Field>
        ) : null}
      </Section>

      <Section title="Other thresholds" hint="Empty: the default shown.">
        <div className="grid gap-3 sm:grid-cols-2">
          <Field id="policy-smtp-prefix" label="Widest SMTP *ACCEPT prefix (SMTP-03)" error={error("smtpAcceptMinPrefix")}>
            <TextInput id="policy-smtp-prefix" inputMode="numeric" placeholder={String(defaults.smtpAcceptMinPrefix)} value={draft.smtpAcceptMinPrefix} onChange={(event) => update((d) => ({ ...d, smtpAcceptMinPrefix: event.target.value }))} invalid={Boolean(error("smtpAcceptMinPrefix"))} />
          </Field>
          <Field id="policy-autovrt" label="Most automatic virtual devices (TLN-02)" error={error("maxAutoVirtualDevices")}>
            <TextInput id="policy-autovrt" inputMode="numeric" placeholder={String(defaults.maxAutoVirtualDevices)} value={draft.maxAutoVirtualDevices} onChange={(event) => update((d) => ({ ...d, maxAutoVirtualDevices: event.target.value }))} invalid={Boolean(error("maxAutoVirtualDevices"))} />
          </Field>
        </div>
      </Section>

      <Section title="Officer-attested settings" hint="IBM i offers no way to read these over SQL. An officer who read them on the system (5250 prompt or Navigator) records the value, their name and the date.">
        {(
          [
            ["smtpAllowRelay", "SMTP relay (CHGSMTPA ALWRLY)", RELAY_VALUES],
            ["ftpAllowSsl", "FTP TLS (CHGFTPA ALWSSL)", FTP_SSL_VALUES],
          ] as const
        ).map(([key, label, values]) => {
          const entry = draft.attested[key];
          const set = (change: Partial<typeof entry>) => update((d) => ({ ...d, attested: { ...d.attested, [key]: { ...d.attested[key], ...change } } }));
          return (
            <div key={key} className="grid gap-3 sm:grid-cols-3">
              <Field id={`policy-${key}-value`} label={label} error={error(`attested.${key}.value`)}>
                <Select
                  id={`policy-${key}-value`}
                  value={entry.value}
                  onChange={(event) => set({ value: event.target.value, at: entry.at || new Date().toISOString().slice(0, 10) })}
                >
                  <option value="">Not attested</option>
                  {values.map((value) => (
                    <option key={value} value={value}>
                      {value}
                    </option>
                  ))}
                </Select>
              </Field>
              <Field id={`policy-${key}-by`} label="Read by" error={error(`attested.${key}.by`)}>
                <TextInput id={`policy-${key}-by`} disabled={entry.value === ""} value={entry.by} onChange={(event) => set({ by: event.target.value })} invalid={Boolean(error(`attested.${key}.by`))} />
              </Field>
              <Field id={`policy-${key}-at`} label="On" error={error(`attested.${key}.at`)}>
                <TextInput id={`policy-${key}-at`} type="date" disabled={entry.value === ""} value={entry.at} onChange={(event) => set({ at: event.target.value })} invalid={Boolean(error(`attested.${key}.at`))} />
              </Field>
            </div>
          );
        })}
      </Section>

      <FormError message={message} />
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save policy"}
      </Button>
    </form>
  );
}
