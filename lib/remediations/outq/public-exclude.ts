import { z } from "zod";
import { privilegesOf } from "@/lib/checks/queue-authority";
import { sensitiveEntryFor } from "@/lib/checks/spool/sensitive-queues";
import { grtobjaut } from "@/lib/ibmi/commands/object-authority";
import { clStep, makePlan, noUndo } from "../shared/plan";
import type { RemediationDefinition } from "../types";
import { publicAuthorityOf } from "./public-authority";
import { findQueue, queueChoices, ZQueue } from "./queue-param";

const ZParams = z.object({ queue: ZQueue }).strict();
type Params = z.infer<typeof ZParams>;

/**
 * `GRTOBJAUT … USER(*PUBLIC) AUT(*EXCLUDE)` on one queue (OUTQ-02, -04, -09), the core of IBM's
 * "secure spooled files" recipe (facts §5.1). Users keep only private or group authority, so the
 * plan lists who still has access. Undone by granting the captured *PUBLIC authority back.
 */
export const outqPublicExclude: RemediationDefinition<Params> = {
  id: "outq.public-exclude",
  title: "Exclude *PUBLIC from an output queue",
  panel: "spool",
  description: "Runs GRTOBJAUT OBJ(queue) OBJTYPE(*OUTQ) USER(*PUBLIC) AUT(*EXCLUDE). Only users with private or group authority (and *SPLCTL holders) keep access.",
  offered: true,
  commands: ["GRTOBJAUT"],
  params: ZParams,
  fields: [{ name: "queue", label: "Output queue", kind: "choice" }],
  reads: ["outq-info", "outq-privileges", "users-special-authorities", "users-groups"],
  extraReads: ["outq-public"],
  defaults: (target, state) => (target && findQueue(state, target.key).queue ? { queue: target.key } : null),
  choices: (state) => ({ queue: queueChoices(state) }),
  plan(state, params, context) {
    const summary = `Exclude *PUBLIC from output queue ${params.queue}`;
    const { queue, reason } = findQueue(state, params.queue);
    if (!queue) return makePlan({ summary, blockers: [reason] });
    const { authority, reason: unknownReason } = publicAuthorityOf(state, params.queue);
    if (authority?.name === "*EXCLUDE") return makePlan({ summary, blockers: [`*PUBLIC is already *EXCLUDE on ${params.queue}.`] });
    const privileges = state.observations.outputQueuePrivileges;
    const keep = privileges.ok ? privilegesOf(queue, privileges.value).filter((p) => p.user !== "*PUBLIC" && p.authority !== "*EXCLUDE") : [];
    const intended = sensitiveEntryFor(queue, context.policy)?.intendedReaders ?? [];
    const missing = intended.filter((reader) => !keep.some((p) => p.user === reader));
    return makePlan({
      summary,
      steps: [clStep(grtobjaut({ obj: params.queue, objtype: "*OUTQ", user: "*PUBLIC", aut: "*EXCLUDE" }), "*PUBLIC gets no authority to the queue")],
      changes: [{ subject: `${params.queue} *PUBLIC authority`, before: authority ? authority.name : "unknown", after: "*EXCLUDE" }],
      impact: [
        "Users without private or group authority can no longer place, read or manage spooled files on this queue; *SPLCTL and *ALLOBJ holders are unaffected.",
        privileges.ok
          ? keep.length > 0
            ? `Keep access through private authority: ${keep.map((p) => `${p.user} (${p.authority ?? "?"})`).join(", ")}.`
            : "No user has private authority to the queue, so only its owner, *SPLCTL and *ALLOBJ holders keep access."
          : `Private authorities could not be read: ${privileges.failure.explanation}`,
      ],
      warnings: missing.length > 0 ? [`The policy names ${missing.join(", ")} as intended readers, and they have no private authority: grant it (GRTOBJAUT … AUT(*CHANGE)) or they lose access.`] : [],
      prior: authority ? { captured: { publicAuthority: authority.name, aut: authority.aut }, unknown: [] } : { captured: {}, unknown: [unknownReason] },
      undo: authority
        ? {
            available: true,
            actionId: "outq.public-restore",
            params: { queue: params.queue, aut: authority.aut },
            description: `Grant *PUBLIC ${authority.name} on ${params.queue} again.`,
            commands: [grtobjaut({ obj: params.queue, objtype: "*OUTQ", user: "*PUBLIC", aut: authority.aut }).text],
          }
        : noUndo(unknownReason),
      verifies: [`QSYS2.OBJECT_PRIVILEGES shows *PUBLIC *EXCLUDE on ${params.queue}`],
    });
  },
  verifyState(after, params) {
    const { authority, reason } = publicAuthorityOf(after, params.queue);
    return [{ description: `*PUBLIC is *EXCLUDE on ${params.queue}`, ok: authority?.name === "*EXCLUDE", observed: authority ? authority.name : reason }];
  },
};
