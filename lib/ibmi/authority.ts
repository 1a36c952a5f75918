import { grtobjaut } from "./commands/object-authority";
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

const SPECIAL_AUTHORITY_IN_TEXT = /(\*[A-Z]{3,9})\s+special authority/;
const COMMAND_IN_TEXT = /command (\S+?) in library (\S+?)\.?(?:\s|$)/i;
const OBJECT_IN_TEXT = /object (\S+) in library (\S+) type (\*\w+)/i;

/** Messages whose text names what is missing; matched on the id, then read from the text. */
const AUTHORITY_FROM_TEXT: Readonly<Record<string, (text: string) => AuthorityRequirement>> = {
  // "&1 special authority is required." The id is seen in public code; the authority is in the text.
  CPF222E: (text) => {
    const authority = SPECIAL_AUTHORITY_IN_TEXT.exec(text)?.[1];
    return authority ? { kind: "special-authority", authority } : { kind: "object-authority" };
  },
  // "Not authorized to command &1 in library &2." [U] — a command shipped *PUBLIC *EXCLUDE
  // (STRTCPSVR, ENDTCPSVR, ENDTCPCNN, facts §7).
  CPD0032: (text) => {
    const match = COMMAND_IN_TEXT.exec(text);
    return match ? { kind: "object-authority", object: { library: match[2] as string, name: match[1] as string, type: "*CMD" } } : { kind: "object-authority" };
  },
  // "Not authorized to use object &1 in library &2 type &3." [U]
  CPF2207: (text) => {
    const match = OBJECT_IN_TEXT.exec(text);
    return match ? { kind: "object-authority", object: { library: match[2] as string, name: match[1] as string, type: match[3] as string } } : { kind: "object-authority" };
  },
};

function requirementOf(message: ClMessage): AuthorityRequirement | null {
  return AUTHORITY_MESSAGES[message.id] ?? AUTHORITY_FROM_TEXT[message.id]?.(message.text) ?? null;
}

/** The grant for a named object; names read from a message are validated like any other input. */
function objectGrant(object: { library: string; name: string; type: string } | undefined, user: string): string | null {
  if (!object) return null;
  try {
    return grtobjaut({ obj: `${object.library}/${object.name}`, objtype: object.type, user, aut: "*USE" }).text;
  } catch {
    return null;
  }
}

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
      return (
        objectGrant(requirement.object, user) ??
        `GRTOBJAUT OBJ(<library>/<object>) OBJTYPE(<type>) USER(${user}) AUT(*USE) (the object is named in the message)`
      );
  }
}

/** A NotAuthorized for the first message in `messages` that the table knows, or null. */
export function notAuthorizedFromMessages(
  messages: readonly ClMessage[],
  userProfile: string,
  options: { currentSpecialAuthorities?: readonly string[] } = {},
): NotAuthorized | null {
  for (const message of messages) {
    const requirement = requirementOf(message);
    if (!requirement) continue;
    return new NotAuthorized(userProfile, requirement, grantClFor(requirement, userProfile, options), {
      messageId: message.id,
      detail: `${message.id}: ${message.text}`,
    });
  }
  return null;
}
