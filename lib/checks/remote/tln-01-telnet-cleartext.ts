import { evidence, fail, notAssessed, partial, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";
import { tcpListenersOn } from "@/lib/checks/server-activity";

export const tln01TelnetCleartext: CheckDefinition = {
  id: "TLN-01",
  panel: "remote",
  title: "Telnet accepts clear-text 5250 sessions",
  why:
    "A 5250 session over plain Telnet (port 23) sends the user's profile and password, and everything on the screen, " +
    "unencrypted. Programmers and administrators often sign on with powerful profiles, so this is the first thing to close.",
  source: "peers-and-checks §3.5 TLN-01; CHGTELNA (IBM); draft-garvey-networking-rfc4777bis; Kisco, working from home (Loeber)",
  severity: "high",
  reads: ["telnet-attributes", "net-listeners"],
  scanKinds: ["full"],
  remediationIds: ["telnet.alwssl-only", "telnet.end-server"],
  evaluate(observations) {
    const attributes = observations.telnetAttributes;
    const plain = tcpListenersOn(observations, [23]);
    const plainRows = (plain ?? []).map((l) => l.row);
    const fix = "Change it with CHGTELNA ALWSSL(*ONLY) (a DCM certificate for the Telnet server is needed), then restart Telnet.";
    if (attributes.ok) {
      const { allowTls, autostart } = attributes.value;
      if (allowTls === "ONLY") return pass("The Telnet server requires TLS (ALWSSL *ONLY, port 992).");
      const inUse = (plain?.length ?? 0) > 0 || autostart === true;
      if (!inUse && plain !== null) {
        return pass(`Telnet allows clear text (ALWSSL *${allowTls ?? "?"}) but is not listening on port 23 and does not start automatically.`);
      }
      const detail =
        `The Telnet server allows clear-text sessions (ALWSSL *${allowTls ?? "unknown"}` +
        `${plain?.length ? ", listening on port 23" : ""}${autostart ? ", starts with TCP/IP" : ""}). ${fix}`;
      return fail(detail, [
        {
          key: "telnet-cleartext",
          severity: "high",
          title: "Telnet accepts clear-text sessions",
          detail,
          evidence: evidence(
            [...attributes.statementIds, ...(plain?.length ? observations.listeners.statementIds : [])],
            [attributes.value.row, ...plainRows],
            "ALLOW_TRANSPORT_LAYER_SECURITY in QSYS2.TELNET_SERVER_ATTRIBUTES",
            "high",
          ),
        },
      ]);
    }
    if (plain !== null && plain.length > 0) {
      // Telnet with ALWSSL(*ONLY) serves only port 992, so a listener on 23 means clear text [U].
      const detail = `Telnet listens on port 23, the clear-text port. ALWSSL itself could not be read: ${attributes.failure.explanation} ${fix}`;
      return fail(detail, [
        {
          key: "telnet-cleartext",
          severity: "high",
          title: "Telnet accepts clear-text sessions",
          detail,
          evidence: evidence(observations.listeners.statementIds, plainRows, "listener on TCP 23 (QSYS2.NETSTAT_INFO)", "medium"),
        },
      ]);
    }
    if (plain !== null) {
      return partial(`Nothing listens on port 23 now, but Telnet's ALWSSL setting could not be read: ${attributes.failure.explanation}`);
    }
    return notAssessed("Neither the Telnet attributes nor the listening ports could be read.", [attributes, observations.listeners]);
  },
};
