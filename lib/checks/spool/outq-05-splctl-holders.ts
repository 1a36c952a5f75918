import { unapprovedHoldersCheck } from "@/lib/checks/unapproved-holders";

export const outq05SplctlHolders = unapprovedHoldersCheck({
  id: "OUTQ-05",
  panel: "spool",
  authority: "*SPLCTL",
  title: "*SPLCTL held outside the approved list",
  why:
    "*SPLCTL is the *ALLOBJ of spooled files: its holders read, copy and delete every report on every queue, whatever " +
    "the queue's own settings. Each holder, direct or through a group, should be someone the officer named.",
  source: "peers-and-checks §3.4 OUTQ-05; IBM support node 683307; Woodbury, \"*SPLCTL is the *ALLOBJ of spooled files\"",
  severity: "high",
});
