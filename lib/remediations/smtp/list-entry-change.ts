import { addsmtple, rmvsmtple } from "@/lib/ibmi/commands/smtp-list-entries";
import { addsmtpleNear, rmvsmtpleNear } from "@/lib/ibmi/commands/smtp-near-domains";
import { endtcpsvr, strtcpsvr } from "@/lib/ibmi/commands/tcp-servers";
import { classifyAddress } from "@/lib/net/address-class";
import { parseIpAddress } from "@/lib/net/ip-address";
import { prefixFromSubnetMask } from "@/lib/net/cidr";
import type { BuiltClCommand } from "@/lib/ibmi/cl-builder";
import { clStep, makePlan, noUndo } from "../shared/plan";
import { sessionImpact } from "../shared/sessions";
import { TCP_SERVERS } from "../shared/tcp-servers";
import type { RemediationDefinition, StateExpectation, SystemState, UndoPlan } from "../types";
import { describeListEntry, SMTP_LIST_ENTRY_FIELDS, ZSmtpListEntryParams, type TSmtpListEntryParams } from "./list-entry-params";

/**
 * Adding or removing one SMTP list entry (ADDSMTPLE/RMVSMTPLE, *IOSYSCFG). IBM gives no
 * WRKSMTPLE, so the lists are read from QUSRSYS/QATMADRLST. Entries take effect at the next SMTP
 * start [C], so a running server is restarted as part of the plan unless the officer opts out.
 */

type Mode = "add" | "remove";

/** Whether the entry is in its list now, null when that list could not be read (with why). */
function presence(state: SystemState, entry: TSmtpListEntryParams): { present: boolean | null; listed: number | null; reason: string } {
  if (entry.type === "*NEAR") {
    const list = state.extra.smtpNearList;
    return list.ok ? { present: list.value.includes(entry.domain), listed: list.value.length, reason: "" } : { present: null, listed: null, reason: list.reason };
  }
  const list = entry.type === "*ACCEPT" ? state.observations.smtpAcceptList : state.extra.smtpRejectList;
  if (!list.ok) return { present: null, listed: null, reason: "failure" in list ? list.failure.explanation : list.reason };
  return { present: list.value.some((e) => e.address === entry.address && e.mask === entry.mask), listed: list.value.length, reason: "" };
}

function command(mode: Mode, entry: TSmtpListEntryParams): BuiltClCommand {
  if (entry.type === "*NEAR") return mode === "add" ? addsmtpleNear({ hostname: entry.domain }) : rmvsmtpleNear({ hostname: entry.domain });
  const values = { type: entry.type, intnetadr: entry.address, subnetmask: entry.mask };
  return mode === "add" ? addsmtple(values) : rmvsmtple(values);
}

function effect(mode: Mode, entry: TSmtpListEntryParams): string {
  const what = describeListEntry(entry);
  switch (entry.type) {
    case "*ACCEPT":
      return mode === "add" ? `${entry.address} mask ${entry.mask} may relay mail through this system (with ALWRLY *LIST or *BOTH).` : `${entry.address} mask ${entry.mask} may no longer relay mail through this system.`;
    case "*REJECT":
      return mode === "add" ? `Mail from ${entry.address} mask ${entry.mask} is refused.` : `Mail from ${entry.address} mask ${entry.mask} is no longer refused by this entry.`;
    case "*NEAR":
      return mode === "add" ? `Mail for ${entry.domain} may be relayed (with ALWRLY *NEAR or *BOTH).` : `${what} no longer counts as a near domain.`;
  }
}

/** A wide public *ACCEPT range is what SMTP-03 reports; warn before adding one. */
function breadthWarning(entry: TSmtpListEntryParams): string[] {
  if (entry.type !== "*ACCEPT") return [];
  const prefix = prefixFromSubnetMask(entry.mask) ?? 0;
  const address = parseIpAddress(entry.address);
  if (address !== null && classifyAddress(address) === "public" && prefix < 32) {
    return [`${entry.address} mask ${entry.mask} admits a public range, not one known sender; SMTP-03 will report it. Prefer host entries (255.255.255.255).`];
  }
  return [];
}

