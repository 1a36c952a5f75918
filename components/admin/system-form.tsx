"use client";

import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { registerSystemAction, testConnectionAction, updateSystemAction } from "@/app/(dashboard)/admin/systems/actions";
import { Button } from "@/components/ui/button";
import { Field, FormError, TextArea, TextInput } from "@/components/ui/field";
import { useToast } from "@/components/ui/toaster";
import { useActionForm } from "@/components/ui/use-action-form";
import type { Readiness } from "@/lib/systems/readiness";
import { ConnectionReport } from "./connection-report";
import { HostKeyConfirmation } from "./host-key-confirmation";

export interface EditableSystem {
  id: string;
  name: string;
  host: string;
  port: number;
  userProfile: string;
  authMethod: "password" | "private_key";
  tags: string[];
  notes: string;
  hostKeySha256: string;
}

interface TestResult {
  /** The connection fields the test ran with; any edit to them voids the result. */
  signature: string;
  hostKey: { fingerprint: string; keyType: string };
  userProfile: string;
  readiness: Readiness;
}

const EMPTY = {
  name: "",
  host: "",
  port: "22",
  userProfile: "",
  authMethod: "password" as "password" | "private_key",
  password: "",
  privateKey: "",
  passphrase: "",
  tags: "",
  notes: "",
  fullScanMinutes: "60",
  connectionsMinutes: "5",
};
type Values = typeof EMPTY;

function valuesOf(system: EditableSystem | undefined): Values {
  if (!system) return EMPTY;
  return { ...EMPTY, name: system.name, host: system.host, port: String(system.port), userProfile: system.userProfile, authMethod: system.authMethod, tags: system.tags.join(", "), notes: system.notes };
}

function connectionSignature(values: Values): string {
  return JSON.stringify([values.host.trim(), values.port.trim(), values.userProfile.trim().toUpperCase(), values.authMethod, values.password, values.privateKey.trim(), values.passphrase]);
}

/**
 * Registering (no `system`) or editing a system. Saving needs a connection test whose host key
 * fingerprint the administrator ticked as verified, unless an edit leaves the connection alone.
 * Stored secrets are never sent here: an empty password or key field keeps the stored one.
 */
