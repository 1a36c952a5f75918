import { grantClFor } from "@/lib/ibmi/authority";
import { grtobjaut } from "@/lib/ibmi/commands/object-authority";
import type { PlannedStep, SystemState } from "./types";

/**
 * What the dashboard's IBM i profile needs to run each CL command a remediation uses
 * (ibmi-facts §2.4, §3.2, §3.3, §4.2, §5.1, §6, §7), and whether the state read before the run
 * shows the profile has it. A need the state proves missing refuses the run before any command
 * is sent; a need it cannot confirm is shown as a warning and the command itself decides.
 */
export type AuthorityNeed =
  | { kind: "special"; authority: string; source: string }
  | { kind: "command"; command: string; source: string }
  | { kind: "outq"; queue: string | null; source: string }
  | { kind: "object-management"; object: string | null; objectType: string; source: string }
  | { kind: "job-schedule"; source: string };

const IOSYSCFG = (source: string): AuthorityNeed => ({ kind: "special", authority: "*IOSYSCFG", source });
const COMMAND_USE = (command: string): AuthorityNeed => ({
  kind: "command",
  command,
  source: "shipped *PUBLIC *EXCLUDE: *USE granted, or *ALLOBJ (IBM Security Reference, TCP/IP commands) [C]",
});
const JOB_SCHEDULE: AuthorityNeed = {
  kind: "job-schedule",
  source: "*USE on QUSRSYS/QDFTJOBSCD [C for RLSJOBSCDE, assumed for ADD/RMV]; *JOBCTL for other users' entries",
};

/** Per CL command, what the profile needs. Unknown commands need nothing listed (none are run). */
export function needsOfCommand(name: string, params: Readonly<Record<string, string>> = {}): AuthorityNeed[] {
  switch (name) {
    case "CHGFTPA":
    case "CHGSMTPA":
    case "ADDSMTPLE":
      return [IOSYSCFG(`${name} needs *IOSYSCFG [C]`)];
    case "RMVSMTPLE":
    case "CHGTELNA":
      return [IOSYSCFG(`${name} needs *IOSYSCFG [U: by analogy with ADDSMTPLE/CHGFTPA]`)];
    case "STRTCPSVR":
    case "ENDTCPSVR":
    case "ENDTCPCNN":
      return [COMMAND_USE(name)];
    case "CHGOUTQ":
      return [
        {
          kind: "outq",
          queue: params.OUTQ ?? null,
          source: "*SPLCTL; or *JOBCTL on an OPRCTL(*YES) queue; or the owner (AUTCHK *OWNER); or *OBJMGT *READ *ADD *DLT (AUTCHK *DTAAUT) [C]",
        },
      ];
    case "GRTOBJAUT":
    case "RVKOBJAUT":
      return [
        {
          kind: "object-management",
          object: params.OBJ ?? null,
          objectType: params.OBJTYPE ?? "*OUTQ",
          source: "owner, *ALLOBJ, or *OBJMGT plus every authority granted [C]",
        },
      ];
    case "ADDJOBSCDE":
    case "RMVJOBSCDE":
      return [JOB_SCHEDULE];
    default:
      return [];
  }
}

function sameNeed(a: AuthorityNeed, b: AuthorityNeed): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The needs of a plan's IBM i steps (plus any extra), each once. */
export function needsOfSteps(steps: readonly PlannedStep[], extra: readonly AuthorityNeed[] = []): AuthorityNeed[] {
  const all = [...steps.flatMap((step) => (step.kind === "cl" ? needsOfCommand(step.command.name, step.command.params) : [])), ...extra];
  return all.filter((need, index) => all.findIndex((other) => sameNeed(other, need)) === index);
}

export function describeNeed(need: AuthorityNeed): string {
  switch (need.kind) {
    case "special":
      return `${need.authority} special authority`;
    case "command":
      return `*USE authority to the command QSYS/${need.command} (or *ALLOBJ)`;
    case "outq":
      return `authority to change ${need.queue ?? "the output queue"} (*SPLCTL, or queue authority per AUTCHK/OPRCTL)`;
    case "object-management":
      return `*OBJMGT on ${need.object ?? "the object"} ${need.objectType} (or ownership, or *ALLOBJ)`;
    case "job-schedule":
      return "*USE on the job schedule QUSRSYS/QDFTJOBSCD";
  }
}

export interface AuthorityAssessment {
  need: AuthorityNeed;
  description: string;
  status: "held" | "missing" | "unconfirmed";
  /** How it was decided, or why it could not be. */
  detail: string;
  /** The CL a security officer runs to grant it. */
  grantCl: string | null;
}

const USABLE = new Set(["*ALL", "*CHANGE", "*USE"]);

/**
 * Judges each need against the probe in the state read for the plan: the profile's effective
 * special authorities (own and group), command privileges and the queue's owner. Only special
 * authorities, read from QSYS2.USER_INFO for the session user itself, can prove a need missing;
 * object authority may come from entries the profile cannot see [U], so it stays unconfirmed.
 */
