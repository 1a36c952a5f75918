import type { TPolicy, TTcpServer, TWeekday } from "@/lib/checks/policy";

/**
 * The policy editor's working copy: every field either left at its default or overridden, in
 * the shape the form controls edit (text for lists and numbers). `overridesFromDraft` turns it
 * into the overrides object the server validates with ZPolicyOverrides; a value that does not
 * parse is sent as typed so that the server names the field.
 */

export type Holder = keyof TPolicy["approvedHolders"];
export type Counted = keyof TPolicy["maxHolders"];
export type TriState = "" | "yes" | "no";
export type Attestation = { value: string; by: string; at: string };

export interface PolicyDraft {
  approvedServers: TTcpServer[] | null;
  remoteUsers: TriState;
  internetFacing: TriState;
  socketExitPointsWaived: TriState;
  ftpWindow: { mode: "default" | "anytime" | "window"; days: TWeekday[]; from: string; to: string; timeZone: string };
  maxFtpExposureHoursPerWeek: string;
  sensitiveOutputQueues: string | null;
  approvedHolders: Partial<Record<Holder, string>>;
  maxHolders: Partial<Record<Counted, string>>;
  listeningPortBaseline: { mode: "default" | "none" | "list"; text: string };
  smtpAcceptMinPrefix: string;
  maxAutoVirtualDevices: string;
  attested: { smtpAllowRelay: Attestation; ftpAllowSsl: Attestation };
}

/** Stored overrides as JSON (dates as text), already validated on the server. */
export interface StoredOverrides {
  approvedServers?: TTcpServer[];
  remoteUsers?: boolean;
  internetFacing?: boolean;
  socketExitPointsWaived?: boolean;
  ftpWindow?: TPolicy["ftpWindow"];
  maxFtpExposureHoursPerWeek?: number;
  sensitiveOutputQueues?: Array<string | { queue: string; intendedReaders?: string[] }>;
  approvedHolders?: Partial<Record<Holder, string[]>>;
  maxHolders?: Partial<Record<Counted, number>>;
  listeningPortBaseline?: number[] | null;
  smtpAcceptMinPrefix?: number;
  maxAutoVirtualDevices?: number;
  attested?: { smtpAllowRelay?: { value: string; by: string; at: string } | null; ftpAllowSsl?: { value: string; by: string; at: string } | null };
}

const triState = (value: boolean | undefined): TriState => (value === undefined ? "" : value ? "yes" : "no");
const numberText = (value: number | undefined) => (value === undefined ? "" : String(value));
const attestation = (stored: { value: string; by: string; at: string } | null | undefined): Attestation =>
  stored ? { value: stored.value, by: stored.by, at: stored.at.slice(0, 10) } : { value: "", by: "", at: "" };

export function draftFromOverrides(stored: StoredOverrides, defaults: TPolicy): PolicyDraft {
  const window = stored.ftpWindow ?? defaults.ftpWindow ?? { days: ["mon", "tue", "wed", "thu", "fri"], from: "07:00", to: "19:00", timeZone: "UTC" };
  return {
    approvedServers: stored.approvedServers ?? null,
    remoteUsers: triState(stored.remoteUsers),
    internetFacing: triState(stored.internetFacing),
    socketExitPointsWaived: triState(stored.socketExitPointsWaived),
    ftpWindow: {
      mode: stored.ftpWindow === undefined ? "default" : stored.ftpWindow === null ? "anytime" : "window",
      days: window.days,
      from: window.from,
      to: window.to,
      timeZone: window.timeZone,
    },
    maxFtpExposureHoursPerWeek: numberText(stored.maxFtpExposureHoursPerWeek),
    sensitiveOutputQueues:
      stored.sensitiveOutputQueues === undefined
        ? null
        : stored.sensitiveOutputQueues
            .map((entry) => (typeof entry === "string" ? entry : entry.intendedReaders?.length ? `${entry.queue}: ${entry.intendedReaders.join(", ")}` : entry.queue))
            .join("\n"),
    approvedHolders: Object.fromEntries(Object.entries(stored.approvedHolders ?? {}).map(([authority, profiles]) => [authority, (profiles ?? []).join(", ")])),
    maxHolders: Object.fromEntries(Object.entries(stored.maxHolders ?? {}).map(([authority, count]) => [authority, String(count)])),
    listeningPortBaseline:
      stored.listeningPortBaseline === undefined
        ? { mode: "default", text: "" }
        : stored.listeningPortBaseline === null
          ? { mode: "none", text: "" }
          : { mode: "list", text: stored.listeningPortBaseline.join(", ") },
    smtpAcceptMinPrefix: numberText(stored.smtpAcceptMinPrefix),
    maxAutoVirtualDevices: numberText(stored.maxAutoVirtualDevices),
    attested: { smtpAllowRelay: attestation(stored.attested?.smtpAllowRelay), ftpAllowSsl: attestation(stored.attested?.ftpAllowSsl) },
  };
}

