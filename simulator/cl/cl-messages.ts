/**
 * Every IBM i message the simulator sends, in one table. `source` says how sure we are that the
 * id and text are IBM's:
 *   observed  – seen in real output (facts doc [O], or public logs pasted from real systems);
 *   facts     – named in /work/shared/docs/ibmi-facts.md with [C] or [C-ish];
 *   guess     – a plausible QCPFMSG/QTCPMSGF id in IBM's style; verify on a real system.
 * Texts use &1, &2… for substitution variables, as IBM message descriptions do. Parsers must match
 * on ids, never on text (texts follow the job language on a real system).
 */

export type MessageType = "completion" | "diagnostic" | "escape" | "informational";

interface MessageDef {
  readonly text: string;
  readonly source: "observed" | "facts" | "guess";
}

export const MESSAGES = {
  // Command analyzer (syntax and parameter checking). CPF0006 follows every CPD diagnostic.
  CPF0006: { text: "Errors occurred in command.", source: "observed" },
  CPF0001: { text: "Error found on &1 command.", source: "facts" },
  CPD0030: { text: "Command &1 in library &2 not found.", source: "observed" },
  CPD0031: { text: "Command &1 not allowed in this setting.", source: "facts" },
  CPD0043: { text: "Keyword &1 not valid for this command.", source: "observed" },
  CPD0074: { text: "Value '&1' for &2 exceeds &3 characters.", source: "observed" },
  CPD0048: { text: "List of values for parameter &1 not valid.", source: "facts" },
  CPD0084: { text: "Value '&1' for parameter &2 not valid.", source: "guess" },
  CPD0078: { text: "Value '&1' for parameter &2 not a valid name.", source: "guess" },
  CPD0075: { text: "Value '&1' for parameter &2 not a valid number.", source: "guess" },
  CPD0085: { text: "Value &1 for parameter &2 not in range &3 to &4.", source: "guess" },
  CPD0072: { text: "Parameter &1 required.", source: "guess" },
  CPD0041: { text: "Keyword &1 specified more than once.", source: "guess" },
  CPD0044: { text: "Positional value exceeds positional limit of &1.", source: "guess" },
  CPD0013: { text: "A matching parenthesis not found.", source: "guess" },
  CPD0014: { text: "A matching apostrophe not found.", source: "guess" },
  CPD0020: { text: "Character '&1' not valid following string '&2'.", source: "guess" },
  CPD0032: { text: "Not authorized to command &1 in library &2.", source: "guess" },
  CPD0170: { text: "Program &1 in library &2 not found.", source: "guess" },

  // Authority.
  CPF222E: { text: "&1 special authority is required.", source: "observed" },
  TCP8050: { text: "*IOSYSCFG authority required to use &1.", source: "facts" },
  CPF9802: { text: "Not authorized to object &1 in &2.", source: "facts" },
  CPF2207: { text: "Not authorized to use object &1 in library &2 type &3.", source: "guess" },

  // Objects and profiles.
  CPF2105: { text: "Object &1 in &2 type &3 not found.", source: "observed" },
  CPF2110: { text: "Library &1 not found.", source: "observed" },
  CPF2204: { text: "User profile &1 not found.", source: "guess" },
  CPF2227: { text: "One or more errors occurred during processing of command.", source: "guess" },
  CPC2201: { text: "Object authority granted.", source: "guess" },
  CPC2202: { text: "Object authority revoked.", source: "guess" },
  CPF2254: { text: "No authority revoked for user &1.", source: "guess" },
  CPC2205: { text: "User profile &1 changed.", source: "guess" },
  CPF3357: { text: "Output queue &1 in library &2 not found.", source: "guess" },
  CPC1001: { text: "System value &1 changed.", source: "guess" },
  CPF1028: { text: "System value &1 not found.", source: "guess" },
  CPF1030: { text: "Value specified for system value &1 not valid.", source: "guess" },
  CPF228A: { text: "Function &1 not registered.", source: "guess" },
  CPC228A: { text: "Function usage information changed.", source: "guess" },

  // TCP/IP servers and attributes.
  TCP1A0F: { text: "&1 being started.", source: "guess" },
  TCP1A10: { text: "&1 already active.", source: "guess" },
  TCP1A11: { text: "&1 being ended.", source: "guess" },
  TCP1A12: { text: "&1 not active.", source: "guess" },
  TCP1A13: { text: "HTTP server instance &1 not found.", source: "guess" },
  TCP1901: { text: "Internet address &1 not valid.", source: "facts" },
  TCP2903: { text: "Entry not found.", source: "facts" },
  TCP1C0A: { text: "&1 attributes changed.", source: "guess" },
  TCP264D: { text: "SMTP list entry added.", source: "guess" },
  TCP264E: { text: "SMTP list entry already exists.", source: "guess" },
  TCP264F: { text: "SMTP list entry removed.", source: "guess" },
  TCP2670: { text: "TCP connection to &1 port &2 ended.", source: "guess" },
  TCP2671: { text: "TCP connection not found for local address &1 port &2 and remote address &3 port &4.", source: "guess" },
  TCP1A0E: { text: "TCP/IP server attributes changed.", source: "guess" },

  // Job scheduler.
  CPC1238: { text: "Job schedule entry &1 number &2 added.", source: "guess" },
  CPC1239: { text: "Job schedule entry &1 number &2 removed.", source: "guess" },
  CPC1240: { text: "Job schedule entry &1 number &2 held.", source: "guess" },
  CPC1241: { text: "Job schedule entry &1 number &2 released.", source: "guess" },
  CPF1628: { text: "Job schedule entry &1 number &2 not found.", source: "guess" },
  CPF1636: { text: "More than one entry with name &1 found.", source: "guess" },
  CPF1633: { text: "Value for SCDDATE or SCDDAY not valid with FRQ(&1).", source: "guess" },

  // Exit programs.
  CPC0C20: { text: "Exit program &1 added to exit point &2.", source: "guess" },
  CPC0C21: { text: "Exit program removed from exit point &1.", source: "guess" },
  CPF3CD4: { text: "Maximum number of exit programs for exit point &1 reached.", source: "facts" },
  CPF3C90: { text: "Exit point &1 with format &2 not found.", source: "guess" },
  CPF3CDF: { text: "Exit program number &1 not found for exit point &2.", source: "guess" },
  CPF3CD3: { text: "Exit program number &1 already exists for exit point &2.", source: "guess" },
} as const satisfies Record<string, MessageDef>;

export type MessageId = keyof typeof MESSAGES;

export interface ClMessage {
  readonly id: MessageId;
  readonly type: MessageType;
  readonly text: string;
}

export function message(id: MessageId, type: MessageType, ...args: (string | number)[]): ClMessage {
  const text = MESSAGES[id].text.replace(/&(\d)/g, (_, n: string) => String(args[Number(n) - 1] ?? ""));
  return { id, type, text };
}
