import { endServerDefinition } from "../shared/server-control";
import { TCP_SERVERS } from "../shared/tcp-servers";

export const ftpEndServer = endServerDefinition(TCP_SERVERS.ftp, { id: "ftp.end-server", startId: "ftp.start-server", autostartOffId: "ftp.autostart-off" });
