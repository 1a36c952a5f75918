import type { Panel } from "@/lib/checks/check-types";
import { grantClFor } from "@/lib/ibmi/authority";
import { hasFunctionUsage, hasService, hasSpecialAuthority, type ProbeResult } from "@/lib/ibmi/probe-system";

/**
 * What a system's probe means for each panel: which IBM i services the checks read are there,
 * and which special authorities and function usages the dashboard's profile holds or lacks,
 * with the CL that grants each missing one. Requirements come from ibmi-facts §7 (authority
 * matrix) and §4.1 (the 7.6 network-read change); unconfirmed ones say so.
 */

type Alternative = { kind: "special-authority"; authority: string } | { kind: "function-usage"; functionId: string };

interface Need {
  id: string;
  /** What the authority lets Portcullis do, in an administrator's words. */
  purpose: string;
  use: "read" | "change";
  /** Any one is enough. Listed least powerful first: the first that exists is the one to grant. */
  anyOf: Alternative[];
  /** Only needed from this release on (7.6 put network reads behind *IOSYSCFG / QIBM_IOSYSCFG_VIEW). */
  fromRelease?: { version: number; release: number };
  /** False when ibmi-facts tags the requirement [U]. */
  documented: boolean;
}

interface PanelRequirement {
  panel: Panel;
  title: string;
  /** Qualified names as the probe reports them. */
  services: string[];
  needs: Need[];
}

const special = (authority: string): Alternative => ({ kind: "special-authority", authority });
const usage = (functionId: string): Alternative => ({ kind: "function-usage", functionId });
const IBM_I_7_6 = { version: 7, release: 6 };

export const PANEL_REQUIREMENTS: readonly PanelRequirement[] = [
  {
    panel: "ftp",
    title: "FTP exposure",
    services: ["QSYS2.ACTIVE_JOB_INFO", "QSYS2.NETSTAT_INFO", "QSYS2.EXIT_PROGRAM_INFO", "QSYS2.FUNCTION_USAGE"],
    needs: [
      // Whether NETSTAT_INFO itself (not only NETSTAT_JOB_INFO) needs it on 7.6 is [U] (facts §4.1).
      { id: "ftp-listeners", purpose: "see whether FTP listens", use: "read", anyOf: [usage("QIBM_IOSYSCFG_VIEW"), special("*IOSYSCFG")], fromRelease: IBM_I_7_6, documented: false },
      { id: "ftp-function-usage", purpose: "read who may use FTP (function usage)", use: "read", anyOf: [special("*SECADM")], documented: true },
      { id: "ftp-attributes", purpose: "change FTP attributes (CHGFTPA)", use: "change", anyOf: [special("*IOSYSCFG")], documented: true },
      { id: "ftp-schedule", purpose: "schedule FTP on and off (job schedule entries)", use: "change", anyOf: [special("*JOBCTL")], documented: false },
    ],
  },
  {
    panel: "smtp",
    title: "SMTP relay",
    services: ["QSYS2.ACTIVE_JOB_INFO"],
    needs: [{ id: "smtp-attributes", purpose: "change relay settings and list entries (CHGSMTPA, ADDSMTPLE)", use: "change", anyOf: [special("*IOSYSCFG")], documented: true }],
  },
  {
    panel: "connections",
    title: "Network connections",
    services: ["QSYS2.NETSTAT_INFO", "QSYS2.NETSTAT_JOB_INFO"],
    needs: [
      { id: "net-jobs", purpose: "see connections and the jobs that own them", use: "read", anyOf: [usage("QIBM_IOSYSCFG_VIEW"), special("*IOSYSCFG")], fromRelease: IBM_I_7_6, documented: true },
    ],
  },
  {
    panel: "spool",
    title: "Spooled files",
    services: ["QSYS2.OUTPUT_QUEUE_INFO", "QSYS2.OBJECT_PRIVILEGES", "QSYS2.USER_INFO", "QSYS2.GROUP_PROFILE_ENTRIES"],
    needs: [
      { id: "spool-queues", purpose: "see every output queue", use: "read", anyOf: [special("*SPLCTL")], documented: true },
      { id: "spool-profiles", purpose: "see every profile's special authorities", use: "read", anyOf: [special("*ALLOBJ")], documented: true },
      { id: "spool-privileges", purpose: "see everyone's authority to the queues", use: "read", anyOf: [usage("QIBM_DB_SECADM"), special("*ALLOBJ")], documented: true },
    ],
  },
  {
    panel: "remote",
    title: "Telnet, HTTP and exit points",
    services: ["QSYS2.TELNET_SERVER_ATTRIBUTES", "QSYS2.HTTP_SERVER_INFO", "QSYS2.EXIT_POINT_INFO", "QSYS2.EXIT_PROGRAM_INFO", "QSYS2.SYSTEM_VALUE_INFO"],
    needs: [
      { id: "telnet-read", purpose: "read Telnet attributes", use: "read", anyOf: [usage("QIBM_IOSYSCFG_VIEW"), special("*IOSYSCFG")], fromRelease: IBM_I_7_6, documented: true },
      { id: "telnet-change", purpose: "change Telnet attributes (CHGTELNA)", use: "change", anyOf: [special("*IOSYSCFG")], documented: false },
    ],
  },
];

export type NeedState = "held" | "lacking" | "not-needed" | "unknown";

