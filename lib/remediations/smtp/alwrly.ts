import { z } from "zod";
import { chgsmtpa } from "@/lib/ibmi/commands/tcp-servers";
import { clStep, makePlan, noUndo } from "../shared/plan";
import { TCP_SERVERS } from "../shared/tcp-servers";
import type { RemediationDefinition, SystemState } from "../types";

const RELAY_VALUES = ["*NONE", "*LIST", "*NEAR", "*BOTH", "*ALL"] as const;

const ZParams = z.object({ allowRelay: z.enum(RELAY_VALUES) }).strict();
type Params = z.infer<typeof ZParams>;

const MEANING: Record<Params["allowRelay"], string> = {
  "*NONE": "no relaying at all",
  "*LIST": "only clients listed in the *ACCEPT entries may relay",
  "*NEAR": "relay only to recipients in the near-domain (*NEAR) list",
  "*BOTH": "the *ACCEPT entries and the near-domain list both apply",
  "*ALL": "anyone may relay (an open relay)",
};

/** Guidance per value: what the officer should know before choosing it. */
function guidance(value: Params["allowRelay"], state: SystemState): string[] {
  const accept = state.observations.smtpAcceptList;
  const near = state.extra.smtpNearList;
  switch (value) {
    case "*NONE":
      return ["*NONE also blocks mail this system itself sends through its own SMTP server (SNDDST, SNDSMTPEMM and similar)."];
    case "*LIST":
    case "*BOTH": {
      const notes: string[] = [];
      if (!accept.ok) notes.push(`The *ACCEPT list could not be read (${accept.failure.explanation}); make sure it names every sender that must relay.`);
      else if (accept.value.length === 0) notes.push("The *ACCEPT list is empty, so nobody may relay by list, this system included. Add entries first (add an SMTP list entry).");
      else if (!accept.value.some((entry) => entry.address === "127.0.0.1")) notes.push("No *ACCEPT entry for 127.0.0.1: mail this system sends through its own SMTP server may be refused.");
      if (value === "*BOTH" && near.ok && near.value.length === 0) notes.push("The near-domain list is empty.");
      return notes;
    }
    case "*NEAR":
      return near.ok && near.value.length === 0 ? ["The near-domain (*NEAR) list is empty, so nothing may be relayed. Add *NEAR entries first."] : [];
    case "*ALL":
      return [];
  }
}

/**
 * CHGSMTPA ALWRLY (SMTP-02). Applies at the next mail processed [C]. IBM gives no way to read the
 * value (facts §3.2), so the prior value is what an officer attested or Portcullis applied, and
 * undo is offered only when that is known. The scan runner reads `params.allowRelay` of the last
 * successful run as the value applied (lib/scans/check-context.ts).
 */
export const smtpAlwrly: RemediationDefinition<Params> = {
  id: "smtp.alwrly",
  title: "Restrict SMTP relay (CHGSMTPA ALWRLY)",
  panel: "smtp",
  description: "Runs CHGSMTPA ALWRLY(…). *LIST (with *ACCEPT entries) is the usual choice; *ALL is never offered. Takes effect with the next mail the server processes.",
  offered: true,
  commands: ["CHGSMTPA"],
  params: ZParams,
  fields: [
    {
      name: "allowRelay",
      label: "Allow relay",
      kind: "select",
      options: [
        { value: "*LIST", label: "*LIST: only *ACCEPT-listed clients" },
        { value: "*NONE", label: "*NONE: no relay (blocks this system's own mail through SMTP)" },
        { value: "*NEAR", label: "*NEAR: only to near domains" },
        { value: "*BOTH", label: "*BOTH: *ACCEPT list and near domains" },
      ],
    },
  ],
  reads: [...TCP_SERVERS.smtp.reads, "smtp-list-members", "smtp-accept-alias", "smtp-accept-entries", "smtp-accept-alias-drop"],
  extraReads: ["smtp-near-list"],
  defaults: () => ({ allowRelay: "*LIST" }),
  plan(state, params, context) {
    const summary = `Set SMTP ALWRLY to ${params.allowRelay}`;
    if (params.allowRelay === "*ALL" && context.purpose === "fix") {
      return makePlan({ summary, blockers: ["ALWRLY(*ALL) makes this system an open relay; it is only ever put back as the undo of an earlier change."] });
    }
    const known = context.known.smtpAllowRelay;
    const before = known ? `${known.value} (${known.determinedBy})` : "unknown: IBM offers no way to read CHGSMTPA ALWRLY";
    return makePlan({
      summary,
      steps: [clStep(chgsmtpa({ alwrly: params.allowRelay }), MEANING[params.allowRelay])],
      changes: [{ subject: "SMTP ALWRLY", before, after: `${params.allowRelay}: ${MEANING[params.allowRelay]}` }],
      impact: [`Applies to the next mail the SMTP server processes: ${MEANING[params.allowRelay]}.`],
      warnings: [
        ...guidance(params.allowRelay, state),
        ...(known?.value === params.allowRelay ? [`ALWRLY is already ${known.value} (${known.determinedBy}); running re-applies it.`] : []),
      ],
      prior: known ? { captured: { allowRelay: known.value, determinedBy: known.determinedBy }, unknown: [] } : { captured: {}, unknown: ["SMTP ALWRLY (not readable)"] },
      undo:
        known && known.value !== params.allowRelay
          ? {
              available: true,
              actionId: "smtp.alwrly",
              params: { allowRelay: known.value },
              description: `Set ALWRLY back to ${known.value} (${known.determinedBy}).`,
              commands: [chgsmtpa({ alwrly: known.value }).text],
            }
          : noUndo(
              known
                ? "The value does not change."
                : "The prior ALWRLY value is unknown. Record it as an officer attestation in the system policy (attested.smtpAllowRelay) to make this undoable.",
            ),
      verifies: ["CHGSMTPA completes (ALWRLY is not readable); SMTP-02 then judges the value applied"],
    });
  },
  verifyState: (_after, params) => [
    {
      description: `SMTP ALWRLY is ${params.allowRelay}`,
      ok: true,
      observed: "CHGSMTPA completed; ALWRLY cannot be read back, so Portcullis records the value as applied",
    },
  ],
  applied: (params) => ({ smtpAllowRelay: params.allowRelay }),
};
