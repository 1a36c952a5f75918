import { z } from "zod";
import type { BuiltClCommand } from "@/lib/ibmi/cl-builder";
import { chgftpa, chgtelna } from "@/lib/ibmi/commands/tcp-servers";
import type { PlanContext, RemediationDefinition, SystemState } from "../types";
import { clStep, makePlan, type NoParams, noUndo, ZNoParams } from "./plan";
import { sessionsOn } from "./sessions";
import { TCP_SERVERS, type TcpServer } from "./tcp-servers";

/**
 * ALWSSL of FTP (CHGFTPA) and Telnet (CHGTELNA), both *IOSYSCFG. Telnet's value is readable
 * (QSYS2.TELNET_SERVER_ATTRIBUTES); FTP's is not (facts §2.2), so its prior value is only what an
 * officer attested or Portcullis applied, and undo is offered only when that is known.
 */
interface AllowSslSetting {
  server: TcpServer;
  command: "CHGFTPA" | "CHGTELNA";
  build(value: string): BuiltClCommand;
  /** The value now (`*YES`, `*NO`, `*ONLY`) and how it is known, or null value when unknown. */
  current(state: SystemState, context: PlanContext): { value: string | null; determinedBy: string };
  readable: boolean;
  takesEffect: string;
  howToKnow: string;
}

export const FTP_ALLOW_SSL: AllowSslSetting = {
  server: TCP_SERVERS.ftp,
  command: "CHGFTPA",
  build: (value) => chgftpa({ alwssl: value }),
  current: (_state, context) =>
    context.known.ftpAllowSsl
      ? { value: context.known.ftpAllowSsl.value, determinedBy: context.known.ftpAllowSsl.determinedBy }
      : { value: null, determinedBy: "IBM offers no way to read CHGFTPA ALWSSL" },
  readable: false,
  takesEffect: "at the next FTP connection; sessions already open keep their settings",
  howToKnow: "Record the current value as an officer attestation in the system policy (attested.ftpAllowSsl) to make this undoable.",
};

export const TELNET_ALLOW_SSL: AllowSslSetting = {
  server: TCP_SERVERS.telnet,
  command: "CHGTELNA",
  build: (value) => chgtelna({ alwssl: value }),
  current: (state) => {
    const attributes = state.observations.telnetAttributes;
    if (!attributes.ok) return { value: null, determinedBy: attributes.failure.explanation };
    const value = attributes.value.allowTls;
    return value === null ? { value: null, determinedBy: "QSYS2.TELNET_SERVER_ATTRIBUTES gave no value" } : { value: `*${value}`, determinedBy: "QSYS2.TELNET_SERVER_ATTRIBUTES" };
  },
  readable: true,
  takesEffect: "when the Telnet server next starts; sessions already open continue",
  howToKnow: "QSYS2.TELNET_SERVER_ATTRIBUTES could not be read, so the prior value is unknown.",
};

const describe = (current: { value: string | null; determinedBy: string }) =>
  current.value === null ? `unknown (${current.determinedBy})` : `${current.value} (${current.determinedBy})`;

function verifyAllowSsl(setting: AllowSslSetting, after: SystemState, context: PlanContext, wanted: string) {
  const now = setting.current(after, context);
  return [
    setting.readable
      ? { description: `${setting.server.name} ALWSSL is ${wanted}`, ok: now.value === wanted, observed: describe(now) }
      : {
          description: `${setting.server.name} ALWSSL is ${wanted}`,
          ok: true,
          observed: `${setting.command} completed; ALWSSL cannot be read back, so Portcullis records ${wanted} as applied`,
        },
  ];
}


