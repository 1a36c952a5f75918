import { conclude, evidence, notAssessed } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import { queueLabel } from "@/lib/checks/queue-authority";
import { NO_SENSITIVE_QUEUES, sensitiveQueues } from "@/lib/checks/spool/sensitive-queues";

export const outq07SensitiveLibraryPublic: CheckDefinition = {
  id: "OUTQ-07",
  panel: "spool",
  title: "Library of a sensitive output queue open to *PUBLIC",
  why:
    "Keeping sensitive queues in a library that *PUBLIC cannot use adds a second lock: without *EXECUTE on the library " +
    "a user cannot reach the queue even if its own authority is set too loosely.",
  source: "peers-and-checks §3.4 OUTQ-07; Loeber, securing printed output (separate secured library)",
  severity: "medium",
  reads: ["outq-info", "outq-library-privileges"],
  scanKinds: ["full"],
  remediationIds: [],
  evaluate(observations, policy) {
    if (policy.sensitiveOutputQueues.length === 0) return notAssessed(NO_SENSITIVE_QUEUES);
    const queues = observations.outputQueues;
    const libraries = observations.libraryPublicAuthorities;
    if (!queues.ok || !libraries.ok) {
      return notAssessed("Output queues or their libraries' authorities could not be read.", [queues, libraries]);
    }
    const byLibrary = new Map<string, string[]>();
    for (const queue of sensitiveQueues(queues.value, policy)) {
      byLibrary.set(queue.library, [...(byLibrary.get(queue.library) ?? []), queueLabel(queue)]);
    }
    const unknown: string[] = [];
    const findings: FindingDraft[] = [...byLibrary.entries()].flatMap(([library, labels]): FindingDraft[] => {
      const entry = libraries.value.find((l) => l.library === library);
      if (entry === undefined) {
        unknown.push(library);
        return [];
      }
      if (entry.authority === "*EXCLUDE") return [];
      const detail =
        `Library ${library} holds sensitive queue(s) ${labels.join(", ")} and gives *PUBLIC ${entry.authority ?? "USER DEF"}. ` +
        `Move the queues to a secured library or exclude the public: GRTOBJAUT OBJ(${library}) OBJTYPE(*LIB) USER(*PUBLIC) AUT(*EXCLUDE) ` +
        "(check first who else relies on the library).";
      return [
        {
          key: library,
          severity: "medium",
          title: `Library ${library} of a sensitive queue open to *PUBLIC`,
          detail,
          evidence: evidence(libraries.statementIds, [entry.row], "*PUBLIC row for the *LIB in QSYS2.OBJECT_PRIVILEGES", "high"),
        },
      ];
    });
    const unknownNote = unknown.length > 0 ? ` The *PUBLIC authority of ${unknown.join(", ")} was not returned.` : "";
    return conclude(
      `${byLibrary.size} library(ies) hold sensitive queues; ${findings.length} are open to *PUBLIC.${unknownNote}`,
      findings,
      [queues.incomplete, unknown.length > 0 ? { reason: "Some library authorities were not returned.", grantCl: null } : null],
    );
  },
};
