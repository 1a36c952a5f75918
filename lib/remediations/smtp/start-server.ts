import { startServerDefinition } from "../shared/server-control";
import { TCP_SERVERS } from "../shared/tcp-servers";

export const smtpStartServer = startServerDefinition(TCP_SERVERS.smtp, { id: "smtp.start-server", endId: "smtp.end-server", policyKey: "smtp" });
