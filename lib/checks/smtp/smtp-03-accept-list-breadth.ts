import { evidence, fail, notAssessed, pass } from "@/lib/checks/check-outcomes";
import type { CheckDefinition, FindingDraft } from "@/lib/checks/check-types";
import { acceptEntryBreadth } from "@/lib/checks/smtp-accept-breadth";

export const smtp03AcceptListBreadth: CheckDefinition = {
  id: "SMTP-03",
  panel: "smtp",
  title: "SMTP *ACCEPT relay entries too broad",
  why:
    "With ALWRLY(*LIST) the *ACCEPT entries decide who may relay. An entry for a whole public range, or 0.0.0.0 with an " +
    "empty mask, turns the list into an open relay; known senders need host masks (255.255.255.255).",
  source: "peers-and-checks §3.2 SMTP-03; ADDSMTPLE (IBM); QATMADRLST member ACCEPTRLY (easy400 FAQ 25, Kisco)",
  severity: "high",
  reads: ["smtp-accept-alias", "smtp-accept-entries", "smtp-accept-alias-drop", "smtp-list-members"],
  scanKinds: ["full"],
  remediationIds: ["smtp.remove-list-entry", "smtp.add-list-entry"],
  evaluate(observations, policy) {
    const list = observations.smtpAcceptList;
    if (!list.ok) return notAssessed("The SMTP *ACCEPT list (QUSRSYS/QATMADRLST member ACCEPTRLY) could not be read.", [list]);
    const notes = list.notes.length > 0 ? ` ${list.notes.join(" ")}` : "";
    const findings: FindingDraft[] = list.value.flatMap((entry) => {
      const { problem } = acceptEntryBreadth(entry, policy.smtpAcceptMinPrefix);
      if (problem === null) return [];
      const detail =
        `The *ACCEPT entry ${entry.address} mask ${entry.mask} is too broad: ${problem.why}. Replace it with host entries ` +
        `(ADDSMTPLE TYPE(*ACCEPT) INTNETADR('x.x.x.x') SUBNETMASK('255.255.255.255')) and remove it (RMVSMTPLE), then restart SMTP.`;
      return [
        {
          key: `${entry.address}/${entry.mask}`,
          severity: problem.severity,
          title: `SMTP relay allowed from ${entry.address} mask ${entry.mask}`,
          detail,
          evidence: evidence(
            list.statementIds,
            [entry.row],
            "member ACCEPTRLY of QUSRSYS/QATMADRLST, read through a QTEMP alias (layout documented only by third parties)",
            "medium",
          ),
        },
      ];
    });
    if (findings.length > 0) return fail(`${findings.length} of ${list.value.length} *ACCEPT entries are too broad.${notes}`, findings);
    if (list.value.length === 0) return pass(`The *ACCEPT relay list is empty: no sender is allowed to relay by list.${notes}`);
    return pass(`All ${list.value.length} *ACCEPT entries are host entries or narrow private ranges.${notes}`);
  },
};
