import { listEntryDefinition } from "./list-entry-change";

export const smtpRemoveListEntry = listEntryDefinition({ id: "smtp.remove-list-entry", mode: "remove", inverseId: "smtp.add-list-entry" });
