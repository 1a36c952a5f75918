import type { AppliedSetting, Confidence } from "@/lib/checks/check-types";
import { utcDayOf } from "@/lib/utc-day";

/**
 * The best knowledge of a setting IBM gives no SQL to read (CHGFTPA ALWSSL, CHGSMTPA ALWRLY):
 * an officer's attestation or the value Portcullis itself last applied, whichever is newer.
 * Neither is a reading of the system (someone may have changed it since), hence medium
 * confidence at best.
 */
export interface KnownSetting {
  value: string;
  at: Date;
  /** "attested by A. Officer on 2026-03-01" or "applied by Portcullis on 2026-03-01 14:02 UTC". */
  determinedBy: string;
  confidence: Confidence;
}

const minute = (at: Date) => `${at.toISOString().slice(0, 16).replace("T", " ")} UTC`;

export function bestKnownSetting(
  attested: { value: string; by: string; at: Date } | null,
  applied: AppliedSetting | null | undefined,
): KnownSetting | null {
  const candidates: KnownSetting[] = [];
  if (attested) {
    const at = new Date(attested.at);
    candidates.push({ value: attested.value, at, determinedBy: `attested by ${attested.by} on ${utcDayOf(at)}`, confidence: "medium" });
  }
  if (applied) {
    const at = new Date(applied.at);
    candidates.push({ value: applied.value, at, determinedBy: `applied by Portcullis on ${minute(at)}`, confidence: "medium" });
  }
  return candidates.sort((a, b) => b.at.getTime() - a.at.getTime())[0] ?? null;
}