export function listEntryDefinition(ids: { id: string; mode: Mode; inverseId: string }): RemediationDefinition<TSmtpListEntryParams> {
  const verb = ids.mode === "add" ? "Add" : "Remove";
  const smtp = TCP_SERVERS.smtp;
  return {
    id: ids.id,
    title: `${verb} an SMTP list entry`,
    panel: "smtp",
    description: `Runs ${ids.mode === "add" ? "ADDSMTPLE" : "RMVSMTPLE"} for one *ACCEPT, *REJECT or *NEAR entry. The change takes effect when SMTP next starts, so a running SMTP server is restarted (ENDTCPSVR, STRTCPSVR) unless you opt out.`,
    offered: true,
    commands: [ids.mode === "add" ? "ADDSMTPLE" : "RMVSMTPLE", "ENDTCPSVR", "STRTCPSVR"],
    params: ZSmtpListEntryParams,
    fields: SMTP_LIST_ENTRY_FIELDS,
    reads: [...smtp.reads, "smtp-list-members", "smtp-accept-alias", "smtp-accept-entries", "smtp-accept-alias-drop"],
    extraReads: ["smtp-reject-list", "smtp-near-list", "tcp-command-privileges"],
    defaults(target) {
      // SMTP-03 findings are keyed "address/mask"; SMTP-04 asks for a *REJECT entry, for which nothing is known yet.
      if (target?.checkId === "SMTP-03" && ids.mode === "remove") {
        const [address, mask] = target.key.split("/");
        return address && mask ? { type: "*ACCEPT", address, mask, restartSmtp: true } : null;
      }
      return ids.mode === "add" ? { type: target?.checkId === "SMTP-04" ? "*REJECT" : "*ACCEPT", address: "", mask: "255.255.255.255", restartSmtp: true } : null;
    },
    plan(state, entry) {
      const what = describeListEntry(entry);
      const summary = `${verb} SMTP list entry ${what}`;
      const { present, listed, reason } = presence(state, entry);
      if (ids.mode === "add" && present === true) return makePlan({ summary, blockers: [`${what} is already in the list.`] });
      if (ids.mode === "remove" && present === false) return makePlan({ summary, blockers: [`${what} is not in the list.`] });
      const activity = smtp.activity(state.observations);
      const restart = entry.restartSmtp && activity.running === true;
      const listText = (count: number) => `${count} ${count === 1 ? "entry" : "entries"}`;
      const restartSteps = restart ? [endtcpsvr({ server: "*SMTP" }), strtcpsvr({ server: "*SMTP" })] : [];
      let undo: UndoPlan;
      try {
        const inverse = command(ids.mode === "add" ? "remove" : "add", entry);
        undo = {
          available: true,
          actionId: ids.inverseId,
          params: { ...entry },
          description: `${ids.mode === "add" ? "Remove" : "Add"} ${what} again.`,
          commands: [inverse, ...restartSteps].map((built) => built.text),
        };
      } catch (error) {
        undo = noUndo(`Putting ${what} back is refused: ${error instanceof Error ? error.message : String(error)}`);
      }
      return makePlan({
        summary,
        steps: [
          clStep(command(ids.mode, entry), `${ids.mode === "add" ? "adds" : "removes"} ${what}`),
          ...restartSteps.map((built) => clStep(built, built.name === "ENDTCPSVR" ? "ends SMTP so that it reloads its lists" : "starts SMTP with the changed list")),
        ],
        changes: [
          {
            subject: `SMTP ${entry.type} list`,
            before: present === null ? `not readable (${reason})` : `${listText(listed ?? 0)}${present ? `, including ${what}` : ""}`,
            after: present === null ? `${ids.mode === "add" ? "with" : "without"} ${what}` : `${listText((listed ?? 0) + (ids.mode === "add" ? 1 : -1))}${ids.mode === "add" ? `, including ${what}` : ""}`,
          },
        ],
        impact: [
          effect(ids.mode, entry),
          restart
            ? `SMTP is restarted now so the change takes effect. ${sessionImpact(state, smtp.sessionPorts, "Ends", "SMTP")}`
            : activity.running === false
              ? "SMTP is not running; the change takes effect when it next starts."
              : "The change takes effect only when SMTP next starts (no restart planned).",
        ],
        disruptive: restart,
        warnings: [
          ...(ids.mode === "add" ? breadthWarning(entry) : []),
          ...(present === null ? [`The ${entry.type} list could not be read (${reason}); ${ids.mode === "remove" ? "RMVSMTPLE fails with TCP2903 if the entry is not there" : "ADDSMTPLE refuses a duplicate"}.`] : []),
          ...(entry.restartSmtp && activity.running === null ? ["Whether SMTP runs could not be determined, so it is not restarted; restart it yourself for the change to take effect."] : []),
        ],
        prior: { captured: { present, listed }, unknown: present === null ? [`SMTP ${entry.type} list: ${reason}`] : [] },
        undo,
        verifies: [`${what} is ${ids.mode === "add" ? "in" : "gone from"} the ${entry.type} list of QUSRSYS/QATMADRLST`, ...(restart ? ["SMTP runs again"] : [])],
      });
    },
    verifyState(after, entry, _context, planned) {
      const { present, reason } = presence(after, entry);
      const wanted = ids.mode === "add";
      const expectations: StateExpectation[] = [
        {
          description: `${describeListEntry(entry)} is ${wanted ? "listed" : "not listed"}`,
          ok: present === null || present === wanted,
          observed: present === null ? `list not readable (${reason}); the command completed` : present ? "listed" : "not listed",
        },
      ];
      if (planned.disruptive) {
        const activity = smtp.activity(after.observations);
        expectations.push({ description: "SMTP runs again after the restart", ok: activity.running === true, observed: activity.evidence.determinedBy });
      }
      return expectations;
    },
  };
}
