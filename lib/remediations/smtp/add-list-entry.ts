import { listEntryDefinition } from "./list-entry-change";

export const smtpAddListEntry = listEntryDefinition({ id: "smtp.add-list-entry", mode: "add", inverseId: "smtp.remove-list-entry" });
