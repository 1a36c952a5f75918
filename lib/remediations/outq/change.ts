import { z } from "zod";
import { chgoutq } from "@/lib/ibmi/commands/output-queues";
import type { OutputQueue } from "@/lib/checks/observation-types";
import { sensitiveEntryFor } from "@/lib/checks/spool/sensitive-queues";
import { clStep, makePlan } from "../shared/plan";
import type { RemediationDefinition } from "../types";
import { findQueue, queueChoices, ZQueue } from "./queue-param";

const ZParams = z
  .object({
    queue: ZQueue,
    dspdta: z.enum(["*NO", "*OWNER", "*YES"]).optional(),
    oprctl: z.enum(["*NO", "*YES"]).optional(),
    autchk: z.enum(["*OWNER", "*DTAAUT"]).optional(),
  })
  .strict()
  .refine((params) => params.dspdta !== undefined || params.oprctl !== undefined || params.autchk !== undefined, "Choose at least one attribute to change");
type Params = z.infer<typeof ZParams>;

const ATTRIBUTES = [
  { key: "dspdta", keyword: "DSPDTA", read: (q: OutputQueue) => q.displayAnyFile },
  { key: "oprctl", keyword: "OPRCTL", read: (q: OutputQueue) => q.operatorControlled },
  { key: "autchk", keyword: "AUTCHK", read: (q: OutputQueue) => q.authorityToCheck },
] as const;

/** What each value means for the people using the queue (IBM "Securing spooled files", facts §5.1). */
const EFFECT: Record<string, string> = {
  "DSPDTA *OWNER": "only each file's owner and *SPLCTL holders can display, copy or send its spooled files; *JOBCTL operators can still hold and release them",
  "DSPDTA *NO": "users with *READ on the queue no longer see other users' spooled files",
  "DSPDTA *YES": "anyone with *READ on the queue can display every spooled file on it",
  "OPRCTL *NO": "*JOBCTL operators lose control of the queue's files unless they have authority to it",
  "OPRCTL *YES": "*JOBCTL operators may act on every file on the queue",
  "AUTCHK *OWNER": "only the queue's owner passes the data-authority check",
  "AUTCHK *DTAAUT": "*READ, *ADD and *DLT on the queue are enough to manage others' files",
};

/** Values that widen access: offered only as the undo of an earlier change. */
const WIDENING = new Set(["DSPDTA *YES", "OPRCTL *YES"]);

/**
 * CHGOUTQ DSPDTA / OPRCTL / AUTCHK on one queue (OUTQ-01, -03, -04, -09). Only the attributes
 * that differ from what the queue has now are sent. The prior values are readable, so every
 * change can be undone.
 */
export const outqChange: RemediationDefinition<Params> = {
  id: "outq.change",
  title: "Change output queue security (CHGOUTQ)",
  panel: "spool",
  description: "Runs CHGOUTQ with the chosen DSPDTA, OPRCTL and AUTCHK values. Takes effect at once for everyone using the queue.",
  offered: true,
  commands: ["CHGOUTQ"],
  params: ZParams,
  fields: [
    { name: "queue", label: "Output queue", kind: "choice" },
    { name: "dspdta", label: "Display any file (DSPDTA)", kind: "select", options: [{ value: "*OWNER", label: "*OWNER: file owners and *SPLCTL only" }, { value: "*NO", label: "*NO: not others' files" }] },
    { name: "oprctl", label: "Operator controlled (OPRCTL)", kind: "select", options: [{ value: "*NO", label: "*NO: *JOBCTL gives nothing" }] },
    { name: "autchk", label: "Authority to check (AUTCHK)", kind: "select", options: [{ value: "*OWNER", label: "*OWNER: the queue owner" }, { value: "*DTAAUT", label: "*DTAAUT: data authority" }] },
  ],
  reads: ["outq-info", "outq-privileges"],
  extraReads: [],
  defaults(target, state, context): Record<string, string> | null {
    if (!target) return null;
    const { queue } = findQueue(state, target.key);
    if (!queue) return null;
    const sensitive = sensitiveEntryFor(queue, context.policy) !== null;
    switch (target.checkId) {
      case "OUTQ-01":
        return { queue: target.key, dspdta: sensitive ? "*OWNER" : "*NO" };
      case "OUTQ-03":
        return { queue: target.key, oprctl: "*NO" };
      case "OUTQ-04":
        return { queue: target.key, autchk: "*OWNER" };
      case "OUTQ-09":
        return { queue: target.key, dspdta: "*OWNER" };
      default:
        return null;
    }
  },
  choices: (state) => ({ queue: queueChoices(state) }),
  plan(state, params, context) {
    const summary = `Change the security of output queue ${params.queue}`;
    const { queue, reason } = findQueue(state, params.queue);
    if (!queue) return makePlan({ summary, blockers: [reason] });
    const differing = ATTRIBUTES.flatMap((attribute) => {
      const value = params[attribute.key];
      const current = attribute.read(queue);
      return value === undefined || `*${current}` === value ? [] : [{ ...attribute, value, current: current === null ? null : `*${current}` }];
    });
    if (differing.length === 0) return makePlan({ summary, blockers: [`${params.queue} already has these values.`] });
    const setting = (d: (typeof differing)[number]) => `${d.keyword} ${d.value}`;
    const widening = differing.filter((d) => WIDENING.has(setting(d)));
    if (widening.length > 0 && context.purpose === "fix") {
      return makePlan({ summary, blockers: [`${widening.map(setting).join(", ")} widens access to ${params.queue}; it is only put back as the undo of an earlier change.`] });
    }
    const prior = Object.fromEntries(differing.flatMap((d) => (d.current === null ? [] : [[d.key, d.current]])));
    const unknown = differing.filter((d) => d.current === null).map((d) => `${params.queue} ${d.keyword}`);
    return makePlan({
      summary,
      steps: [clStep(chgoutq({ outq: params.queue, ...Object.fromEntries(differing.map((d) => [d.key, d.value])) }), differing.map(setting).join(", "))],
      changes: differing.map((d) => ({ subject: `${params.queue} ${d.keyword}`, before: d.current ?? "unknown", after: d.value })),
      impact: differing.map((d) => `${setting(d)}: ${EFFECT[setting(d)]}.`),
      prior: { captured: prior, unknown },
      undo:
        unknown.length === 0
          ? {
              available: true,
              actionId: "outq.change",
              params: { queue: params.queue, ...prior },
              description: `Set ${differing.map((d) => `${d.keyword} ${d.current}`).join(", ")} on ${params.queue} again.`,
              commands: [chgoutq({ outq: params.queue, ...prior }).text],
            }
          : { available: false, reason: `The prior value of ${unknown.join(", ")} could not be read.` },
      verifies: [`QSYS2.OUTPUT_QUEUE_INFO shows ${differing.map(setting).join(", ")} for ${params.queue}`],
    });
  },
  verifyState(after, params) {
    const { queue, reason } = findQueue(after, params.queue);
    return ATTRIBUTES.filter((attribute) => params[attribute.key] !== undefined).map((attribute) => ({
      description: `${params.queue} ${attribute.keyword} is ${params[attribute.key]}`,
      ok: queue !== null && `*${attribute.read(queue)}` === params[attribute.key],
      observed: queue ? `*${attribute.read(queue) ?? "unknown"}` : reason,
    }));
  },
};
