/**
 * What every row-deriving function gets: the state, the moment, the caller as authority checks
 * see it, and the connections and jobs alive at that moment (computed once per snapshot).
 */
import type { Principal } from "../authority";
import type { LiveConnection } from "../connections";
import type { ActiveJob } from "../jobs";
import type { TSystemState } from "../schema";
import { toSystemTime } from "../system-time";

export interface DeriveContext {
  readonly state: TSystemState;
  readonly now: Date;
  readonly caller: Principal;
  readonly connections: readonly LiveConnection[];
  readonly jobs: readonly ActiveJob[];
}

/** A timestamp as the system shows it (local time, no zone). */
export function systemTimestamp(context: DeriveContext, instant: Date | string | null): Date | null {
  if (instant === null) return null;
  return toSystemTime(context.state, typeof instant === "string" ? new Date(instant) : instant);
}

export const yesNo = (value: boolean): "YES" | "NO" => (value ? "YES" : "NO");
