/**
 * IBM i keeps local time (system value QUTCOFFSET, e.g. '+0100'); its timestamps carry no zone.
 * The simulator runs on UTC instants and shifts them by the offset wherever the system would show
 * or compare local time: SQL timestamps and job schedule times.
 */
import type { TSystemState } from "./schema";

export function utcOffsetMinutes(state: TSystemState): number {
  const value = String(state.systemValues.QUTCOFFSET ?? "+0000");
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(value);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === "-" ? -minutes : minutes;
}

/** A Date whose UTC fields read as the system's local wall-clock time. */
export function toSystemTime(state: TSystemState, instant: Date): Date {
  return new Date(instant.getTime() + utcOffsetMinutes(state) * 60_000);
}

/** The instant at which the system's local wall clock shows `local`'s UTC fields. */
export function fromSystemTime(state: TSystemState, local: Date): Date {
  return new Date(local.getTime() - utcOffsetMinutes(state) * 60_000);
}
