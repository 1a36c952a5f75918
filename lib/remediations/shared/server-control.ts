import { endtcpsvr, strtcpsvr } from "@/lib/ibmi/commands/tcp-servers";
import type { RemediationDefinition } from "../types";
import { clStep, makePlan, type NoParams, ZNoParams } from "./plan";
import { describeConnection, sessionImpact, sessionsOn } from "./sessions";
import { activityUnknownReason, autostartOf, type TcpServer } from "./tcp-servers";


const runningText = (activity: ReturnType<TcpServer["activity"]>) => `running (${activity.evidence.determinedBy})`;

/**
 * "End the X server now": ENDTCPSVR ends its sessions at once [C], so the plan lists them and the
 * run is disruptive. Undone by starting the server again.
 */
export function endServerDefinition(server: TcpServer, ids: { id: string; startId: string; autostartOffId: string | null }): RemediationDefinition<NoParams> {
  return {
    id: ids.id,
    title: `End the ${server.name} server now`,
    panel: server.panel,
    description: `Runs ENDTCPSVR SERVER(${server.clServer}). Active ${server.name} sessions end immediately; the server stays down until it is started again or TCP/IP restarts with AUTOSTART *YES.`,
    offered: true,
    commands: ["ENDTCPSVR"],
    params: ZNoParams,
    fields: [],
    reads: server.reads,
    extraReads: ["tcp-command-privileges"],
    defaults: () => ({}),
    plan(state) {
      const activity = server.activity(state.observations);
      if (activity.running === null) return makePlan({ summary: `End the ${server.name} server`, blockers: [activityUnknownReason(activity, server)] });
      if (!activity.running) {
        return makePlan({ summary: `End the ${server.name} server`, blockers: [`The ${server.name} server is not running (${activity.evidence.determinedBy}); there is nothing to end.`] });
      }
      const { sessions } = sessionsOn(state, server.sessionPorts);
      const autostart = autostartOf(server, state.observations);
      return makePlan({
        summary: `End the ${server.name} server now`,
        steps: [clStep(endtcpsvr({ server: server.clServer }), `ends the ${server.name} server jobs and their connections`)],
        changes: [{ subject: `${server.name} server`, before: runningText(activity), after: "ended" }],
        impact: [sessionImpact(state, server.sessionPorts, "Ends", server.name)],
        disruptive: true,
        warnings:
          autostart === true
            ? [
                `${server.name} has AUTOSTART *YES, so it starts again with TCP/IP (next STRTCP or IPL).` +
                  (ids.autostartOffId ? " Also turn autostart off to keep it down." : ""),
              ]
            : [],
        prior: { captured: { running: true, sessions: sessions.map(describeConnection) }, unknown: [] },
        undo: { available: true, actionId: ids.startId, params: {}, description: `Start the ${server.name} server again.`, commands: [strtcpsvr({ server: server.clServer }).text] },
        verifies: [`no ${server.name} server job and no listener on port ${server.sessionPorts.join("/")}`],
      });
    },
    verifyState(after) {
      const activity = server.activity(after.observations);
      return [
        {
          description: `The ${server.name} server is not running`,
          ok: activity.running === false,
          observed: activity.running === null ? activityUnknownReason(activity, server) : activity.running ? runningText(activity) : activity.evidence.determinedBy,
        },
      ];
    },
  };
}

/** "Start the X server": STRTCPSVR ignores AUTOSTART [C]; mostly the undo of ending it. */
export function startServerDefinition(server: TcpServer, ids: { id: string; endId: string; policyKey: "ftp" | "smtp" | "telnet" }): RemediationDefinition<NoParams> {
  return {
    id: ids.id,
    title: `Start the ${server.name} server`,
    panel: server.panel,
    description: `Runs STRTCPSVR SERVER(${server.clServer}); the server accepts connections again at once.`,
    offered: true,
    commands: ["STRTCPSVR"],
    params: ZNoParams,
    fields: [],
    reads: server.reads,
    extraReads: ["tcp-command-privileges"],
    defaults: () => ({}),
    plan(state, _params, context) {
      const activity = server.activity(state.observations);
      if (activity.running === null) return makePlan({ summary: `Start the ${server.name} server`, blockers: [activityUnknownReason(activity, server)] });
      if (activity.running) {
        return makePlan({ summary: `Start the ${server.name} server`, blockers: [`The ${server.name} server is already ${runningText(activity)}.`] });
      }
      const approved = context.policy.approvedServers.includes(ids.policyKey);
      return makePlan({
        summary: `Start the ${server.name} server`,
        steps: [clStep(strtcpsvr({ server: server.clServer }), `starts the ${server.name} server jobs`)],
        changes: [{ subject: `${server.name} server`, before: "not running", after: "running" }],
        impact: [`The ${server.name} server accepts connections on port ${server.sessionPorts.join("/")} again.`],
        warnings: approved ? [] : [`${server.name} is not approved in this system's policy, so the next scan reports it running.`],
        prior: { captured: { running: false }, unknown: [] },
        undo: { available: true, actionId: ids.endId, params: {}, description: `End the ${server.name} server again.`, commands: [endtcpsvr({ server: server.clServer }).text] },
        verifies: [`${server.name} server jobs or a listener on port ${server.sessionPorts.join("/")}`],
      });
    },
    verifyState(after) {
      const activity = server.activity(after.observations);
      return [
        {
          description: `The ${server.name} server is running`,
          ok: activity.running === true,
          observed: activity.running === null ? activityUnknownReason(activity, server) : activity.evidence.determinedBy,
        },
      ];
    },
  };
}

