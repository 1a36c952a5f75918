import type { Observations } from "@/lib/checks/observation-types";
import { resolvePolicy, type TPolicyOverrides } from "@/lib/checks/policy";
import { observations } from "@/lib/checks/test-support/observation-builders";
import type { KnownSetting } from "@/lib/checks/unreadable-setting";
import type { ScopedTrustedNetwork } from "@/lib/net/trusted-networks";
import type { ExtraState } from "../state-reads";
import type { Plan, PlanContext, SystemState } from "../types";

/** Hand-built states and contexts for plan tests: every remediation-only read unread unless given. */

const unread = { ok: false as const, reason: "not read for this remediation" };

export function extra(overrides: Partial<ExtraState> = {}): ExtraState {
  return { utcOffset: unread, ftpSchedule: unread, commandPrivileges: unread, outqPublic: unread, smtpRejectList: unread, smtpNearList: unread, ...overrides };
}

export const state = (observationOverrides: Partial<Observations> = {}, extraOverrides: Partial<ExtraState> = {}): SystemState => ({
  observations: observations(observationOverrides),
  extra: extra(extraOverrides),
});

export const known = (value: string, determinedBy = "attested by A. Officer on 2026-03-02"): KnownSetting => ({
  value,
  at: new Date("2026-03-02T00:00:00Z"),
  determinedBy,
  confidence: "medium",
});

export function planContext(
  overrides: Partial<Omit<PlanContext, "policy">> & { policy?: TPolicyOverrides; trustedNetworks?: ScopedTrustedNetwork[] } = {},
): PlanContext {
  const { policy, ...rest } = overrides;
  return {
    purpose: "fix",
    policy: resolvePolicy(policy ?? {}),
    systemId: "00000000-0000-4000-8000-000000000001",
    systemName: "NP0001",
    known: { smtpAllowRelay: null, ftpAllowSsl: null },
    trustedNetworks: [],
    now: new Date("2026-03-10T12:00:00Z"),
    ...rest,
  };
}

/** The exact command texts of a plan's IBM i steps. */
export const commandTexts = (plan: Plan) => plan.steps.flatMap((step) => (step.kind === "cl" ? [step.command.text] : []));
