/**
 * A CL command that ended with an escape message. Commands throw it; the runner turns it into a
 * failed result. `messages` holds the diagnostics first and the escape message last, as the job
 * log would.
 */
import { message, type ClMessage, type MessageId } from "./cl-messages";

export class ClFailure extends Error {
  constructor(readonly messages: readonly ClMessage[]) {
    super(messages.map((entry) => `${entry.id}: ${entry.text}`).join("\n"));
    this.name = "ClFailure";
  }
}

/** A syntax or parameter error found by the command analyzer: the diagnostic, then CPF0006. */
export function analyzerFailure(id: MessageId, ...args: (string | number)[]): ClFailure {
  return new ClFailure([message(id, "diagnostic", ...args), message("CPF0006", "escape")]);
}

/** The command processing program ended with one escape message. */
export function escapeFailure(id: MessageId, ...args: (string | number)[]): ClFailure {
  return new ClFailure([message(id, "escape", ...args)]);
}
