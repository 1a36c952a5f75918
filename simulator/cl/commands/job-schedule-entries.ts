/**
 * RMVJOBSCDE, HLDJOBSCDE and RLSJOBSCDE name entries the same way: JOB (a name, a generic name
 * ending in '*', or *ALL) and ENTRYNBR (*ONLY, *ALL or a number). Acting on another profile's
 * entry needs *JOBCTL ([C] for RLSJOBSCDE, assumed for the others).
 */
import type { Principal } from "@/simulator/state/authority";
import type { TJobScheduleEntry, TSystemState } from "@/simulator/state/schema";
import { escapeFailure } from "../cl-failure";
import type { BoundArgs, ParamDef } from "../command-definition";

export const ENTRY_PARAMETERS: readonly ParamDef[] = [
  { keyword: "JOB", type: { kind: "text", maxLength: 10 }, required: true },
  { keyword: "ENTRYNBR", type: { kind: "integer", min: 1, max: 999999, special: ["*ONLY", "*ALL"] }, default: "*ONLY" },
];

export const entryNumberText = (entry: TJobScheduleEntry) => String(entry.entryNumber).padStart(6, "0");

function nameMatches(pattern: string, name: string): boolean {
  if (pattern === "*ALL") return true;
  return pattern.endsWith("*") ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

export function selectEntries(state: TSystemState, principal: Principal, args: BoundArgs): TJobScheduleEntry[] {
  const job = args.text("JOB").toUpperCase();
  const number = args.number("ENTRYNBR");
  const named = state.jobSchedule.filter((entry) => nameMatches(job, entry.name));
  const selected = typeof number === "number" ? named.filter((entry) => entry.entryNumber === number) : named;
  if (selected.length === 0) throw escapeFailure("CPF1628", job, typeof number === "number" ? String(number).padStart(6, "0") : number);
  if (number === "*ONLY" && selected.length > 1) throw escapeFailure("CPF1636", job);
  if (!principal.specialAuthorities.has("*JOBCTL") && selected.some((entry) => entry.scheduledBy !== principal.name)) {
    throw escapeFailure("CPF222E", "*JOBCTL");
  }
  return selected;
}
