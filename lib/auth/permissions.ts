/**
 * Who may do what: one table, checked on the server by every server action and route handler.
 * The UI hides controls with the same table, but hiding is a courtesy; the server decides.
 */

export const ROLES = ["admin", "officer", "auditor"] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  admin: "Administrator",
  officer: "Security officer",
  auditor: "Auditor",
};

const PERMISSIONS = {
  /** Fleet, panels, findings, scans, remediation history. */
  "fleet.read": ["admin", "officer", "auditor"],
  "audit.read": ["admin", "auditor"],
  "users.manage": ["admin"],
  /** Register, edit, disable, delete systems; accept a changed host key. */
  "systems.manage": ["admin"],
  /** Per-system policy, safety switches (read-only, two-person rule). */
  "policy.manage": ["admin"],
  /** Trusted networks: admins in administration, officers from the connections panel. */
  "trust.manage": ["admin", "officer"],
  "scans.run": ["admin", "officer"],
  "findings.triage": ["officer"],
  /** Preview (reads the live system), run and undo remediations. */
  "remediations.run": ["officer"],
  /** Second person for disruptive remediations under the two-person rule. */
  "remediations.approve": ["admin", "officer"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

export function isRole(value: unknown): value is Role {
  return typeof value === "string" && (ROLES as readonly string[]).includes(value);
}

/** Fails closed: an unknown role or permission is never allowed. */
export function can(role: unknown, permission: Permission): boolean {
  if (!isRole(role)) return false;
  const allowed: readonly Role[] | undefined = PERMISSIONS[permission];
  return allowed?.includes(role) ?? false;
}

export function permissionsOf(role: Role): Permission[] {
  return (Object.keys(PERMISSIONS) as Permission[]).filter((permission) => can(role, permission));
}
