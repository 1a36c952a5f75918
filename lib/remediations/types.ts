import type { z } from "zod";
import type { Permission } from "@/lib/auth/permissions";
import type { CheckContext, Panel } from "@/lib/checks/check-types";
import type { Observations } from "@/lib/checks/observation-types";
import type { TPolicy } from "@/lib/checks/policy";
import type { StatementId } from "@/lib/checks/read-batch";
import type { KnownSetting } from "@/lib/checks/unreadable-setting";
import type { BuiltClCommand } from "@/lib/ibmi/cl-builder";
import type { JsonValue } from "@/lib/ibmi/errors";
import type { ScopedTrustedNetwork } from "@/lib/net/trusted-networks";
import type { AuthorityNeed } from "./authority-needs";
import type { ExtraReadId, ExtraState } from "./state-reads";

/**
 * A remediation is data: what it fixes, the parameters it takes, which reads describe the state
 * it changes, and a pure `plan(state, params, context)` that returns the exact CL (built values,
 * so the text shown is the text run), the change before → after, the impact, the prior state it
 * captures and how to undo it. The engine (engine/*.ts) does the I/O around it.
 */

/** Everything a plan may look at: the typed observations of the reads, and the remediation-only reads. */
export interface SystemState {
  observations: Observations;
  extra: ExtraState;
}

/** A Portcullis-side change (no IBM i command), applied by the engine in its own audited transaction. */
export type DashboardChange =
  | {
      kind: "add-trusted-network";
      cidr: string;
      label: string;
      owner: string | null;
      localPorts: number[];
      /** ISO timestamp or null (never expires). */
      expiresAt: string | null;
      /** true: this system only; false: the whole fleet. */
      thisSystemOnly: boolean;
    }
  | { kind: "remove-trusted-network"; trustedNetworkId: string };

export type PlannedStep =
  | { kind: "cl"; command: BuiltClCommand; why: string }
  | { kind: "dashboard"; change: DashboardChange; description: string; why: string };

export interface PlannedChange {
  subject: string;
  before: string;
  after: string;
}

/** How to put the prior state back, as another catalogue action with its parameters. */
export type UndoPlan =
  | {
      available: true;
      actionId: string;
      params: Record<string, JsonValue>;
      description: string;
      /** The CL the undo would run, where it does not depend on state yet to come (it is planned again when the undo is previewed). */
      commands?: string[];
    }
  | { available: false; reason: string };

export interface Plan {
  /** One line: what will happen. */
  summary: string;
  steps: PlannedStep[];
  changes: PlannedChange[];
  /** Who or what is affected beyond the setting itself (sessions ended, mail blocked, ...). */
  impact: string[];
  /** Ends sessions or stops a service: needs the system name typed, and a second person under the two-person rule. */
  disruptive: boolean;
  /** Guidance the officer should read; never stops the run. */
  warnings: string[];
  /** Why the plan cannot run as it is (nothing to change, the connection is gone, ...). */
  blockers: string[];
  /** The prior values this run will record, and what could not be known. */
  prior: { captured: Record<string, JsonValue>; unknown: string[] };
  undo: UndoPlan;
  /** What the verify step will confirm, in words. */
  verifies: string[];
}

/** A trusted network as stored: a system's own, or fleet-wide when `systemId` is null. */

/** Why the plan is computed: a fix offered on a finding, or the undo of an earlier run (which may restore a weaker setting). */
export type PlanPurpose = "fix" | "undo";

export interface PlanContext {
  purpose: PlanPurpose;
  policy: TPolicy;
  systemId: string;
  systemName: string;
  /** Settings IBM gives no SQL to read: the best knowledge Portcullis has (attestation or last applied). */
  known: { smtpAllowRelay: KnownSetting | null; ftpAllowSsl: KnownSetting | null };
  /** Trusted networks that apply to the system (its own and fleet-wide). */
  trustedNetworks: readonly ScopedTrustedNetwork[];
  now: Date;
}

/** One expectation the verify step checks on the state read after the commands ran. */
export interface StateExpectation {
  description: string;
  ok: boolean;
  /** What was actually seen (or why it cannot be read). */
  observed: string;
}

/** The finding a remediation was started from, as the plan's defaults need it. */
export interface FindingTarget {
  checkId: string;
  key: string;
}

export type ParamField =
  | { name: string; label: string; kind: "select"; options: ReadonlyArray<{ value: string; label: string }>; help?: string }
  | { name: string; label: string; kind: "choice"; help?: string }
  | { name: string; label: string; kind: "text"; placeholder?: string; help?: string }
  | { name: string; label: string; kind: "time"; help?: string }
  | { name: string; label: string; kind: "days"; help?: string }
  | { name: string; label: string; kind: "ports"; help?: string }
  | { name: string; label: string; kind: "checkbox"; help?: string };

export interface RemediationDefinition<P extends Record<string, JsonValue> = Record<string, JsonValue>> {
  id: string;
  title: string;
  panel: Panel;
  /** One or two sentences for the officer: what it does and when it takes effect. */
  description: string;
  /** Offered on findings (false: only reached as the undo of another remediation). */
  offered: boolean;
  /** CL commands it may run, by name; the IBM i authority it needs is derived from them (authority-needs.ts). */
  commands: readonly string[];
  /** A dashboard permission needed on top of remediations.run (trusting a network needs trust.manage). */
  extraPermission?: Permission;
  /** Extra requirements not tied to one command (the job scheduler running ENDTCPSVR as this profile, ...). */
  extraAuthority?: readonly AuthorityNeed[];
  params: z.ZodType<P>;
  fields: readonly ParamField[];
  /** Scan statements the plan reads (lib/checks/read-batch.ts); probes and the verified checks' reads are added by the engine. */
  reads: readonly StatementId[];
  extraReads: readonly ExtraReadId[];
  /** Parameters proposed for a finding, or null when the finding gives nothing to go on. */
  defaults(target: FindingTarget | null, state: SystemState, context: PlanContext): Record<string, JsonValue> | null;
  /** Options for `choice` fields, from the state read for the preview. */
  choices?(state: SystemState, context: PlanContext): Record<string, Array<{ value: string; label: string }>>;
  plan(state: SystemState, params: P, context: PlanContext): Plan;
  /** What must hold after the run; evaluated on the state read again after the commands of `planned`. */
  verifyState(after: SystemState, params: P, context: PlanContext, planned: Plan): StateExpectation[];
  /** Values applied that checks cannot read back (CHGSMTPA ALWRLY ...), for the verify step's check context. */
  applied?(params: P): Partial<Record<keyof CheckContext["applied"], string>>;
  /** The undo once the run's outputs are known (an id created by a dashboard step). */
  undoAfterRun?(params: P, outputs: ReadonlyArray<Record<string, JsonValue>>): UndoPlan;
}

/**
 * A definition with its parameter type erased, as the catalogue holds them: the engine only ever
 * hands a definition the params its own zod schema parsed.
 */
export type AnyRemediationDefinition = RemediationDefinition<any>;
