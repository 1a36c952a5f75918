import { endServerDefinition } from "../shared/server-control";
import { TCP_SERVERS } from "../shared/tcp-servers";

export const smtpEndServer = endServerDefinition(TCP_SERVERS.smtp, { id: "smtp.end-server", startId: "smtp.start-server", autostartOffId: "smtp.autostart-off" });
