/** Where IBM's OpenSSH (5733-SC1) keeps the host keys, for the comparison command. */
const HOST_KEY_DIR = "/QOpenSys/QIBM/UserData/SC1/OpenSSH/etc";

function keyFileOf(keyType: string | null): string {
  const kind = keyType === "ssh-rsa" ? "rsa" : keyType?.startsWith("ecdsa") ? "ecdsa" : keyType === "ssh-ed25519" ? "ed25519" : "<type>";
  return `${HOST_KEY_DIR}/ssh_host_${kind}_key.pub`;
}

/**
 * The fingerprint to compare and the tick that says it was compared. Shared by registration,
 * editing and accepting a changed key, so the wording is the same everywhere.
 */
export function HostKeyConfirmation({
  id,
  fingerprint,
  keyType,
  checked,
  onChange,
  error,
}: {
  id: string;
  fingerprint: string;
  keyType: string | null;
  checked: boolean;
  onChange: (checked: boolean) => void;
  error?: string;
}) {
  return (
    <div className="space-y-2 rounded-md bg-slate-50 p-3 text-sm ring-1 ring-slate-200 dark:bg-slate-950 dark:ring-slate-800">
      <p>
        Host key{keyType ? ` (${keyType})` : ""}:{" "}
        <code className="break-all font-mono font-semibold" data-testid={`${id}-fingerprint`}>
          {fingerprint}
        </code>
      </p>
      <p className="text-xs text-slate-600 dark:text-slate-400">
        Compare it with what the system itself prints, e.g. <code className="font-mono">ssh-keygen -lf {keyFileOf(keyType)}</code> in a
        PASE shell on the IBM i, or ask its administrator. Only tick the box when they are identical.
      </p>
      <label htmlFor={id} className="flex items-center gap-2 font-medium">
        <input
          id={id}
          type="checkbox"
          checked={checked}
          onChange={(event) => onChange(event.target.checked)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
        />
        I have verified this fingerprint
      </label>
      {error ? (
        <p id={`${id}-error`} className="text-xs font-medium text-red-700 dark:text-red-400">
          {error}
        </p>
      ) : null}
    </div>
  );
}
