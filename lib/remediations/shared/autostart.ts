import { chgftpa, chgsmtpa } from "@/lib/ibmi/commands/tcp-servers";
import type { RemediationDefinition } from "../types";
import { clStep, makePlan, type NoParams, noUndo, ZNoParams } from "./plan";
import { autostartOf, type TcpServer } from "./tcp-servers";


const SOURCE_NOTE = "QUSRSYS/QATOCSTART, where AUTOSTART is read from, is documented only by third-party code.";

const word = (value: boolean) => (value ? "*YES" : "*NO");

/**
 * AUTOSTART of FTP or SMTP (CHGFTPA/CHGSMTPA, *IOSYSCFG [C]): whether STRTCP and IPL start the
 * server. Takes effect at the next STRTCP; the running server is untouched, so not disruptive.
 */
export function autostartDefinition(
  server: TcpServer & { autostartRecord: "FTP" | "SMTP" },
  ids: { id: string; inverseId: string; value: boolean; offered: boolean },
): RemediationDefinition<NoParams> {
  const command = server.key === "ftp" ? "CHGFTPA" : "CHGSMTPA";
  const build = () => (server.key === "ftp" ? chgftpa({ autostart: word(ids.value) }) : chgsmtpa({ autostart: word(ids.value) }));
  const title = ids.value ? `Start ${server.name} with TCP/IP (AUTOSTART *YES)` : `Do not start ${server.name} with TCP/IP (AUTOSTART *NO)`;
  return {
    id: ids.id,
    title,
    panel: server.panel,
    description: `Runs ${command} AUTOSTART(${word(ids.value)}). Takes effect at the next STRTCP or IPL; a running server keeps running.`,
    offered: ids.offered,
    commands: [command],
    params: ZNoParams,
    fields: [],
    reads: server.reads,
    extraReads: [],
    defaults: () => ({}),
    plan(state) {
      const current = autostartOf(server, state.observations);
      if (current === ids.value) {
        return makePlan({ summary: title, blockers: [`${server.name} AUTOSTART is already ${word(ids.value)} (${SOURCE_NOTE})`] });
      }
      return makePlan({
        summary: title,
        steps: [clStep(build(), `sets ${server.name} AUTOSTART to ${word(ids.value)}`)],
        changes: [{ subject: `${server.name} AUTOSTART`, before: current === null ? "unknown (no readable record in QUSRSYS/QATOCSTART)" : word(current), after: word(ids.value) }],
        impact: [
          ids.value
            ? `${server.name} starts again whenever TCP/IP starts (STRTCP, IPL).`
            : `${server.name} no longer starts with TCP/IP; the running server is not ended by this.`,
        ],
        warnings: current === null ? [`The current value could not be read, so it cannot be undone automatically. ${SOURCE_NOTE}`] : [],
        prior: current === null ? { captured: {}, unknown: [`${server.name} AUTOSTART`] } : { captured: { autostart: word(current) }, unknown: [] },
        undo:
          current === null
            ? noUndo(`The prior AUTOSTART value of ${server.name} is unknown.`)
            : {
                available: true,
                actionId: ids.inverseId,
                params: {},
                description: `Set ${server.name} AUTOSTART back to ${word(current)}.`,
                commands: [(server.key === "ftp" ? chgftpa({ autostart: word(current) }) : chgsmtpa({ autostart: word(current) })).text],
              },
        verifies: [`${server.name} AUTOSTART ${word(ids.value)} in QUSRSYS/QATOCSTART`],
      });
    },
    verifyState(after) {
      const current = autostartOf(server, after.observations);
      return [
        {
          description: `${server.name} AUTOSTART is ${word(ids.value)}`,
          // Unreadable: the command completed, which is all that can be known.
          ok: current === null || current === ids.value,
          observed: current === null ? `not readable (${SOURCE_NOTE}); ${command} completed` : `${word(current)} in QUSRSYS/QATOCSTART`,
        },
      ];
    },
  };
}
