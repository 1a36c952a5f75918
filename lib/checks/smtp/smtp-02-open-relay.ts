import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";
import { smtpActivity } from "@/lib/checks/server-activity";
import { bestKnownSetting } from "@/lib/checks/unreadable-setting";

const HOW_TO_KNOW =
  "IBM gives no SQL service or retrieve command for CHGSMTPA ALWRLY. Record it as an officer attestation in the system " +
  "policy (attested.smtpAllowRelay, after checking CHGSMTPA with F4 and F9), or let Portcullis apply ALWRLY(*LIST) so it knows the value.";

export const smtp02OpenRelay: CheckDefinition = {
  id: "SMTP-02",
  panel: "smtp",
  title: "SMTP open relay",
  why:
    "With CHGSMTPA ALWRLY(*ALL) anyone on the network may send mail through this system to anyone: spammers find such " +
    "servers within hours, and the company's domain ends up on block lists.",
  source: "peers-and-checks §3.2 SMTP-02; Kisco, \"IBM i SMTP relay controls\" (Loeber); ibmi-facts §3.2",
  severity: "critical",
  reads: ["smtp-jobs", "net-listeners"],
  scanKinds: ["full"],
  remediationIds: ["smtp.alwrly"],
  evaluate(observations, policy, context) {
    const activity = smtpActivity(observations);
    const known = bestKnownSetting(policy.attested.smtpAllowRelay, context.applied.smtpAllowRelay);
    if (known !== null) {
      if (known.value !== "*ALL") {
        return pass(`Relay is limited: ALWRLY ${known.value}, ${known.determinedBy} (IBM offers no way to read it from the system).`);
      }
      const stopped = activity.running === false;
      const detail =
        `ALWRLY is *ALL (${known.determinedBy}; not readable from the system): ${stopped ? "once started, " : ""}the SMTP server ` +
        "relays mail for anyone. Set ALWRLY(*LIST) with *ACCEPT entries for the senders that need it (or *NONE if nothing relays).";
      return fail(detail, [
        {
          key: "smtp-open-relay",
          severity: stopped ? "high" : "critical",
          title: "SMTP open relay (ALWRLY *ALL)",
          detail,
          evidence: evidence(activity.evidence.statementIds, activity.evidence.rows, `ALWRLY ${known.determinedBy}`, known.confidence),
        },
      ]);
    }
    if (activity.running === false) {
      return pass(`The SMTP server is not running, so nothing can relay now (${activity.evidence.determinedBy}). ALWRLY itself is unknown. ${HOW_TO_KNOW}`);
    }
    return notAssessed(`Whether the SMTP server relays for anyone (ALWRLY *ALL) is unknown. ${HOW_TO_KNOW}`, activity.failures);
  },
};
