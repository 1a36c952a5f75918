import type { ListeningSample } from "@/lib/checks/check-types";
import { computeExposureHours } from "@/lib/checks/exposure-hours";
import type { TServiceWindow } from "@/lib/checks/policy";

/**
 * FTP exposure hours per week for the FTP panel's chart: the same computation FTP-03 judges
 * (lib/checks/exposure-hours, with the same samples and gap allowance), run for each of the last
 * `weeks` weeks. Hours without samples are shown as unobserved, never as safe.
 */
export interface ExposureWeek {
  /** End of the week (ISO 8601); the week is the 7 days before it. */
  weekEnding: string;
  exposureHours: number;
  /** Listening inside the allowed window. */
  allowedHours: number;
  unobservedHours: number;
}

const WEEK_MS = 7 * 86_400_000;
const round1 = (value: number) => Math.round(value * 10) / 10;

/**
 * `allowed`: when FTP may listen: "never" (not approved: every listening hour is exposure),
 * "always" (approved without a window) or the approved window.
 */
export function ftpExposureByWeek(
  samples: readonly ListeningSample[],
  allowed: TServiceWindow | "never" | "always",
  now: Date,
  options: { weeks: number; maxGapMinutes: number },
): ExposureWeek[] {
  return Array.from({ length: options.weeks }, (_, index) => {
    const end = new Date(now.getTime() - (options.weeks - 1 - index) * WEEK_MS);
    // Samples before the week still matter: the last one says what state the week began in.
    const relevant = samples.filter((sample) => sample.at.getTime() <= end.getTime());
    const hours = computeExposureHours(relevant, typeof allowed === "string" ? null : allowed, end, { maxGapMinutes: options.maxGapMinutes });
    const exposure = allowed === "always" ? 0 : hours.exposureHours;
    return {
      weekEnding: end.toISOString(),
      exposureHours: round1(exposure),
      allowedHours: round1(hours.listeningHours - exposure),
      unobservedHours: round1(168 - hours.observedHours),
    };
  });
}
