import { unapprovedHoldersCheck } from "@/lib/checks/unapproved-holders";

export const outq06JobctlHolders = unapprovedHoldersCheck({
  id: "OUTQ-06",
  panel: "spool",
  authority: "*JOBCTL",
  title: "*JOBCTL held outside the approved list",
  why:
    "*JOBCTL holders manage every queue left at OPRCTL(*YES), the IBM default, and read its reports unless DSPDTA is " +
    "*OWNER. It belongs to operators only.",
  source: "peers-and-checks §3.4 OUTQ-06; IBM \"Operator control (OPRCTL) parameter\"",
  severity: "medium",
});
