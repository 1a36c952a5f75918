import { autostartDefinition } from "../shared/autostart";
import { TCP_SERVERS } from "../shared/tcp-servers";

export const ftpAutostartOff = autostartDefinition({ ...TCP_SERVERS.ftp, autostartRecord: "FTP" }, { id: "ftp.autostart-off", inverseId: "ftp.autostart-on", value: false, offered: true });
