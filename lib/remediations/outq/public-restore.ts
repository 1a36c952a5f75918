import { z } from "zod";
import { grtobjaut } from "@/lib/ibmi/commands/object-authority";
import { clStep, makePlan } from "../shared/plan";
import type { RemediationDefinition } from "../types";
import { publicAuthorityOf } from "./public-authority";
import { findQueue, ZQueue } from "./queue-param";

const ZParams = z
  .object({
    queue: ZQueue,
    aut: z.array(z.string().regex(/^\*[A-Z]{3,9}$/, "An authority such as *USE or *READ")).min(1).max(10),
  })
  .strict();
type Params = z.infer<typeof ZParams>;

/**
 * The undo of excluding *PUBLIC: grants the captured authority back. GRTOBJAUT adds rights to
 * what *PUBLIC has, so an exact restore needs *PUBLIC to be *EXCLUDE when it runs (as left).
 */
export const outqPublicRestore: RemediationDefinition<Params> = {
  id: "outq.public-restore",
  title: "Restore *PUBLIC authority on an output queue",
  panel: "spool",
  description: "Runs GRTOBJAUT … USER(*PUBLIC) AUT(…) with the authority recorded before *PUBLIC was excluded.",
  offered: false,
  commands: ["GRTOBJAUT"],
  params: ZParams,
  fields: [],
  reads: ["outq-info", "outq-privileges"],
  extraReads: ["outq-public"],
  defaults: () => null,
  plan(state, params) {
    const summary = `Grant *PUBLIC ${params.aut.join(" ")} on ${params.queue} again`;
    const { queue, reason } = findQueue(state, params.queue);
    if (!queue) return makePlan({ summary, blockers: [reason] });
    const { authority, reason: unknownReason } = publicAuthorityOf(state, params.queue);
    if (authority === null) return makePlan({ summary, blockers: [unknownReason] });
    if (authority.name !== "*EXCLUDE") {
      return makePlan({ summary, blockers: [`*PUBLIC now has ${authority.name} on ${params.queue}, not *EXCLUDE: someone changed it since, and granting on top would not restore it exactly.`] });
    }
    return makePlan({
      summary,
      steps: [clStep(grtobjaut({ obj: params.queue, objtype: "*OUTQ", user: "*PUBLIC", aut: params.aut }), `*PUBLIC gets ${params.aut.join(" ")} again`)],
      changes: [{ subject: `${params.queue} *PUBLIC authority`, before: "*EXCLUDE", after: params.aut.join(" ") }],
      impact: [`Every user gets ${params.aut.join(" ")} on the queue again, as before it was excluded.`],
      prior: { captured: { publicAuthority: "*EXCLUDE" }, unknown: [] },
      undo: {
        available: true,
        actionId: "outq.public-exclude",
        params: { queue: params.queue },
        description: `Exclude *PUBLIC from ${params.queue} again.`,
        commands: [grtobjaut({ obj: params.queue, objtype: "*OUTQ", user: "*PUBLIC", aut: "*EXCLUDE" }).text],
      },
      verifies: [`QSYS2.OBJECT_PRIVILEGES shows *PUBLIC ${params.aut.join(" ")} on ${params.queue}`],
    });
  },
  verifyState(after, params) {
    const { authority, reason } = publicAuthorityOf(after, params.queue);
    const ok = authority !== null && authority.aut.join(" ") === params.aut.join(" ");
    return [{ description: `*PUBLIC has ${params.aut.join(" ")} on ${params.queue}`, ok, observed: authority ? authority.name : reason }];
  },
};