export interface NeedStatus {
  id: string;
  purpose: string;
  use: "read" | "change";
  documented: boolean;
  state: NeedState;
  /** The alternatives, e.g. ["QIBM_IOSYSCFG_VIEW", "*IOSYSCFG"]. */
  options: string[];
  /** Which alternative the profile holds. */
  heldThrough: string | null;
  /** The CL that grants the least powerful alternative, when lacking or unknown. */
  grantCl: string | null;
  /** Why the state is what it is, when not obvious (release, unreadable data). */
  note: string | null;
}

export interface PanelReadiness {
  panel: Panel;
  title: string;
  servicesPresent: string[];
  servicesMissing: string[];
  /** SERVICES_INFO could not be read, so presence is not known. */
  servicesUnknown: boolean;
  needs: NeedStatus[];
}

export interface Readiness {
  release: string | null;
  panels: PanelReadiness[];
  ccsidProblem: { message: string; cure: string } | null;
  unreadable: ProbeResult["unreadable"];
  /** Anything missing, lacking, unknown or garbled. */
  hasProblems: boolean;
}

function label(alternative: Alternative): string {
  return alternative.kind === "special-authority" ? alternative.authority : alternative.functionId;
}

function atLeast(release: NonNullable<ProbeResult["release"]>, minimum: { version: number; release: number }): boolean {
  return release.version > minimum.version || (release.version === minimum.version && release.release >= minimum.release);
}

function assessNeed(need: Need, probe: ProbeResult, authoritiesKnown: boolean): NeedStatus {
  const base = { id: need.id, purpose: need.purpose, use: need.use, documented: need.documented, options: need.anyOf.map(label) };
  if (need.fromRelease && probe.release && !atLeast(probe.release, need.fromRelease)) {
    const from = `${need.fromRelease.version}.${need.fromRelease.release}`;
    return { ...base, state: "not-needed", heldThrough: null, grantCl: null, note: `Needed from IBM i ${from}; this system runs ${probe.release.text}.` };
  }
  // A function usage ID the release does not define (QIBM_IOSYSCFG_VIEW before 7.6) is no option.
  const existing = need.anyOf.filter((alternative) => alternative.kind === "special-authority" || probe.functionUsage[alternative.functionId] !== "NOT_DEFINED");
  const held = existing.find((alternative) =>
    alternative.kind === "special-authority" ? hasSpecialAuthority(probe, alternative.authority) : hasFunctionUsage(probe, alternative.functionId),
  );
  if (held) return { ...base, state: "held", heldThrough: label(held), grantCl: null, note: null };
  const grantCl = grantFor(existing[0] ?? need.anyOf[0], probe, authoritiesKnown);
  const usageUnknown = existing.some((alternative) => alternative.kind === "function-usage" && probe.functionUsage[alternative.functionId] === "UNKNOWN");
  if (!authoritiesKnown || usageUnknown) {
    return { ...base, state: "unknown", heldThrough: null, grantCl, note: "The profile's authorities could not be read completely (see the unreadable items)." };
  }
  const note = need.fromRelease && !probe.release ? "The release could not be read; IBM i 7.6 and later need this." : null;
  return { ...base, state: "lacking", heldThrough: null, grantCl, note };
}

/**
 * SPCAUT replaces the whole list, so the command must carry the authorities the profile already
 * has; when they could not be read the command keeps a placeholder instead of dropping them.
 */
function grantFor(alternative: Alternative, probe: ProbeResult, authoritiesKnown: boolean): string {
  const requirement =
    alternative.kind === "special-authority"
      ? { kind: "special-authority" as const, authority: alternative.authority }
      : { kind: "function-usage" as const, functionId: alternative.functionId };
  try {
    return grantClFor(requirement, probe.userProfile, authoritiesKnown ? { currentSpecialAuthorities: probe.specialAuthorities.own } : {});
  } catch {
    // An authority name the CL builder does not know (a newer release): keep the placeholder form.
    return grantClFor(requirement, probe.userProfile);
  }
}

export function assessReadiness(probe: ProbeResult): Readiness {
  // The probe names this item when USER_INFO gave nothing for the profile itself.
  const authoritiesKnown = !probe.unreadable.some((item) => item.item.startsWith(`special authorities of ${probe.userProfile}`));
  // Every supported release has USER_INFO, so an empty list means SERVICES_INFO was not readable.
  const servicesUnknown = probe.services.length === 0;
  const panels = PANEL_REQUIREMENTS.map((requirement): PanelReadiness => {
    const servicesPresent = servicesUnknown ? [] : requirement.services.filter((service) => hasService(probe, service));
    const servicesMissing = servicesUnknown ? [] : requirement.services.filter((service) => !hasService(probe, service));
    return {
      panel: requirement.panel,
      title: requirement.title,
      servicesPresent,
      servicesMissing,
      servicesUnknown,
      needs: requirement.needs.map((need) => assessNeed(need, probe, authoritiesKnown)),
    };
  });
  const hasProblems =
    probe.ccsid.problem !== null ||
    probe.unreadable.length > 0 ||
    panels.some((panel) => panel.servicesUnknown || panel.servicesMissing.length > 0 || panel.needs.some((need) => need.state === "lacking" || need.state === "unknown"));
  return { release: probe.release?.text ?? null, panels, ccsidProblem: probe.ccsid.problem, unreadable: probe.unreadable, hasProblems };
}
