import { checkCatalogue } from "@/lib/checks/catalogue";
import { describeNeed, needsOfCommand } from "./authority-needs";
import { ftpAlwsslOnly } from "./ftp/alwssl-only";
import { ftpAlwsslRestore } from "./ftp/alwssl-restore";
import { ftpAutostartOff } from "./ftp/autostart-off";
import { ftpAutostartOn } from "./ftp/autostart-on";
import { ftpEndServer } from "./ftp/end-server";
import { ftpScheduleWindow } from "./ftp/schedule-window";
import { ftpScheduleWindowRemove } from "./ftp/schedule-window-remove";
import { ftpStartServer } from "./ftp/start-server";
import { netEndAddress } from "./net/end-address";
import { netEndConnection } from "./net/end-connection";
import { netTrustNetwork } from "./net/trust-network";
import { netUntrustNetwork } from "./net/untrust-network";
import { outqChange } from "./outq/change";
import { outqPublicExclude } from "./outq/public-exclude";
import { outqPublicRestore } from "./outq/public-restore";
import { smtpAddListEntry } from "./smtp/add-list-entry";
import { smtpAlwrly } from "./smtp/alwrly";
import { smtpAutostartOff } from "./smtp/autostart-off";
import { smtpAutostartOn } from "./smtp/autostart-on";
import { smtpEndServer } from "./smtp/end-server";
import { smtpRemoveListEntry } from "./smtp/remove-list-entry";
import { smtpStartServer } from "./smtp/start-server";
import { telnetAlwsslOnly } from "./telnet/alwssl-only";
import { telnetAlwsslRestore } from "./telnet/alwssl-restore";
import { telnetEndServer } from "./telnet/end-server";
import { telnetStartServer } from "./telnet/start-server";
import type { AnyRemediationDefinition } from "./types";

/** Every remediation Portcullis can plan, run and undo. */
export const remediationCatalogue: readonly AnyRemediationDefinition[] = [
  ftpEndServer,
  ftpStartServer,
  ftpAutostartOff,
  ftpAutostartOn,
  ftpScheduleWindow,
  ftpScheduleWindowRemove,
  ftpAlwsslOnly,
  ftpAlwsslRestore,
  smtpAlwrly,
  smtpAddListEntry,
  smtpRemoveListEntry,
  smtpEndServer,
  smtpStartServer,
  smtpAutostartOff,
  smtpAutostartOn,
  netEndConnection,
  netEndAddress,
  netTrustNetwork,
  netUntrustNetwork,
  outqChange,
  outqPublicExclude,
  outqPublicRestore,
  telnetAlwsslOnly,
  telnetAlwsslRestore,
  telnetEndServer,
  telnetStartServer,
];

export function remediationById(id: string): AnyRemediationDefinition | null {
  return remediationCatalogue.find((definition) => definition.id === id) ?? null;
}

/** The checks whose findings a remediation fixes: the check catalogue names them (`remediationIds`). */
export function checksFixedBy(actionId: string): string[] {
  return checkCatalogue.filter((check) => (check.remediationIds as readonly string[]).includes(actionId)).map((check) => check.id);
}

/** The remediations offered on a finding of a check, in the check's order. */
export function remediationsForCheck(checkId: string): AnyRemediationDefinition[] {
  const check = checkCatalogue.find((candidate) => candidate.id === checkId);
  return (check?.remediationIds ?? []).flatMap((id) => {
    const definition = remediationById(id);
    return definition?.offered ? [definition] : [];
  });
}

/** What a remediation needs on the IBM i, in words, for the catalogue listing and the dialog. */
export function ibmiAuthorityOf(definition: AnyRemediationDefinition): string[] {
  const needs = [...definition.commands.flatMap((command) => needsOfCommand(command)), ...(definition.extraAuthority ?? [])];
  return [...new Set(needs.map((need) => `${describeNeed(need)}: ${need.source}`))];
}
