/**
 * Days as people pick them in a date input ("2026-12-31"), always in UTC: IBM i systems of one
 * fleet sit in several time zones, so "trusted until" and "accepted until" name a UTC day.
 */

/** The last instant of that day: "until 2026-12-31" includes the 31st. */
export const endOfUtcDay = (day: string): Date => new Date(`${day}T23:59:59.999Z`);

/** The day an instant falls on, as a date input's value. */
export const utcDayOf = (at: Date | string): string => new Date(at).toISOString().slice(0, 10);
