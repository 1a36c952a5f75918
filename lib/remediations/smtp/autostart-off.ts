import { autostartDefinition } from "../shared/autostart";
import { TCP_SERVERS } from "../shared/tcp-servers";

export const smtpAutostartOff = autostartDefinition({ ...TCP_SERVERS.smtp, autostartRecord: "SMTP" }, { id: "smtp.autostart-off", inverseId: "smtp.autostart-on", value: false, offered: true });
