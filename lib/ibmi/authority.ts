import { chgfcnusg, chgusrprfSpecialAuthorities } from "./commands/profiles";
import { NotAuthorized, type AuthorityRequirement, type ClMessage } from "./errors";
import { userProfileName } from "./values";

/**
 * Message ids that mean "the dashboard's profile lacks an authority", and what it lacks. One
 * table, so a message seen on a real system is added here and nowhere else. Match on ids only:
 * texts are in the job's language.
 */
export const AUTHORITY_MESSAGES: Readonly<Record<string, AuthorityRequirement>> = {
  // "*IOSYSCFG authority required to use &1": [C] for RMVNETTBLE (ibmi-facts.md §8); that the other
  // TCP/IP configuration commands (CHGFTPA, CHGSMTPA, ADDSMTPLE …) send it too is [U].
  TCP8050: { kind: "special-authority", authority: "*IOSYSCFG" },
  // "*SECADM special authority required": [C] for RMVUSRSMTP.
  TCP90A8: { kind: "special-authority", authority: "*SECADM" },
  // "Not authorized to control job": [U] standard QCPFMSG id; *JOBCTL is what grants it.
  CPF1344: { kind: "special-authority", authority: "*JOBCTL" },
  // "Not authorized to object" / "Not authorized to object … type …": [U] standard QCPFMSG ids.
  CPF9802: { kind: "object-authority" },
  CPF2189: { kind: "object-authority" },
};

/**
 * The CL a security officer runs to grant what is missing. SPCAUT replaces the whole list: pass
 * the profile's current special authorities (from `probeSystem`) to get a command that can run
 * as is; without them the text holds a placeholder for them.
 */
export function grantClFor(
  requirement: AuthorityRequirement,
  userProfile: string,
  options: { currentSpecialAuthorities?: readonly string[] } = {},
): string {
  const user = userProfileName(userProfile, "user profile");
  switch (requirement.kind) {
    case "special-authority": {
      const current = options.currentSpecialAuthorities?.filter((authority) => authority !== "*NONE");
      if (current === undefined) return `CHGUSRPRF USRPRF(${user}) SPCAUT(<current special authorities> ${requirement.authority})`;
      const wanted = current.includes(requirement.authority) ? current : [...current, requirement.authority];
      return chgusrprfSpecialAuthorities({ usrprf: user, spcaut: wanted }).text;
    }
    case "function-usage":
      return chgfcnusg({ fcnid: requirement.functionId, user, usage: "*ALLOWED" }).text;
    case "object-authority":
      return `GRTOBJAUT OBJ(<library>/<object>) OBJTYPE(<type>) USER(${user}) AUT(*USE) (the object is named in the message)`;
  }
}

/** A NotAuthorized for the first message in `messages` that the table knows, or null. */
export function notAuthorizedFromMessages(
  messages: readonly ClMessage[],
  userProfile: string,
  options: { currentSpecialAuthorities?: readonly string[] } = {},
): NotAuthorized | null {
  const message = messages.find((candidate) => candidate.id in AUTHORITY_MESSAGES);
  if (!message) return null;
  const requirement = AUTHORITY_MESSAGES[message.id];
  return new NotAuthorized(userProfile, requirement, grantClFor(requirement, userProfile, options), {
    messageId: message.id,
    detail: `${message.id}: ${message.text}`,
  });
}
