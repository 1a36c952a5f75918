import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition } from "@/lib/checks/check-types";
import { smtpActivity, unknownActivity } from "@/lib/checks/server-activity";

export const smtp04RejectEntries: CheckDefinition = {
  id: "SMTP-04",
  panel: "smtp",
  title: "SMTP server takes mail with no *REJECT entries",
  why:
    "An SMTP server that accepts mail from outside should refuse known bad senders (*REJECT list entries or a real-time " +
    "block list). Without either, everything that reaches port 25 is accepted for delivery.",
  source: "peers-and-checks §3.2 SMTP-04; CHGSMTPA RBLSVR and ADDSMTPLE TYPE(*REJECT) (IBM)",
  severity: "low",
  reads: ["smtp-list-members", "smtp-jobs", "net-listeners"],
  scanKinds: ["full"],
  remediationIds: ["smtp.add-list-entry"],
  evaluate(observations) {
    const activity = smtpActivity(observations);
    if (activity.running === false) return pass("The SMTP server is not running, so it takes no inbound mail.");
    if (activity.running === null) return unknownActivity(activity, "SMTP");
    const members = observations.smtpListMembers;
    if (!members.ok) return notAssessed("The members of the SMTP list file QUSRSYS/QATMADRLST could not be read.", [members]);
    // The reject list's member name is [U]; REJECTCNN is the pre-V5R1 name that easy400 and Fortra mention.
    const rejectMembers = members.value.filter((m) => m.member.startsWith("REJECT") && (m.entries ?? 0) > 0);
    if (rejectMembers.length > 0) {
      const counts = rejectMembers.map((m) => `${m.member}: ${m.entries}`).join(", ");
      return pass(`The SMTP server has *REJECT entries (${counts}).`);
    }
    const detail =
      "The SMTP server runs and QUSRSYS/QATMADRLST has no non-empty REJECT* member, so no *REJECT entry exists (the member " +
      "name is documented only by third parties). A block-list server (CHGSMTPA RBLSVR) cannot be read and may still be set. " +
      "Add *REJECT entries for known bad senders with ADDSMTPLE TYPE(*REJECT).";
    return fail(detail, [
      {
        key: "smtp-no-reject",
        severity: "low",
        title: "SMTP server has no *REJECT entries",
        detail,
        evidence: evidence([...members.statementIds, ...activity.evidence.statementIds], activity.evidence.rows, "members of QUSRSYS/QATMADRLST (QSYS2.SYSPARTITIONSTAT)", "medium"),
      },
    ]);
  },
};
