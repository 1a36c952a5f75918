import { autostartDefinition } from "../shared/autostart";
import { TCP_SERVERS } from "../shared/tcp-servers";

/** Reached as the undo of turning autostart off. */
export const ftpAutostartOn = autostartDefinition({ ...TCP_SERVERS.ftp, autostartRecord: "FTP" }, { id: "ftp.autostart-on", inverseId: "ftp.autostart-off", value: true, offered: false });
