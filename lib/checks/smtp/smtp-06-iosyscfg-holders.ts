import { unapprovedHoldersCheck } from "@/lib/checks/unapproved-holders";

export const smtp06IosyscfgHolders = unapprovedHoldersCheck({
  id: "SMTP-06",
  panel: "smtp",
  authority: "*IOSYSCFG",
  title: "*IOSYSCFG held outside the approved list",
  why:
    "*IOSYSCFG is what CHGSMTPA, ADDSMTPLE, CHGFTPA and CHGTELNA require: its holders can reopen the SMTP relay, turn " +
    "clear-text FTP and Telnet back on, or add relay entries. The fewer and better known, the better.",
  source: "peers-and-checks §3.2 SMTP-06; CHGSMTPA and ADDSMTPLE restrictions (IBM); ibmi-facts §7",
  severity: "medium",
});