export function assessAuthority(needs: readonly AuthorityNeed[], state: SystemState, profileName: string): AuthorityAssessment[] {
  const profile = state.observations.profile;
  const effective = profile.ok ? profile.value.effective : null;
  const direct = profile.ok ? profile.value.direct : undefined;
  const groups = profile.ok ? profile.value.groups.map((group) => group.name) : [];
  const has = (authority: string) => effective?.includes(authority) ?? false;
  const unreadable = profile.ok ? "" : `The profile's special authorities could not be read (${profile.failure.explanation}).`;

  return needs.map((need): AuthorityAssessment => {
    const description = describeNeed(need);
    const result = (status: AuthorityAssessment["status"], detail: string, grantCl: string | null = null) => ({ need, description, status, detail, grantCl });
    switch (need.kind) {
      case "special": {
        const grant = grantClFor({ kind: "special-authority", authority: need.authority }, profileName, { currentSpecialAuthorities: direct });
        if (effective === null) return result("unconfirmed", unreadable, grant);
        return has(need.authority)
          ? result("held", `${profileName} holds ${need.authority} (QSYS2.USER_INFO).`)
          : result("missing", `${profileName} lacks ${need.authority} (QSYS2.USER_INFO lists ${effective.join(" ") || "no special authorities"}).`, grant);
      }
      case "command": {
        const grant = grtobjaut({ obj: `QSYS/${need.command}`, objtype: "*CMD", user: profileName, aut: "*USE" }).text;
        if (has("*ALLOBJ")) return result("held", `${profileName} holds *ALLOBJ.`);
        const privileges = state.extra.commandPrivileges;
        if (!privileges.ok) return result("unconfirmed", `Authority to QSYS/${need.command} could not be read (${privileges.reason}).`, grant);
        const relevant = privileges.value.filter((p) => p.command === need.command && [profileName, "*PUBLIC", ...groups].includes(p.user));
        const usable = relevant.find((p) => p.authority !== null && USABLE.has(p.authority));
        if (usable) return result("held", `${usable.user} has ${usable.authority} on QSYS/${need.command} (QSYS2.OBJECT_PRIVILEGES).`);
        const own = relevant.find((p) => p.user === profileName);
        if (own?.authority === "*EXCLUDE") return result("missing", `${profileName} is excluded from QSYS/${need.command}.`, grant);
        return result("unconfirmed", `No visible entry gives ${profileName} *USE on QSYS/${need.command}; IBM ships it *PUBLIC *EXCLUDE.`, grant);
      }
      case "outq": {
        if (has("*SPLCTL") || has("*ALLOBJ")) return result("held", `${profileName} holds ${has("*SPLCTL") ? "*SPLCTL" : "*ALLOBJ"}.`);
        const queues = state.observations.outputQueues;
        const queue = queues.ok ? queues.value.find((q) => `${q.library}/${q.name}` === need.queue) : undefined;
        if (queue?.operatorControlled === "YES" && has("*JOBCTL")) return result("held", `${profileName} holds *JOBCTL and the queue is OPRCTL(*YES).`);
        const privileges = state.observations.outputQueuePrivileges;
        const owner = privileges.ok ? privileges.value.find((p) => `${p.library}/${p.object}` === need.queue)?.owner : null;
        if (owner === profileName) return result("held", `${profileName} owns ${need.queue}.`);
        const grant = grantClFor({ kind: "special-authority", authority: "*SPLCTL" }, profileName, { currentSpecialAuthorities: direct });
        return result("unconfirmed", `${profileName} has no *SPLCTL; whether its authority to ${need.queue} is enough depends on AUTCHK.`, grant);
      }
      case "object-management": {
        if (has("*ALLOBJ")) return result("held", `${profileName} holds *ALLOBJ.`);
        const privileges = state.observations.outputQueuePrivileges;
        const owner = privileges.ok ? privileges.value.find((p) => `${p.library}/${p.object}` === need.object)?.owner : null;
        if (owner === profileName) return result("held", `${profileName} owns ${need.object}.`);
        const grant = grtobjaut({ obj: need.object ?? "LIB/OBJ", objtype: need.objectType, user: profileName, aut: "*OBJMGT" }).text;
        return result("unconfirmed", `${profileName} neither owns ${need.object} nor holds *ALLOBJ; a private *OBJMGT may still allow it.`, grant);
      }
      case "job-schedule":
        if (has("*JOBCTL") || has("*ALLOBJ")) return result("held", `${profileName} holds ${has("*JOBCTL") ? "*JOBCTL" : "*ALLOBJ"}.`);
        return result(
          "unconfirmed",
          "Adding and removing job schedule entries needs *USE on QUSRSYS/QDFTJOBSCD (shipped for everyone [U]).",
          grtobjaut({ obj: "QUSRSYS/QDFTJOBSCD", objtype: "*JOBSCD", user: profileName, aut: "*USE" }).text,
        );
    }
  });
}