/** ALWSSL(*ONLY): TLS required. */
export function allowSslOnlyDefinition(setting: AllowSslSetting, ids: { id: string; restoreId: string }): RemediationDefinition<NoParams> {
  const name = setting.server.name;
  return {
    id: ids.id,
    title: `Require TLS for ${name} (ALWSSL *ONLY)`,
    panel: setting.server.panel,
    description: `Runs ${setting.command} ALWSSL(*ONLY). Takes effect ${setting.takesEffect}. The ${name} server needs a certificate assigned in DCM, or TLS sessions fail.`,
    offered: true,
    commands: [setting.command],
    params: ZNoParams,
    fields: [],
    reads: setting.server.reads,
    extraReads: [],
    defaults: () => ({}),
    plan(state, _params, context) {
      const current = setting.current(state, context);
      const summary = `Require TLS for ${name}`;
      if (setting.readable && current.value === "*ONLY") return makePlan({ summary, blockers: [`${name} ALWSSL is already *ONLY (${current.determinedBy}).`] });
      const clear = sessionsOn(state, setting.server.key === "telnet" ? [23] : [21]);
      return makePlan({
        summary,
        steps: [clStep(setting.build("*ONLY"), `${name} accepts only TLS sessions`)],
        changes: [{ subject: `${name} ALWSSL`, before: describe(current), after: "*ONLY" }],
        impact: [
          `Clients that do not use TLS can no longer sign on to ${name}; this takes effect ${setting.takesEffect}.`,
          ...(clear.sessions.length > 0 ? [`${clear.sessions.length} clear-text ${name} session(s) are open now; they are not ended by this change.`] : []),
        ],
        warnings: [
          `A certificate must be assigned to the ${name} server in Digital Certificate Manager (DCM), or TLS sessions fail [U: not verifiable from here].`,
          ...(current.value === "*ONLY" ? [`ALWSSL is already *ONLY (${current.determinedBy}); running re-applies it.`] : []),
        ],
        prior: current.value === null ? { captured: {}, unknown: [`${name} ALWSSL: ${current.determinedBy}`] } : { captured: { allowSsl: current.value }, unknown: [] },
        undo:
          current.value === null || current.value === "*ONLY"
            ? noUndo(current.value === null ? `The prior ALWSSL value is unknown. ${setting.howToKnow}` : "The value was already *ONLY.")
            : { available: true, actionId: ids.restoreId, params: { allowSsl: current.value }, description: `Set ${name} ALWSSL back to ${current.value}.`, commands: [setting.build(current.value).text] },
        verifies: [setting.readable ? `${name} ALWSSL reads *ONLY` : `${setting.command} completes (ALWSSL is not readable)`],
      });
    },
    verifyState: (after, _params, context) => verifyAllowSsl(setting, after, context, "*ONLY"),
    applied: () => (setting.server.key === "ftp" ? { ftpAllowSsl: "*ONLY" } : {}),
  };
}

const ZRestore = z.object({ allowSsl: z.enum(["*YES", "*NO"]) }).strict();

/** The undo of ALWSSL(*ONLY): back to the recorded prior value. Reached only as an undo. */
export function allowSslRestoreDefinition(setting: AllowSslSetting, ids: { id: string; onlyId: string }): RemediationDefinition<z.infer<typeof ZRestore>> {
  const name = setting.server.name;
  return {
    id: ids.id,
    title: `Restore ${name} ALWSSL`,
    panel: setting.server.panel,
    description: `Runs ${setting.command} ALWSSL(*YES or *NO) to put back the value recorded before TLS was required.`,
    offered: false,
    commands: [setting.command],
    params: ZRestore,
    fields: [],
    reads: setting.server.reads,
    extraReads: [],
    defaults: () => null,
    plan(state, params, context) {
      const current = setting.current(state, context);
      return makePlan({
        summary: `Set ${name} ALWSSL back to ${params.allowSsl}`,
        steps: [clStep(setting.build(params.allowSsl), `${name} accepts clear-text sessions again`)],
        changes: [{ subject: `${name} ALWSSL`, before: describe(current), after: params.allowSsl }],
        impact: [`${name} accepts sessions without TLS again; this takes effect ${setting.takesEffect}.`],
        prior: current.value === null ? { captured: {}, unknown: [`${name} ALWSSL`] } : { captured: { allowSsl: current.value }, unknown: [] },
        undo: { available: true, actionId: ids.onlyId, params: {}, description: `Require TLS for ${name} again.`, commands: [setting.build("*ONLY").text] },
        verifies: [setting.readable ? `${name} ALWSSL reads ${params.allowSsl}` : `${setting.command} completes`],
      });
    },
    verifyState: (after, params, context) => verifyAllowSsl(setting, after, context, params.allowSsl),
    applied: (params) => (setting.server.key === "ftp" ? { ftpAllowSsl: params.allowSsl } : {}),
  };
}