export function SystemForm({ system }: { system?: EditableSystem }) {
  const router = useRouter();
  const toast = useToast();
  const initial = valuesOf(system);
  const [values, setValues] = useState<Values>(initial);
  const [test, setTest] = useState<TestResult | null>(null);
  const [verified, setVerified] = useState(false);
  const { errors, message, pending: waiting, submit } = useActionForm();
  // Which of the form's two actions is waiting, for the button that shows it.
  const [running, setRunning] = useState<"test" | "save">("save");
  const pending = waiting ? running : null;

  const signature = connectionSignature(values);
  const currentTest = test && test.signature === signature ? test : null;
  const newCredential = values.authMethod === "password" ? values.password !== "" : values.privateKey.trim() !== "";
  const connectionChanged =
    !system ||
    newCredential ||
    values.host.trim().toLowerCase() !== initial.host.toLowerCase() ||
    values.port.trim() !== initial.port ||
    values.userProfile.trim().toUpperCase() !== initial.userProfile ||
    values.authMethod !== initial.authMethod;
  const keyChanged = Boolean(system && currentTest && currentTest.hostKey.fingerprint !== system.hostKeySha256);

  const set = (field: keyof Values) => (event: { target: { value: string } }) => setValues((current) => ({ ...current, [field]: event.target.value }));
  const error = (field: string) => errors[field]?.[0];
  const connection = () => ({
    host: values.host,
    port: values.port,
    userProfile: values.userProfile,
    authMethod: values.authMethod,
    password: values.authMethod === "password" ? values.password : "",
    privateKey: values.authMethod === "private_key" ? values.privateKey : "",
    passphrase: values.authMethod === "private_key" ? values.passphrase : "",
  });
  const details = () => ({
    name: values.name,
    tags: values.tags.split(",").map((tag) => tag.trim()).filter(Boolean),
    notes: values.notes,
  });

  async function runTest() {
    setRunning("test");
    const result = await submit(() => testConnectionAction({ ...connection(), systemId: system?.id }));
    setVerified(false);
    setTest(result.ok ? { signature, ...result.data } : null);
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setRunning("save");
    const confirmation = { confirmedFingerprint: currentTest?.hostKey.fingerprint ?? "", fingerprintVerified: verified };
    if (!system) {
      const result = await submit(() =>
        registerSystemAction({
          ...connection(),
          ...details(),
          fullScanMinutes: values.fullScanMinutes,
          connectionsMinutes: values.connectionsMinutes,
          ...confirmation,
          fingerprintVerified: verified as true,
        }),
      );
      if (!result.ok) return;
      toast(result.data.firstScanQueued ? `${values.name.trim()} is registered; its first scan is queued.` : `${values.name.trim()} is registered. Its first scan will start with the next scheduled round.`);
      router.push(`/admin/systems/${result.data.id}`);
      return;
    }
    const result = await submit(() => updateSystemAction({ systemId: system.id, ...connection(), ...details(), ...confirmation }));
    if (!result.ok) return;
    setTest(null);
    setVerified(false);
    setValues((current) => ({ ...current, password: "", privateKey: "", passphrase: "" }));
    toast(result.data.connectionChanged ? "Saved. The new connection settings were checked and apply to the next scan." : "Saved.");
    router.refresh();
  }

  const saveBlocked = connectionChanged && (!currentTest || !verified);

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate aria-label={system ? "Connection settings" : "Register a system"}>
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="system-name" label="Display name" error={error("name")}>
          <TextInput id="system-name" value={values.name} onChange={set("name")} required invalid={Boolean(error("name"))} />
        </Field>
        <Field id="system-tags" label="Tags" hint="Comma-separated, e.g. prod, emea" error={error("tags")}>
          <TextInput id="system-tags" value={values.tags} onChange={set("tags")} invalid={Boolean(error("tags"))} />
        </Field>
        <Field id="system-host" label="Host" hint="DNS name or IP address" error={error("host")}>
          <TextInput id="system-host" value={values.host} onChange={set("host")} required autoComplete="off" invalid={Boolean(error("host"))} />
        </Field>
        <Field id="system-port" label="SSH port" error={error("port")}>
          <TextInput id="system-port" value={values.port} onChange={set("port")} inputMode="numeric" required invalid={Boolean(error("port"))} />
        </Field>
        <Field id="system-user" label="User profile" hint="The IBM i profile Portcullis signs on with" error={error("userProfile")}>
          <TextInput id="system-user" value={values.userProfile} onChange={set("userProfile")} required autoComplete="off" invalid={Boolean(error("userProfile"))} />
        </Field>
        <fieldset className="space-y-1">
          <legend className="block text-sm font-medium text-slate-800 dark:text-slate-200">Sign-on method</legend>
          <div className="flex gap-4 pt-1.5 text-sm">
            {(["password", "private_key"] as const).map((method) => (
              <label key={method} className="flex items-center gap-1.5">
                <input type="radio" name="authMethod" value={method} checked={values.authMethod === method} onChange={set("authMethod")} />
                {method === "password" ? "Password" : "Private key"}
              </label>
            ))}
          </div>
        </fieldset>
      </div>
      {values.authMethod === "password" ? (
        <Field id="system-password" label="Password" hint={system ? "Leave empty to keep the stored password." : undefined} error={error("password")}>
          <TextInput id="system-password" type="password" value={values.password} onChange={set("password")} autoComplete="new-password" invalid={Boolean(error("password"))} />
        </Field>
      ) : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="system-private-key" label="Private key" hint={system ? "Leave empty to keep the stored key." : "OpenSSH or PEM text"} error={error("privateKey")}>
            <TextArea
              id="system-private-key"
              value={values.privateKey}
              onChange={set("privateKey")}
              rows={6}
              spellCheck={false}
              autoComplete="off"
              className="font-mono text-xs"
              placeholder="-----BEGIN OPENSSH PRIVATE KEY-----"
              invalid={Boolean(error("privateKey"))}
            />
          </Field>
          <Field id="system-passphrase" label="Key passphrase" hint="Only for an encrypted key" error={error("passphrase")}>
            <TextInput id="system-passphrase" type="password" value={values.passphrase} onChange={set("passphrase")} autoComplete="new-password" invalid={Boolean(error("passphrase"))} />
          </Field>
        </div>
      )}
      {system ? null : (
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id="system-full-minutes" label="Full scan every (minutes)" error={error("fullScanMinutes")}>
            <TextInput id="system-full-minutes" value={values.fullScanMinutes} onChange={set("fullScanMinutes")} inputMode="numeric" invalid={Boolean(error("fullScanMinutes"))} />
          </Field>
          <Field id="system-connections-minutes" label="Connection scan every (minutes)" error={error("connectionsMinutes")}>
            <TextInput
              id="system-connections-minutes"
              value={values.connectionsMinutes}
              onChange={set("connectionsMinutes")}
              inputMode="numeric"
              invalid={Boolean(error("connectionsMinutes"))}
            />
          </Field>
        </div>
      )}
      <Field id="system-notes" label="Notes" error={error("notes")}>
        <TextArea id="system-notes" value={values.notes} onChange={set("notes")} rows={2} invalid={Boolean(error("notes"))} />
      </Field>

      <div className="space-y-3 border-t border-slate-200 pt-4 dark:border-slate-800">
        <div className="flex flex-wrap items-center gap-3">
          <Button variant="secondary" onClick={runTest} disabled={pending !== null}>
            {pending === "test" ? "Testing…" : "Test connection"}
          </Button>
          {connectionChanged && !currentTest ? (
            <span className="text-xs text-slate-600 dark:text-slate-400">
              {test ? "The connection settings changed since the test: test again." : "Test the connection, then confirm the host key, before saving."}
            </span>
          ) : null}
        </div>
        {currentTest ? (
          <div className="space-y-3" data-testid="test-result">
            {keyChanged && system ? (
              <p role="alert" className="rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-300 dark:bg-red-950 dark:text-red-100 dark:ring-red-800">
                This is not the pinned host key of {system.name} ({system.hostKeySha256}). If you did not expect a change, someone may be
                intercepting the connection: do not confirm it.
              </p>
            ) : null}
            {connectionChanged ? (
              <HostKeyConfirmation
                id="fingerprint-verified"
                fingerprint={currentTest.hostKey.fingerprint}
                keyType={currentTest.hostKey.keyType}
                checked={verified}
                onChange={setVerified}
                error={error("fingerprintVerified") ?? error("confirmedFingerprint")}
              />
            ) : null}
            <ConnectionReport readiness={currentTest.readiness} userProfile={currentTest.userProfile} />
          </div>
        ) : error("confirmedFingerprint") ? (
          <p className="text-xs font-medium text-red-700 dark:text-red-400">{error("confirmedFingerprint")}</p>
        ) : null}
      </div>

      <FormError message={message} testId="form-error" />
      <Button type="submit" disabled={pending !== null || saveBlocked}>
        {pending === "save" ? "Saving…" : system ? "Save changes" : "Register system"}
      </Button>
    </form>
  );
}