const words = (text: string) => text.split(/[\s,]+/).filter(Boolean);

/** A number as typed: a number when it reads as one, else the text (for the server to refuse at its field). */
function numeric(text: string): number | string {
  const trimmed = text.trim();
  return trimmed !== "" && Number.isFinite(Number(trimmed)) ? Number(trimmed) : trimmed;
}

function optionalNumber(text: string): number | string | undefined {
  return text.trim() === "" ? undefined : numeric(text);
}

function fromTriState(value: TriState): boolean | undefined {
  return value === "" ? undefined : value === "yes";
}

function queueEntry(line: string): string | { queue: string; intendedReaders: string[] } {
  const [queue = "", readers = ""] = line.split(":");
  const intendedReaders = words(readers);
  return intendedReaders.length > 0 ? { queue: queue.trim(), intendedReaders } : queue.trim();
}

function attestationOverride(entry: Attestation): { value: string; by: string; at: string } | undefined {
  return entry.value === "" ? undefined : { value: entry.value, by: entry.by, at: entry.at };
}

/** Only what differs from the defaults; an absent key means "use the default". */
export function overridesFromDraft(draft: PolicyDraft): Record<string, unknown> {
  const overrides: Record<string, unknown> = {
    approvedServers: draft.approvedServers ?? undefined,
    remoteUsers: fromTriState(draft.remoteUsers),
    internetFacing: fromTriState(draft.internetFacing),
    socketExitPointsWaived: fromTriState(draft.socketExitPointsWaived),
    ftpWindow:
      draft.ftpWindow.mode === "default"
        ? undefined
        : draft.ftpWindow.mode === "anytime"
          ? null
          : { days: draft.ftpWindow.days, from: draft.ftpWindow.from, to: draft.ftpWindow.to, timeZone: draft.ftpWindow.timeZone.trim() },
    maxFtpExposureHoursPerWeek: optionalNumber(draft.maxFtpExposureHoursPerWeek),
    sensitiveOutputQueues:
      draft.sensitiveOutputQueues === null
        ? undefined
        : draft.sensitiveOutputQueues
            .split("\n")
            .map((line) => line.trim())
            .filter(Boolean)
            .map(queueEntry),
    listeningPortBaseline:
      draft.listeningPortBaseline.mode === "default" ? undefined : draft.listeningPortBaseline.mode === "none" ? null : words(draft.listeningPortBaseline.text).map(numeric),
    smtpAcceptMinPrefix: optionalNumber(draft.smtpAcceptMinPrefix),
    maxAutoVirtualDevices: optionalNumber(draft.maxAutoVirtualDevices),
  };
  const holders = Object.fromEntries(Object.entries(draft.approvedHolders).filter(([, text]) => text !== undefined).map(([authority, text]) => [authority, words(text ?? "")]));
  if (Object.keys(holders).length > 0) overrides.approvedHolders = holders;
  const counts = Object.fromEntries(Object.entries(draft.maxHolders).filter(([, text]) => (text ?? "").trim() !== "").map(([authority, text]) => [authority, numeric(text ?? "")]));
  if (Object.keys(counts).length > 0) overrides.maxHolders = counts;
  const attested = { smtpAllowRelay: attestationOverride(draft.attested.smtpAllowRelay), ftpAllowSsl: attestationOverride(draft.attested.ftpAllowSsl) };
  if (attested.smtpAllowRelay || attested.ftpAllowSsl) overrides.attested = Object.fromEntries(Object.entries(attested).filter(([, value]) => value));
  return Object.fromEntries(Object.entries(overrides).filter(([, value]) => value !== undefined));
}
