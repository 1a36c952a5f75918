import type { ClMessage } from "./errors";

/**
 * A message line as the `system` utility writes it: the id, a colon, then the text. PASE `system`
 * puts one blank after the colon, QShell `system` two. Ids are three letters or digits followed
 * by four hexadecimal digits (CPFA0A9, CPD0031, TCP8050, SQL0443). Texts are in the job's
 * language, so callers match on ids, never on text.
 */
const MESSAGE_LINE = /^([A-Z0-9]{3}[0-9A-F]{4}): {1,2}(.*)$/;

/** Picks the `MSGID: text` lines out of `system` output, in order; every other line is ignored. */
export function parseClMessages(text: string): ClMessage[] {
  const messages: ClMessage[] = [];
  for (const rawLine of text.split("\n")) {
    const match = MESSAGE_LINE.exec(rawLine.replace(/\r$/, ""));
    if (match) messages.push({ id: match[1], text: match[2].trimEnd() });
  }
  return messages;
}
