import { resolvePolicy, type TPolicy } from "@/lib/checks/policy";

/**
 * A system's effective policy for display. An invalid stored policy is reported, not replaced by
 * the defaults: the panels must not show a window or an approval the officer never set.
 */
export function policyForDisplay(stored: unknown): { policy: TPolicy; error: null } | { policy: null; error: string } {
  try {
    return { policy: resolvePolicy(stored), error: null };
  } catch (error) {
    const issues = (error as { issues?: Array<{ path: PropertyKey[]; message: string }> }).issues;
    const text = issues?.map((issue) => `${issue.path.map(String).join(".") || "policy"}: ${issue.message}`).join("; ") ?? String(error);
    return { policy: null, error: `This system's policy cannot be read (${text}). An administrator can correct it under Systems.` };
  }
}

/** What a fact that depends on the policy says while the policy cannot be read (the panel says why). */
export const POLICY_UNREADABLE = "Unknown: the policy cannot be read.";
