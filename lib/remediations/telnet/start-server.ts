import { startServerDefinition } from "../shared/server-control";
import { TCP_SERVERS } from "../shared/tcp-servers";

export const telnetStartServer = startServerDefinition(TCP_SERVERS.telnet, { id: "telnet.start-server", endId: "telnet.end-server", policyKey: "telnet" });
