import { autostartDefinition } from "../shared/autostart";
import { TCP_SERVERS } from "../shared/tcp-servers";

/** Reached as the undo of turning autostart off. */
export const smtpAutostartOn = autostartDefinition({ ...TCP_SERVERS.smtp, autostartRecord: "SMTP" }, { id: "smtp.autostart-on", inverseId: "smtp.autostart-off", value: true, offered: false });
